// A teaser's age: an integer and a unit, relative to when the page was captured.
//
//   "35m" → { text: "35m", seconds: 2100 }     "4h" → 14400     "2w" → 1209600

export interface Age {
  /** The age as printed, e.g. `"4h"`. */
  text: string;
  /** The age in seconds: m = 60, h = 3600, d = 86400, w = 604800. */
  seconds: number;
}

/** Seconds per unit letter. */
export const AGE_UNITS: Readonly<Record<string, number>> = Object.freeze({
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
});

/** An age as it appears in a dump: digits then one unit letter. */
export const AGE_PATTERN = /^(\d{1,9})([mhdw])$/;

/**
 * Parse an age such as `"4h"`; surrounding whitespace is ignored.
 * Returns `null` for anything else (`"4 hours"`, `"h"`, `"-1h"`, a non-string).
 */
export function parseAge(text: string): Age | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  // AGE_PATTERN by hand (every teaser line has an age): 1–9 ASCII digits, one unit letter.
  const unitAt = trimmed.length - 1;
  if (unitAt < 1 || unitAt > 9) return null;
  const unit = unitSeconds(trimmed.charCodeAt(unitAt));
  if (unit === 0) return null;
  let count = 0;
  for (let i = 0; i < unitAt; i++) {
    const digit = trimmed.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    count = count * 10 + digit;
  }
  return { text: trimmed, seconds: count * unit };
}

/** AGE_UNITS by character code; 0 for anything else. */
function unitSeconds(code: number): number {
  switch (code) {
    case 109: // m
      return AGE_UNITS['m'] as number;
    case 104: // h
      return AGE_UNITS['h'] as number;
    case 100: // d
      return AGE_UNITS['d'] as number;
    case 119: // w
      return AGE_UNITS['w'] as number;
    default:
      return 0;
  }
}

/**
 * The age the line table found at `input[from, to)`: 1–9 ASCII digits, one unit
 * letter (see AttributionTail), as a new Age.
 *
 * Its text is one string per spelling while the spellings are short: a page prints
 * "2h" on teaser after teaser, and a 10 MB dump's ~30,000 ages are a few dozen
 * spellings. Shared, they are not 30,000 strings for the collector to copy. Spellings
 * of 2–4 characters counting below 128 are kept, in a table indexed by spelling (a
 * lookup is an array read); they are copied out of the input first, so that the table
 * never keeps an input alive.
 */
export function ageAt(input: string, from: number, to: number): Age {
  const unitAt = to - 1;
  let count = 0;
  for (let i = from; i < unitAt; i++) count = count * 10 + (input.charCodeAt(i) - 48);
  const unitCode = input.charCodeAt(unitAt);
  const seconds = count * unitSeconds(unitCode);
  const length = to - from;
  if (length > 4 || count >= 128) return { text: input.slice(from, to), seconds };
  // The spelling's slot: its length (leading zeros), count and unit ("m", "h", "d", "w"
  // differ in their last three bits).
  const slot = (((length - 2) * 128 + count) << 3) | (unitCode & 7);
  let text = AGE_TEXTS[slot];
  if (text === undefined) {
    text = '';
    for (let i = from; i < to; i++) text += input[i] as string; // a copy, never a view of the input
    AGE_TEXTS[slot] = text;
  }
  return { text, seconds };
}

/** Age spellings by slot (see ageAt): 3 lengths × 128 counts × 8 unit codes. */
const AGE_TEXTS = new Array<string | undefined>(3 * 128 * 8).fill(undefined);
