// Character classes the constructs share. ASCII is decided by code ranges; other
// letters by Unicode property, so "Élysée" and "Łódź" behave like "Paris".
//
// Each takes a UTF-16 code unit (`isUpperCode(text.charCodeAt(i))`), so the hot loops
// that call them create no strings. Past the end of a string (`charCodeAt` → NaN) each
// says no.

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const MARK = /\p{M}/u;

/**
 * The classes of every UTF-16 code unit met so far, as bits (0: not looked up yet).
 * Outside ASCII a class takes a Unicode property test on a new one-character string;
 * summaries are full of "—", "…" and curly quotes, so each code is tested once.
 */
const CLASSES = new Uint8Array(0x10000);
const SEEN = 1;
const UPPER_BIT = 2;
const LOWER_BIT = 4;
const LETTER_BIT = 8;
const NUMBER_BIT = 16;
const MARK_BIT = 32;

function classesOf(code: number): number {
  let bits = CLASSES[code] as number;
  if (bits === 0) {
    const ch = String.fromCharCode(code);
    bits =
      SEEN |
      (UPPER.test(ch) ? UPPER_BIT : 0) |
      (LOWER.test(ch) ? LOWER_BIT : 0) |
      (LETTER.test(ch) ? LETTER_BIT : 0) |
      (NUMBER.test(ch) ? NUMBER_BIT : 0) |
      (MARK.test(ch) ? MARK_BIT : 0);
    CLASSES[code] = bits;
  }
  return bits;
}

/** Outside ASCII: does `code` (a code unit; NaN past the end of a string) have `bit`? */
function hasClass(code: number, bit: number): boolean {
  return code < 0x10000 && (classesOf(code) & bit) !== 0; // NaN < 0x10000 is false
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return hasClass(code, UPPER_BIT);
}

export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return hasClass(code, LOWER_BIT);
}

export function isLetterCode(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return hasClass(code, LETTER_BIT);
}

/**
 * A letter of a script without case ("연", "北", "み", "ا", "द"): Hangul, Chinese,
 * Japanese kana, Arabic, Hebrew, Indic scripts, Thai… No ASCII code is one.
 */
export function isCaselessCode(code: number): boolean {
  return code >= 128 && code < 0x10000 && (classesOf(code) & (LETTER_BIT | UPPER_BIT | LOWER_BIT)) === LETTER_BIT;
}

export function isDigitCode(code: number): boolean {
  if (code < 128) return code >= 48 && code <= 57;
  return hasClass(code, NUMBER_BIT);
}

/** A combining mark ("e" + U+0301): no ASCII code is one. */
export function isMarkCode(code: number): boolean {
  return code >= 128 && hasClass(code, MARK_BIT);
}

/** Space, tab, no-break space, thin space, narrow no-break space. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * Characters that can end a summary right before a glued source:
 * (not the hyphen, which names hold: "Post-Gazette")
 * `squad.ESPN`, `unusual — ...The Hill`, `"yes"Reuters`, `(R-S.C.)The Hill`, `5%Bloomberg`,
 * `18+Betfair`, currency signs (`16 €Stern`), the full-width ones of Chinese and
 * Japanese text (`節約に。ITmedia`), Arabic ones and the Devanagari danda (`किए।NDTV`).
 */
const SUMMARY_END = '.,;:!?‽⁇⁈⁉…"”’\')]}%»—–*+€£¥₹₩₺₽。、！？」』）％؟۔٪।॥';
/** The ASCII ones by code (a table lookup: this runs for most characters near a source). */
const SUMMARY_END_ASCII = new Uint8Array(128);
const SUMMARY_END_OTHER: readonly number[] = [];
for (const ch of SUMMARY_END) {
  const code = ch.charCodeAt(0);
  if (code < 128) SUMMARY_END_ASCII[code] = 1;
  else (SUMMARY_END_OTHER as number[]).push(code);
}

export function isSummaryEndCode(code: number): boolean {
  return code < 128 ? SUMMARY_END_ASCII[code] === 1 : SUMMARY_END_OTHER.includes(code);
}
