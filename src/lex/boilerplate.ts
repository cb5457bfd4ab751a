// Boilerplate: page furniture flattened into the body, never part of the story.
//
//   "Advertisement"   "ADVERTISEMENT"   "Continue reading…"   "Story continues below advertisement"
//
// Matched whole (case, spacing and trailing punctuation ignored) against a fixed list,
// so a sentence that merely starts with "Read more" stays a paragraph.

/** The phrases, lowercase, single-spaced, without trailing punctuation. */
export const BOILERPLATE_PHRASES: ReadonlySet<string> = new Set([
  'advertisement',
  'advertisements',
  'advertisement - scroll to continue',
  'ad',
  'skip advertisement',
  'sponsored',
  'sponsored content',
  'scroll to continue',
  'scroll to continue with content',
  'continue reading',
  'continue reading below',
  'continue reading the main story',
  'story continues below',
  'story continues below advertisement',
  'story continues below this ad',
  'story continues after advertisement',
  'article continues below',
  'article continues below advertisement',
  'article continues below this ad',
  'article continues after advertisement',
  'read more',
  'read full article',
  'read the full article',
  'read the full story',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign up for our newsletter',
  'sign up for our newsletters',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share on x',
  'copy link',
  'link copied',
  'print',
  'email',
  'listen to this article',
  'listen to article',
  'click to expand',
  'click here to subscribe',
  'follow us on google news',
  'recommended videos',
  'watch video',
  'play video',
  'view comments',
  'show comments',
  'leave a comment',
  'comments',
  'loading',
  'open in app',
  'download the app',
  'supported by',
  'opens in new window',
  'story continues',
  'scroll down for video',
  'advertisement · scroll to continue',
  'ad feedback',
  // "continue reading" in other languages
  'weiterlesen',
  'lire la suite',
  'seguir leyendo',
  'sigue leyendo',
  'continuar lendo',
  'continua a leggere',
  'lees verder',
  'lees verder na de advertentie',
  'czytaj dalej',
  'läs mer',
  'les mer',
  'baca selengkapnya',
  // the ad label in other languages
  'publicidad',
  'anuncio',
  'publicité',
  'annonce',
  'werbung',
  'anzeige',
  'pubblicità',
  'publicidade',
  'reklama',
  'reklam',
  'annons',
  'annonse',
  'mainos',
  'advertentie',
  'iklan',
  'quảng cáo',
  '広告', // Japanese
  '广告', // Chinese (simplified)
  '廣告', // Chinese (traditional)
  '광고', // Korean
  'إعلان', // Arabic
  'реклама', // Russian, Ukrainian, Bulgarian
  'διαφήμιση', // Greek
  'פרסומת', // Hebrew
  'विज्ञापन', // Hindi
  'โฆษณา', // Thai
  // labels of sponsored rails (see SPONSOR_LABELS)
  'sponsored stories',
  'sponsored links',
  'promoted stories',
  'paid content',
  'partner content',
]);

/**
 * Boilerplate that labels what follows rather than filling an ad slot: right before a
 * rail's "-" it is that rail's heading ("Sponsored"), anywhere else it is dropped.
 */
const SPONSOR_LABELS: ReadonlySet<string> = new Set([
  'anzeige', // German pages' label for paid content, as well as for an ad slot
  'إعلان', // likewise on Arabic pages
  'sponsored',
  'sponsored content',
  'sponsored stories',
  'sponsored links',
  'promoted stories',
  'paid content',
  'partner content',
]);

/** Is this trimmed boilerplate line the label of a sponsored rail ("Sponsored", "Paid Content")? */
export function isSponsorLabel(text: string): boolean {
  return text.length <= MAX_BOILERPLATE_LENGTH && SPONSOR_LABELS.has(normaliseBoilerplate(text));
}

const MAX_BOILERPLATE_LENGTH = 60;

/** Normalise a trimmed line for lookup: lowercase, single spaces, no trailing decoration. */
export function normaliseBoilerplate(text: string): string {
  return text.slice(0, decorationStart(text)).toLowerCase().replace(/\s+/g, ' ');
}

/** Where the trailing decoration of `text.slice(from, to)` begins (`to` when there is none). */
function decorationStart(text: string, from = 0, to = text.length): number {
  // A loop, not /[…]+$/: an unanchored run before "$" would rescan from every start.
  let end = to;
  while (end > from && isDecoration(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Trailing decoration: "Continue reading…", "Read more »", "Share:" (one of ` \t.:…!>»›→`). */
function isDecoration(code: number): boolean {
  switch (code) {
    case 32: // space
    case 9: // tab
    case 46: // .
    case 58: // :
    case 0x2026: // …
    case 33: // !
    case 62: // >
    case 0xbb: // »
    case 0x203a: // ›
    case 0x2192: // →
      return true;
    default:
      return false;
  }
}

/**
 * The phrases by how they open: their first three characters (two for "ad"), as one
 * number. A line that opens with none of these cannot be boilerplate, and most lines
 * are turned away here without being copied or lowercased.
 */
/** The opening needs the full normalisation to tell. */
const ANY_OPENING = -1;
const PHRASES_BY_OPENING: ReadonlyMap<number, readonly string[]> = groupByOpening(BOILERPLATE_PHRASES);

function groupByOpening(phrases: Iterable<string>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const phrase of phrases) {
    const key = openingKey(phrase, 0, phrase.length);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [phrase]);
    else group.push(phrase);
  }
  return groups;
}

/**
 * The first (up to) three characters of `text.slice(from, end)`, lowercased, as one
 * number ("Quảng cáo" → "quả"). Outside ASCII a character is lowercased as
 * toLowerCase does; one that lowercases to more than one ("İ" → "i" + a combining
 * dot, which shifts the rest) or is white space (which normalises to " ") needs the
 * full normalisation: ANY_OPENING. Two phrases may share a key; both are compared.
 */
function openingKey(text: string, from: number, end: number): number {
  let key = 0;
  for (let i = from; i < from + 3 && i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 128) {
      const lower = String.fromCharCode(code).toLowerCase(); // "K" (Kelvin) → "k", "Ả" → "ả"
      if (lower.length !== 1 || /\s/.test(lower)) return ANY_OPENING;
      code = lower.charCodeAt(0);
    }
    key = key * 0x10000 + code;
  }
  return key;
}

/**
 * The ASCII first letters of the phrases, one bit each (a = bit 0). Outside ASCII only
 * two characters lowercase to an ASCII letter: U+0130 "İ" (to "i" and a dot) and
 * U+212A, the Kelvin sign (to "k").
 */
const PHRASE_FIRST_LETTERS = [...BOILERPLATE_PHRASES, 'click here'].reduce(
  (bits, phrase) => (phrase.charCodeAt(0) < 128 ? bits | (1 << (phrase.charCodeAt(0) - 97)) : bits),
  0,
);

/**
 * The phrases' first characters outside ASCII, as written and in capitals ("広", "р"
 * and "Р"): a line opening with one of these can be the phrase (a test checks that no
 * other character lowercases to one of them).
 */
export const PHRASE_FIRST_CODES: ReadonlySet<number> = new Set(
  [...BOILERPLATE_PHRASES].flatMap((phrase) => [phrase.charCodeAt(0), phrase.charAt(0).toUpperCase().charCodeAt(0)]).filter((code) => code >= 128),
);

/** Can a line that opens with `code` be boilerplate? Most lines are turned away here. */
function opensLikePhrase(code: number): boolean {
  if (code >= 128) return code === 0x130 || code === 0x212a || PHRASE_FIRST_CODES.has(code); // the lookup decides
  const letter = (code | 32) - 97;
  return letter >= 0 && letter <= 25 && (PHRASE_FIRST_LETTERS & (1 << letter)) !== 0;
}

/**
 * Openings that make a short line boilerplate whatever follows: "CLICK HERE TO GET THE
 * FOX NEWS APP", "Click here for more sports coverage".
 */
const BOILERPLATE_OPENINGS = /^click here\b/i;

/**
 * Is this trimmed line boilerplate? The line is `text.slice(from, to)`, the whole of
 * `text` by default.
 */
export function isBoilerplate(text: string, from = 0, to = text.length): boolean {
  if (to <= from || to - from > MAX_BOILERPLATE_LENGTH || !opensLikePhrase(text.charCodeAt(from))) return false;
  if ((text.charCodeAt(from) | 32) === 99 /* c */ && BOILERPLATE_OPENINGS.test(text.slice(from, to))) return true;
  const end = decorationStart(text, from, to);
  const opening = openingKey(text, from, end);
  if (opening === ANY_OPENING) return BOILERPLATE_PHRASES.has(normaliseBoilerplate(text.slice(from, to)));
  const phrases = PHRASES_BY_OPENING.get(opening);
  if (phrases === undefined) return false;
  // "Read more »" → compared in place with "read more"; only a line with a character
  // outside ASCII is copied and normalised (toLowerCase and \s know all of Unicode).
  for (const phrase of phrases) {
    const same = sameAsciiPhrase(text, from, end, phrase);
    if (same === UNKNOWN) return BOILERPLATE_PHRASES.has(normaliseBoilerplate(text.slice(from, to)));
    if (same === SAME) return true;
  }
  return false;
}

const DIFFERENT = 0;
const SAME = 1;
/** `text` holds a character outside ASCII: only the full normalisation can tell. */
const UNKNOWN = -1;

/**
 * Does `text.slice(from, end)` normalise to `phrase` ("Read  More" → "read more")?
 * Compared character by character with the normalisation done on the way (ASCII
 * letters lowercased, runs of ASCII white space read as one " "): no copy is made.
 */
function sameAsciiPhrase(text: string, from: number, end: number, phrase: string): number {
  let j = 0;
  for (let i = from; i < end; ) {
    let code = text.charCodeAt(i);
    if (code >= 128) return UNKNOWN;
    if (isAsciiSpace(code)) {
      do i++;
      while (i < end && isAsciiSpace(text.charCodeAt(i)));
      // "read \u00a0more": the run of white space may go on outside ASCII
      if (i < end && text.charCodeAt(i) >= 128) return UNKNOWN;
      code = 32;
    } else {
      if (code >= 65 && code <= 90) code += 32;
      i++;
    }
    // (a read past a string's end would make V8 take its slow path at this site for good)
    if (j === phrase.length || phrase.charCodeAt(j) !== code) return DIFFERENT;
    j++;
  }
  return j === phrase.length ? SAME : DIFFERENT;
}

/** The ASCII characters of \s: tab, LF, VT, FF, CR and space. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
