// Lines → tokens: every line gets exactly one token, in order.
//
//   "Headline\n![a](u)\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → text, image, text, separator, text, attribution

import type { AttributionTail } from './attribution-tail.js';
import { splitLines, type Line } from './lines.js';
import { RULES, type Rule, type TokenKind } from './rules.js';

export interface Token {
  readonly kind: TokenKind;
  readonly line: Line;
  /** The line's text without surrounding whitespace. */
  readonly value: string;
  /** byline tokens: the name. */
  readonly name?: string;
  /** attribution tokens: where " - age" sits in `line.text`. */
  readonly tail?: AttributionTail;
}

/**
 * One token per line of `input`. With `controls`, also push onto it the input offset
 * of the first control character of each line that holds one (see splitLines).
 */
export function tokenize(input: string, controls?: number[]): Token[] {
  const lines = splitLines(input, controls);
  const tokens: Token[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) tokens[i] = classify(lines[i] as Line);
  return tokens;
}

/** The token of the first rule in RULES that matches the line. */
export function classify(line: Line): Token {
  const text = line.text;
  const value = trimmed(text);
  // An indexed loop: for-of over the frozen table ran an iterator per line.
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i] as Rule;
    const match = rule.match(value, text);
    if (match === null) continue;
    if (match.name !== undefined) return { kind: rule.name, line, value, name: match.name };
    if (match.tail !== undefined) return { kind: rule.name, line, value, tail: match.tail };
    return { kind: rule.name, line, value };
  }
  return { kind: 'text', line, value }; // unreachable: the last rule matches everything
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
