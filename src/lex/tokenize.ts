// Lines → tokens: every line gets exactly one token, in order.
//
//   "Headline\n![a](u)\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → text, image, text, separator, text, attribution

import { splitLines, type Line } from './lines.js';
import { RULES, type TokenKind } from './rules.js';
import type { AttributionTail } from './attribution-tail.js';

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

export function classify(line: Line): Token {
  const value = line.text.trim();
  for (const rule of RULES) {
    const match = rule.match(value, line.text);
    if (match === null) continue;
    const token: { -readonly [K in keyof Token]: Token[K] } = { kind: rule.name, line, value };
    if (match.name !== undefined) token.name = match.name;
    if (match.tail !== undefined) token.tail = match.tail;
    return token;
  }
  // Unreachable: the last rule matches everything.
  return { kind: 'text', line, value };
}
