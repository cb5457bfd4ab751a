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
  const match = AGE_PATTERN.exec(trimmed);
  if (match === null) return null;
  const unit = AGE_UNITS[match[2] as string] as number;
  return { text: trimmed, seconds: Number(match[1]) * unit };
}
