// Lines → tokens: every line gets exactly one token, in order.
//
//   "Headline\n![a](u)\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → text, image, text, separator, text, attribution

import type { AttributionTail } from './attribution-tail.js';
import { splitLines, type Line } from './lines.js';
import { RULES, type TokenKind } from './rules.js';

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

export function tokenize(input: string): Token[] {
  const lines = splitLines(input);
  const tokens: Token[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) tokens[i] = classify(lines[i] as Line);
  return tokens;
}

/** The token of the first rule in RULES that matches the line. */
export function classify(line: Line): Token {
  const text = line.text;
  const value = text.trim();
  for (const rule of RULES) {
    const match = rule.match(value, text);
    if (match === null) continue;
    if (match.name !== undefined) return { kind: rule.name, line, value, name: match.name };
    if (match.tail !== undefined) return { kind: rule.name, line, value, tail: match.tail };
    return { kind: rule.name, line, value };
  }
  return { kind: 'text', line, value }; // unreachable: the last rule matches everything
}
