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
