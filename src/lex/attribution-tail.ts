// The tail of a teaser's attribution line: " - " + age + an optional " -".
//
//   "…squad.ESPN - 4h -"  →  { sourceEnd: 14, ageStart: 17, ageEnd: 19, itemSeparator: true }
//   (offsets into the string scanned; the line may be a range of a larger one)
//   "…scammers.Wired - 5d" →  itemSeparator: false
//
// Scanned from the end with plain character checks: constant work per line whatever
// the line holds, so no input can make it backtrack.

export interface AttributionTail {
  /** Index just past the text before " - " (the glued summary + source). */
  readonly sourceEnd: number;
  /** Index of the age's first digit. */
  readonly ageStart: number;
  /** Index just past the age's unit letter. */
  readonly ageEnd: number;
  /** The line ends with the item separator " -". */
  readonly itemSeparator: boolean;
}

/** A tail to write into (see scanAttributionTail). */
export type MutableTail = { -readonly [K in keyof AttributionTail]: AttributionTail[K] };

export const newTail = (): MutableTail => ({ sourceEnd: 0, ageStart: 0, ageEnd: 0, itemSeparator: false });

function tailAs(into: MutableTail, sourceEnd: number, ageStart: number, ageEnd: number, itemSeparator: boolean): AttributionTail {
  into.sourceEnd = sourceEnd;
  into.ageStart = ageStart;
  into.ageEnd = ageEnd;
  into.itemSeparator = itemSeparator;
  return into;
}

const MAX_AGE_DIGITS = 9;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUnit(code: number): boolean {
  // m h d w
  return code === 109 || code === 104 || code === 100 || code === 119;
}

/**
 * Find the attribution tail of the line `text.slice(from, to)` (the whole of `text` by
 * default), or `null` when the line does not end in one. The tail is written into
 * `into` and returned: the lexer passes one for all lines, so that the ~30,000
 * attribution lines of a big dump make no object each.
 */
export function scanAttributionTail(text: string, from = 0, to = text.length, into: MutableTail = newTail()): AttributionTail | null {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  // Optional item separator: "<space>-" after the age.
  let itemSeparator = false;
  if (i - from >= 2 && text.charCodeAt(i - 1) === 45 && isSpace(text.charCodeAt(i - 2))) {
    let j = i - 2;
    while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
    if (j > from && isUnit(text.charCodeAt(j - 1))) {
      itemSeparator = true;
      i = j;
    }
  }
  // The age: digits then a unit letter.
  if (i === from || !isUnit(text.charCodeAt(i - 1))) return null;
  const ageEnd = i;
  i--;
  let digits = 0;
  while (i > from && isDigit(text.charCodeAt(i - 1))) {
    i--;
    digits++;
  }
  if (digits === 0 || digits > MAX_AGE_DIGITS) return null;
  const ageStart = i;
  // " - " before the age (at least one space each side of the hyphen).
  if (i === from || !isSpace(text.charCodeAt(i - 1))) return null;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === from || text.charCodeAt(i - 1) !== 45) return null;
  i--;
  const dash = i;
  if (dash === from) return tailAs(into, from, ageStart, ageEnd, itemSeparator); // "- 4h"
  if (!isSpace(text.charCodeAt(dash - 1))) return null;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return tailAs(into, i, ageStart, ageEnd, itemSeparator);
}
