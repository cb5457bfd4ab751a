// Does a string look like a publisher's name?
//
//   yes: "The Wall Street Journal"  "9to5Mac"  "U.S. News & World Report"  "Barron's"
//        "Yahoo!"  "Inc."  "NJ.com"  "FOX 5 DC"  "Voice of the People"  "iNews"
//        "ABC News (Australia)"
//   no:  "the year before"  "Wins.Reuters"  "S.Metro Ledger"  "Hamas, designated ..."
//
// Used for sources no list knows: the words must be capitalised (or numbers, or small
// connectors inside), and the punctuation must be the kind names carry.

import { isCaselessCode, isDigitCode, isLetterCode, isLowerCode, isMarkCode, isUpperCode } from './chars.js';

export const MAX_SOURCE_LENGTH = 60;
export const MAX_SOURCE_WORDS = 7;

/** Small words that may sit inside a name, never at either end. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', 'am', 'from',
  'de', 'la', 'le', 'du', 'des', 'del', 'da', 'di', 'do', 'dos', 'das', 'van', 'von', 'y', 'e',
  'aus', 'dem', 'der', 'en',
  // Greek: "Η Φωνή της Λέσβου"
  'της', 'του', 'των', 'και',
  "'n'", '’n’', '&', '+', '-', '–', '—', '/',
]);

/**
 * Lowercase articles a name may open with, before a capitalised word: "the Lantern",
 * "il Fatto Quotidiano", "la Repubblica", "de Volkskrant", "el Periódico".
 */
const LOWERCASE_ARTICLES: ReadonlySet<string> = new Set(['the', 'il', 'lo', 'la', 'le', 'les', 'el', 'los', 'las', 'de', 'het', 'der', 'die', 'das']);

/**
 * The nouns of newspaper names in languages that capitalise only a title's first
 * word: "Lidové noviny", "Jihlavský deník", "Večernji list", "Российская газета",
 * "Dagens industri". A name may end in one in lowercase.
 */
const NEWSPAPER_NOUNS: ReadonlySet<string> = new Set([
  'noviny', 'listy', 'list', 'deník', 'denník', 'týdeník', 'zprávy', 'správy', 'novine', 'novice', 'novosti',
  'vjesnik', 'dnevnik', 'gazeta', 'industri', 'газета', 'правда', 'новости', 'известия', 'ведомости', 'вести',
]);
const MAX_NEWSPAPER_NOUN_LENGTH = 9;

/** No connector is longer than this ("from"): longer words skip the lookup. */
const MAX_CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((connector) => connector.length));

export function isPlausibleName(name: string): boolean {
  const length = name.length;
  if (length === 0 || length > MAX_SOURCE_LENGTH) return false;
  // The words of name.split(' ') (two spaces make an empty word), read in place by
  // index: this runs for many candidate splits of every teaser line, so no array and
  // no copies.
  let spaces = 0;
  for (let k = name.indexOf(' '); k !== -1; k = name.indexOf(' ', k + 1)) spaces++;
  if (spaces + 1 > MAX_SOURCE_WORDS) return false;
  let from = 0;
  for (let w = 0; w <= spaces; w++) {
    const space = name.indexOf(' ', from);
    const to = space === -1 ? length : space;
    if (w === 0 ? !isFirstWord(name, from, to) : !isLaterWord(name, from, to, w === spaces)) return false;
    from = to + 1;
  }
  return true;
}

/**
 * Can `name.slice(from, to)` be a name's first word? Any word of a name but a
 * connector, and a lowercase article before a capitalised word ("the Lantern",
 * "il Fatto Quotidiano").
 */
export function isFirstWord(name: string, from: number, to: number): boolean {
  if (to - from <= 3 && isLowercaseArticle(name, from, to)) return true;
  if (isConnector(name, from, to)) return false;
  return isNameWord(name, from, to);
}

/** An article + " " + a capital: "the Lantern", "la Repubblica". */
function isLowercaseArticle(name: string, from: number, to: number): boolean {
  return name.charCodeAt(to) === 32 && isUpperCode(name.charCodeAt(to + 1)) && isLowerCode(name.charCodeAt(from)) && LOWERCASE_ARTICLES.has(name.slice(from, to));
}

/**
 * Can `name.slice(from, to)` be a word after a name's first one (`last`: its last)?
 * A connector inside ("Voice of the People"), a qualifier in brackets at the end
 * ("ABC News (Australia)", "The Independent (UK)", "Metro [NL]"), or a word of a name.
 */
export function isLaterWord(name: string, from: number, to: number, last: boolean): boolean {
  if (isConnector(name, from, to)) return !last;
  if (last && to - from <= MAX_NEWSPAPER_NOUN_LENGTH && isLowerCode(name.charCodeAt(from)) && NEWSPAPER_NOUNS.has(name.slice(from, to))) return true;
  if (last && to - from > 1 && isBracketed(name, from, to)) {
    return isNameWord(name, from + 1, to - 1);
  }
  return isNameWord(name, from, to);
}

/** "(UK)" or "[NL]". */
function isBracketed(name: string, from: number, to: number): boolean {
  const open = name.charCodeAt(from);
  const close = name.charCodeAt(to - 1);
  return (open === 40 /* ( */ && close === 41 /* ) */) || (open === 91 /* [ */ && close === 93 /* ] */);
}

/**
 * The first characters of the connectors, ASCII ones by code: most words start with a
 * capital, which no connector does, so isConnector can say no without a slice and a
 * set lookup.
 */
const CONNECTOR_FIRST_ASCII = new Uint8Array(128);
const CONNECTOR_FIRST_OTHER: number[] = [];
for (const connector of CONNECTORS) {
  const code = connector.charCodeAt(0);
  if (code < 128) CONNECTOR_FIRST_ASCII[code] = 1;
  else if (!CONNECTOR_FIRST_OTHER.includes(code)) CONNECTOR_FIRST_OTHER.push(code);
}

function isConnector(name: string, from: number, to: number): boolean {
  if (to - from > MAX_CONNECTOR_LENGTH) return false;
  const first = name.charCodeAt(from); // an empty word's "first" is whatever follows: the set says no
  if (first < 128 ? CONNECTOR_FIRST_ASCII[first] !== 1 : !CONNECTOR_FIRST_OTHER.includes(first)) return false;
  return CONNECTORS.has(name.slice(from, to));
}

/**
 * Is `name.slice(from, to)` a word of a name?
 * "Journal", "9to5Mac", "U.S.", "Post-Gazette", "Barron's", "Yahoo!", "NJ.com", "iNews".
 */
function isNameWord(name: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // "¡Hola!": an inverted mark opens a Spanish name as it opens a sentence.
  if (isInvertedMark(name.charCodeAt(from)) && isUpperCode(name.charCodeAt(from + 1))) from++;
  const first = name.charCodeAt(from);
  // "연합뉴스", "北海道新聞", "الساحل": a script without case opens no sentence with a
  // capital either; boundaryAt decides where such a name may start.
  if (!isUpperCode(first) && !isDigitCode(first) && !isCaselessCode(first)) {
    // "iNews", "eWeek": a lowercase start needs a capital soon after;
    // "l'Estuaire", "d’Italia": an elided article before a capital;
    // "tagesschau.de": a domain.
    const second = name.charCodeAt(from + 1);
    const elided = (second === 39 || second === 0x2019) && to - from > 2 && isUpperCode(name.charCodeAt(from + 2));
    if (!isLowerCode(first) || to - from < 2) return false;
    if (!isUpperCode(second) && !elided) return isDomain(name, from, to);
  }
  let segmentStart = from; // start of the current dot-separated segment
  for (let k = from + 1; k < to; k++) {
    const code = name.charCodeAt(k);
    if (isLetterCode(code) || isDigitCode(code)) continue;
    const atEnd = k + 1 === to;
    switch (code) {
      case 39: // '
      case 0x2019: // ’
      case 38: // &
      case 47: // /
      case 43: // +
        continue;
      case 45: // -
      case 0x2013: // –
        if (atEnd) return false;
        continue;
      case 33: // !
        if (!atEnd) return false;
        continue;
      case 44: // ,
        // "94,6" in "Radio Heideland 94,6": a decimal comma in a number that ends the
        // word (not "3,5Anadolu", a summary's number glued to a name).
        if (!isDigitCode(name.charCodeAt(k - 1)) || !isDigitsTo(name, k + 1, to)) return false;
        continue;
      case 46: // .
        // "NJ.com", "U.S.", "101.5", "Cameroon-Info.Net": a domain, initials, a decimal
        // number or a capitalised top-level domain.
        if (
          !atEnd &&
          !isLowerCode(name.charCodeAt(k + 1)) &&
          !(isDigitCode(name.charCodeAt(k - 1)) && isDigitCode(name.charCodeAt(k + 1))) &&
          !isInitials(name, segmentStart, k, to) &&
          !isCapitalTopLevelDomain(name, k + 1, to)
        ) {
          return false;
        }
        segmentStart = k + 1;
        continue;
      default:
        if (isMarkCode(code)) continue; // keep in step with spoilsWord
        return false;
    }
  }
  return true;
}

/**
 * "tagesschau.de", "news.com.au", "wral-5.com": lowercase ASCII letters, digits and
 * hyphens in dot-separated labels, the last one 2–6 letters.
 */
function isDomain(name: string, from: number, to: number): boolean {
  let dots = 0;
  let labelStart = from;
  for (let k = from; k < to; k++) {
    const code = name.charCodeAt(k);
    if (code === 46 /* . */) {
      if (k === labelStart) return false; // an empty label
      dots++;
      labelStart = k + 1;
    } else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) return false;
  }
  if (dots === 0 || to - labelStart < 2 || to - labelStart > 6) return false;
  for (let k = labelStart; k < to; k++) if (!isLowerCode(name.charCodeAt(k))) return false;
  return true;
}

/** "Net" in "Cameroon-Info.Net": a top-level domain written with a capital, ending the word. */
function isCapitalTopLevelDomain(name: string, from: number, to: number): boolean {
  const length = to - from;
  return (length === 3 || length === 4) && CAPITAL_TOP_LEVEL_DOMAINS.has(name.slice(from, to));
}

const CAPITAL_TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(['Net', 'Com', 'Org', 'Info', 'NET', 'COM', 'ORG', 'INFO']);

/** "U.S." style: the segment before the dot and the one after are single letters. */
function isInitials(name: string, segmentStart: number, dot: number, to: number): boolean {
  if (dot - segmentStart !== 1) return false;
  return isUpperCode(name.charCodeAt(dot + 1)) && (dot + 2 >= to || name.charCodeAt(dot + 2) === 46 /* . */);
}

/**
 * Punctuation isNameWord lets into a word after its first character (with conditions
 * for "-", "–", "!" and "."); keep in step with its switch. Any other character that is
 * no letter, digit or mark fails the word wherever it sits.
 */
const WORD_PUNCTUATION = "'’&/+-–!.";

/**
 * What spoilsWord makes of an ASCII code: 0 never spoils a word (letters, digits, word
 * punctuation, the space between words, anything a connector holds: "&", "-", "/"),
 * 1 always does ("?", ":", ")", "%", tab...), 2 is the full stop and 3 the comma (see
 * spoilsWord).
 */
const SPOILS_ASCII = new Uint8Array(128);
/**
 * The non-ASCII codes that never spoil a word though they are no letter, digit or mark:
 * word punctuation ("’", "–") and what the connectors hold ("’n’", "—").
 */
const KEEPS_WORD_OTHER: number[] = [];
for (let code = 0; code < 128; code++) {
  const keeps = isLetterCode(code) || isDigitCode(code) || code === 32 || WORD_PUNCTUATION.includes(String.fromCharCode(code));
  SPOILS_ASCII[code] = code === 46 /* . */ ? 2 : code === 44 /* , */ ? 3 : keeps ? 0 : 1;
}
for (const connector of CONNECTORS) {
  for (let k = 0; k < connector.length; k++) {
    const code = connector.charCodeAt(k);
    if (code < 128) SPOILS_ASCII[code] = 0;
    else if (!KEEPS_WORD_OTHER.includes(code)) KEEPS_WORD_OTHER.push(code);
  }
}
for (let k = 0; k < WORD_PUNCTUATION.length; k++) {
  const code = WORD_PUNCTUATION.charCodeAt(k);
  if (code >= 128 && !KEEPS_WORD_OTHER.includes(code)) KEEPS_WORD_OTHER.push(code);
}

/**
 * Does `name[k]` spoil every word that holds it (up to `to`, the next space), wherever
 * that word starts — after a space, or at a capital or digit? Such a word is then no
 * first or later word of a name (isFirstWord, isLaterWord), nor a connector. Only a
 * last word in brackets, "(UK)", is judged inside them: the caller must rule it out.
 *
 *   "?"  "…"  "”"  ")"  a tab: isNameWord takes them nowhere in a word;
 *   ","  unless a decimal comma ends the word ("94,6");
 *   "."  in "month.Barrow's": after two lowercase letters, not last and before no
 *        lowercase letter, so no domain ("NJ.com", "Cameroon-Info.Net"), initials
 *        ("U.S.") or decimal ("101.5"), whether the word starts at "m" or further left.
 *
 * The splitter asks this of the non-lowercase characters it meets, to end the guesses
 * at once rather than at the space in front of the word.
 */
export function spoilsWord(name: string, k: number, to: number): boolean {
  const code = name.charCodeAt(k);
  if (code < 128) {
    const spoils = SPOILS_ASCII[code];
    if (spoils === 3) return !(isDigitCode(name.charCodeAt(k - 1)) && isDigitsTo(name, k + 1, to));
    if (spoils !== 2) return spoils === 1;
    return (
      k + 1 < to &&
      !isLowerCode(name.charCodeAt(k + 1)) &&
      isAsciiLower(name.charCodeAt(k - 1)) &&
      isAsciiLower(name.charCodeAt(k - 2)) &&
      !isCapitalTopLevelDomain(name, k + 1, to)
    );
  }
  if (isInvertedMark(code) && isUpperCode(name.charCodeAt(k + 1))) return false; // "¡Hola!"
  return (
    k < name.length &&
    !isLetterCode(code) &&
    !isDigitCode(code) &&
    !isMarkCode(code) &&
    !KEEPS_WORD_OTHER.includes(code)
  );
}

/** "¡" and "¿", which open a Spanish sentence, or a name: "¡Hola!". */
export function isInvertedMark(code: number): boolean {
  return code === 0xa1 || code === 0xbf;
}

/** Is `name.slice(from, to)` one or more digits? */
function isDigitsTo(name: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isDigitCode(name.charCodeAt(k))) return false;
  return true;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

// ---------------------------------------------------------------------------------
// Whole-text shapes: what a teaser line with no summary can hold

/**
 * Can the whole text only be a source? The dialect glues the source to the summary, so
 * a short line with no glue point anywhere is a teaser with no summary, and its text
 * is the outlet's name even when the name breaks the rules guesses follow:
 *
 *   "Đài Phát thanh Miền Trung"  "Le Monde diplomatique"  "Back roads review"  "kumparan"
 *
 * It must hold only what names hold and not end a sentence; up to MAX_SOURCE_WORDS
 * words when it starts and ends with a capitalised word, otherwise up to four with a
 * capital somewhere, so that "the summary never names its source" stays a summary.
 */
export function isWholeTextName(text: string, start: number, end: number): boolean {
  if (end - start === 1) return isLetterCode(text.charCodeAt(start)); // "i", the British paper
  if (end - start < 1 || end - start > MAX_SOURCE_LENGTH) return false;
  let words = 1;
  let lastWord = start;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 32) {
      words++;
      lastWord = k + 1;
    } else if (!isLetterCode(code) && !isDigitCode(code) && !isMarkCode(code) && !WORD_PUNCTUATION.includes(String.fromCharCode(code))) {
      return false;
    }
  }
  const last = text.charCodeAt(end - 1);
  if (last === 46 /* . */ && !(isUpperCode(text.charCodeAt(lastWord)) && end - lastWord <= 5)) return false; // "Watch live." but "Harbor Inc."
  const opensName = (code: number) => isUpperCode(code) || isDigitCode(code);
  if (words === 1) return true;
  if (opensName(text.charCodeAt(start)) && opensName(text.charCodeAt(lastWord))) return words <= MAX_SOURCE_WORDS;
  // A script without case shows no capital: a few words of it ("இந்து தமிழ் திசை").
  if (isCaselessCode(text.charCodeAt(start)) && isCaselessCode(text.charCodeAt(lastWord))) return words <= MAX_CASELESS_NAME_WORDS;
  // Words in lowercase only read as a fragment of a summary ("harbor ferry plan").
  return words <= MAX_LOOSE_NAME_WORDS && hasCapital(text, start, end);
}

/** "CIDRAP", "WQXR2": capitals and digits only, a capital first. */
export function isCapitalsWord(text: string, start: number, end: number): boolean {
  if (end - start < 3 || !isUpperCode(text.charCodeAt(start))) return false;
  for (let k = start + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (!isUpperCode(code) && !isDigitCode(code)) return false;
  }
  return true;
}

function hasCapital(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isUpperCode(text.charCodeAt(k))) return true;
  return false;
}

/** Words in a name that does not start and end with a capital ("heise online"). */
const MAX_LOOSE_NAME_WORDS = 4;
/** Words in a whole-text name in a script without case. */
const MAX_CASELESS_NAME_WORDS = 3;

/**
 * One lowercase word of letters and digits ("kumparan", "detikcom", "n-tv", "c't"), the
 * candidate's whole text: boundaryAt only lets it through where the summary's
 * punctuation or the line's start is right before it ("…minutos.kumparan").
 */
export function isLowercaseBrand(text: string, i: number, end: number): boolean {
  if (end - i < 3 || !isLowerCode(text.charCodeAt(i))) return false;
  // A digit, or an inner hyphen or apostrophe: no domain ends so ("…mit.n-tv",
  // "…heute.t3n", "…hatten.c't").
  let notDomainEnding = false;
  for (let k = i + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isDigitCode(code) || (isInnerMark(code) && k < end - 1 && isLetterCode(text.charCodeAt(k - 1)))) notDomainEnding = true;
    else if (!isLetterCode(code)) return false;
  }
  // Four letters or fewer after a dot are a domain's ending ("Bisnis.com"), as are a
  // few longer ones ("Harbor.today").
  return notDomainEnding || (end - i >= 5 && !LONG_DOMAIN_ENDINGS.has(text.slice(i, end)));
}

/** "-", "'" or "’" between letters of a lowercase brand. */
function isInnerMark(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

const LONG_DOMAIN_ENDINGS: ReadonlySet<string> = new Set(['online', 'media', 'today', 'world', 'global', 'press', 'digital', 'network']);
