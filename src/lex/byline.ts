// A byline line: "By" (or its word in another language) and a name.
//
//   "By Jane Doe"              → "Jane Doe"
//   "By Jane Doe, Staff Writer" → "Jane Doe"
//   "BY: Ana Ruiz and Tom Lee" → "Ana Ruiz and Tom Lee"
//   "Von Jana Albrecht"        → "Jana Albrecht"   ("Par", "Por", "di", "Door", "Deur", "Av", "Oleh", "Przez", "بقلم")
//   "김서연 기자"                → "김서연"          (Korean: the name, then "reporter")
//   "By the numbers: a year"   → null (a sentence, not a name)
//
// Only the shape is checked here; whether a byline-shaped line *is* the byline is
// the grammar's call (it must sit at the top of the article).

/**
 * "By" or its word in German, French, Spanish/Portuguese, Italian, Dutch, Afrikaans,
 * Swedish/Norwegian, Indonesian, Polish, Arabic; an optional colon; the rest.
 */
const BYLINE = /^(?:by|von|par|por|di|door|deur|av|oleh|przez|بقلم):?[ \t\u00a0]+(\S.*)$/i;
/** Korean: one or more names of two to four syllables, then 기자 ("reporter"). */
const KOREAN_BYLINE = /^([\uac00-\ud7a3]{2,4}(?:[·,] ?[\uac00-\ud7a3]{2,4})*) 기자$/;

/** BYLINE's opening words written in ASCII, each as a number (see asciiWordKey). */
const OPENING_WORDS = ['by', 'von', 'par', 'por', 'di', 'door', 'deur', 'av', 'oleh', 'przez'];
const OPENING_KEYS: ReadonlySet<number> = new Set(OPENING_WORDS.map((word) => asciiWordKey(word, 0, word.length)));
const LONGEST_OPENING_WORD = 5;
const ARABIC_OPENING = 'بقلم';
const ARABIC_OPENING_FIRST = ARABIC_OPENING.charCodeAt(0);
/** The first letters of OPENING_WORDS, one bit each (a = bit 0): "b", "v", "p", … */
const OPENING_FIRST_LETTERS = OPENING_WORDS.reduce((bits, word) => bits | (1 << (word.charCodeAt(0) - 97)), 0);

/**
 * Can `text.slice(from, to)` (a trimmed line) be a byline? Its first word is one of
 * BYLINE's, or it ends in " 기자". Read in place: most lines are turned away without
 * a copy and a regex.
 */
export function looksLikeByline(text: string, from: number, to: number): boolean {
  if (to - from < 4) return false;
  if (text.charCodeAt(to - 1) === 0xc790 /* 자 */ && text.charCodeAt(to - 2) === 0xae30 /* 기 */ && text.charCodeAt(to - 3) === 32) return true;
  const first = text.charCodeAt(from);
  if (first === ARABIC_OPENING_FIRST) return text.startsWith(ARABIC_OPENING, from);
  // The opening word's first letter, any case: most lines are turned away here.
  const letter = (first | 32) - 97;
  if (letter < 0 || letter > 25 || (OPENING_FIRST_LETTERS & (1 << letter)) === 0) return false;
  let end = from;
  while (end < to && end - from <= LONGEST_OPENING_WORD && isWordCode(text.charCodeAt(end))) end++;
  if (end - from > LONGEST_OPENING_WORD) return false;
  return OPENING_KEYS.has(asciiWordKey(text, from, end));
}

/**
 * `text.slice(from, to)`, ASCII letters of any case, as one number (five bits a
 * letter, so words up to six letters fit): "By" and "BY" give the same; -1 for anything else.
 */
function asciiWordKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < to; k++) {
    const letter = (text.charCodeAt(k) | 32) - 96;
    if (letter < 1 || letter > 26) return -1;
    key = key * 32 + letter;
  }
  return key;
}

/** Not a space, tab or colon: part of the opening word. */
function isWordCode(code: number): boolean {
  return code !== 32 && code !== 9 && code !== 0xa0 && code !== 58 /* : */;
}

/** Lowercase words that can sit inside a name ("Maria de la Cruz", "Ana Ruiz and Tom Lee"). */
const NAME_PARTICLES = new Set([
  'and', '&', 'de', 'del', 'della', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'du',
  'la', 'le', 'van', 'von', 'y', 'e', 'bin', 'bint', 'al', 'el', 'ter', 'ten',
]);

const MAX_NAME_LENGTH = 120;
const MAX_NAME_WORDS = 14;
/** A name may end in "Jr." or an initial, not in a sentence's full stop. */
const NAME_FINAL_ABBREVIATION = /(?:^|\s)(?:\p{Lu}|Jr|Sr|St)\.$/u;
/**
 * A capital, or a letter of a script without case ("سالم"), after an optional opening
 * quote: a nickname is part of a name ("Rosalind “Rosie” Adebayo-Clarke").
 */
const UPPER_START = /^["'“‘«]?[\p{Lu}\p{Lt}\p{Lo}]/u;

/** The name of a byline-shaped line, or `null`. `text` is the trimmed line. */
export function matchByline(text: string): string | null {
  if (!looksLikeByline(text, 0, text.length)) return null;
  const korean = KOREAN_BYLINE.exec(text);
  if (korean !== null) return korean[1] as string;
  const match = BYLINE.exec(text);
  if (match === null) return null;
  // "Frank DeMarco | NJ Advance Media for NJ.com": what follows a bar is an affiliation.
  const bar = (match[1] as string).indexOf(' | ');
  const name = (bar < 0 ? (match[1] as string) : (match[1] as string).slice(0, bar)).trim();
  if (name.length > MAX_NAME_LENGTH) return null;
  const last = name.charAt(name.length - 1);
  if (last === '!' || last === '?' || last === ':' || last === ';' || last === ',') return null;
  if (last === '.' && !NAME_FINAL_ABBREVIATION.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  // The first two words decide: "Jane Doe", "Jane de Vries"; not "the numbers".
  for (let i = 0; i < Math.min(words.length, 2); i++) {
    const word = words[i] as string;
    if (i > 0 && NAME_PARTICLES.has(word.toLowerCase())) continue;
    if (i > 0 && /^\d+$/.test(word)) continue; // a station's number: "Channel 9 Eastfield Staff"
    if (!UPPER_START.test(word)) return null;
  }
  return withoutRole(name);
}

/**
 * "Jane Doe, Staff Writer" → "Jane Doe": what follows a comma is a role or an
 * employer, unless the commas list people joined by "and" or "&":
 *
 *   "Ana Ruiz, Theo Marsh and Quinn Lee"               → all three
 *   "Ana Ruiz, Theo Marsh and Quinn Lee, Staff Writers" → the three, without the role
 *   "Ana Ruiz, Harbor Ledger"                          → "Ana Ruiz" (no "and": one employer)
 */
function withoutRole(name: string): string {
  const pieces = name.split(',');
  const first = (pieces[0] as string).trimEnd();
  let people = 1;
  while (people < pieces.length && isPeople(pieces[people] as string)) people++;
  const listed = pieces.slice(1, people);
  if (!listed.some((piece) => AND.test(piece))) return first;
  return pieces.slice(0, people).join(',').trimEnd();
}

/** " and " or " & " between two names, or "and " opening a piece after an Oxford comma. */
const AND = /\s(?:and|&)\s|^\s*(?:and|&)\s/;

/** " Theo Marsh and Quinn Lee", " and Ida Berg": people, no role or employer. */
function isPeople(piece: string): boolean {
  const persons = piece.split(AND).filter((person, k) => k > 0 || person.trim() !== '');
  return (
    persons.length > 0 &&
    persons.every((person) => {
      const words = person.trim().split(/\s+/);
      return words.length <= 4 && words.every((word) => UPPER_START.test(word) && !ROLE_WORDS.has(word.toLowerCase()));
    })
  );
}

/** Words that make what follows a comma a role or an employer, not another person. */
const ROLE_WORDS = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'editor', 'editors', 'correspondent',
  'correspondents', 'contributor', 'contributing', 'columnist', 'producer', 'photographer',
  'chief', 'senior', 'special', 'associate', 'associated', 'bureau', 'press', 'news', 'desk',
  'analyst', 'critic', 'freelance', 'intern', 'director', 'host', 'anchor', 'team', 'the',
  'for', 'at', 'in', 'of',
]);
