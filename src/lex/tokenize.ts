// Lines → tokens: every line gets exactly one token, in order.
//
//   "Headline\n![a](u)\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → text, image, text, separator, text, attribution

import type { AttributionTail } from './attribution-tail.js';
import { splitLines, type Line } from './lines.js';
import { RULES, type Rule, type TokenKind } from './rules.js';

/** A line and what the rules learned about it: one object per line. */
export interface Token extends Line {
  readonly kind: TokenKind;
  /** The line's text without surrounding whitespace. */
  readonly value: string;
  /** byline tokens: the name. */
  readonly name: string | undefined;
  /** attribution tokens: where " - age" sits in `text`. */
  readonly tail: AttributionTail | undefined;
}

/**
 * One token per line of `input`. With `controls`, also push onto it the input offset
 * of the first control character of each line that holds one (see splitLines).
 */
export function tokenize(input: string, controls?: number[]): Token[] {
  return splitLines(input, controls, lineToken);
}

/** The token of `line`: the first rule in RULES that matches it decides. */
export function classify(line: Line): Token {
  return lineToken(line.number, line.text, line.start, line.textStart, line.end, line.next);
}

function lineToken(number: number, text: string, start: number, textStart: number, end: number, next: number): Token {
  const value = trimmed(text);
  // An indexed loop: for-of over the frozen table ran an iterator per line.
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i] as Rule;
    const match = rule.match(value, text);
    if (match === null) continue;
    // Every token has every field, in one order: one object shape for all lines.
    return { kind: rule.name, value, name: match.name, tail: match.tail, number, text, start, textStart, end, next };
  }
  // unreachable: the last rule matches everything
  return { kind: 'text', value, name: undefined, tail: undefined, number, text, start, textStart, end, next };
}

/**
 * `text.trim()`, skipping the call when both ends are printable ASCII ("Body." or
 * "squad.ESPN - 4h"), as on ~80 % of lines; anything else (a space, "“…”", an empty
 * line) goes to trim(), which knows all of Unicode's white space.
 */
function trimmed(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  const first = text.charCodeAt(0);
  const end = text.charCodeAt(last);
  return first > 32 && first < 127 && end > 32 && end < 127 ? text : text.trim();
}
