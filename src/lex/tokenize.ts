// Lines → tokens: every line gets exactly one token, in order.
//
//   "Headline\n![a](u)\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → text, image, text, separator, text, attribution

import { scanAttributionTail, type AttributionTail } from './attribution-tail.js';
import { isBoilerplate } from './boilerplate.js';
import { matchByline } from './byline.js';
import { splitLines, type Line } from './lines.js';
import { isImageShape, type TokenKind } from './rules.js';

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

/**
 * The token of the first rule in RULES that matches the line: the rules applied in
 * the table's order, by direct calls.
 */
export function classify(line: Line): Token {
  const text = line.text;
  const value = text.trim();
  if (value.length === 0) return token('blank', line, value);
  if (value === '-') return token('separator', line, value);
  if (isImageShape(value)) return token('image', line, value);
  const name = matchByline(value);
  if (name !== null) return { kind: 'byline', line, value, name };
  if (isBoilerplate(value)) return token('boilerplate', line, value);
  const tail = scanAttributionTail(text);
  if (tail !== null) return { kind: 'attribution', line, value, tail };
  return token('text', line, value);
}

function token(kind: TokenKind, line: Line, value: string): Token {
  return { kind, line, value };
}
