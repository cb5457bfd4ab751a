// The line rule table: each line is classified by the first rule that matches.
// The order is part of the dialect (a lone "-" is a separator before it is text;
// "By Jane Doe" is a byline shape before it is text). Context-free: the grammar in
// src/tree decides what a classified line means where it stands.
// tokenize.ts walks this table in this order (a call site per rule); it is the only
// place the order lives.

import { looksLikeByline, matchByline } from './byline.js';
import { isBoilerplate } from './boilerplate.js';
import { newTail, scanAttributionTail, type AttributionTail } from './attribution-tail.js';

export type TokenKind =
  | 'blank'
  | 'separator'
  | 'image'
  | 'byline'
  | 'boilerplate'
  | 'attribution'
  | 'text';

/**
 * What a rule learned about a line besides its kind. The attribution rule's match is
 * one object rewritten for every line it matches: read it before the next line.
 */
export interface RuleMatch {
  /** byline: the name ("By Jane Doe" → "Jane Doe"). */
  readonly name?: string;
  /** attribution: where " - age" sits (offsets into the input). */
  readonly tail?: AttributionTail;
}

/**
 * A line as the rules see it: `input.slice(from, to)` is the line without surrounding
 * whitespace, `input.slice(textFrom, textTo)` the line as is. Offsets, so that no rule
 * copies a line it turns away.
 */
export interface RuleLine {
  readonly input: string;
  readonly from: number;
  readonly to: number;
  readonly textFrom: number;
  readonly textTo: number;
}

export interface Rule {
  readonly name: TokenKind;
  readonly match: (line: RuleLine) => RuleMatch | null;
}

const MATCHED: RuleMatch = Object.freeze({});
/** The attribution rule's match (see RuleMatch). */
const TAIL_MATCH = { tail: newTail() };

/** The image rule's shape test on a trimmed line: "![" … ")" (the tree's image construct parses the inside). */
export function isImageShape(trimmed: string, from = 0, to = trimmed.length): boolean {
  // startsWith('![') && endsWith(')') by character code, without the two calls
  return (
    to - from >= 3 &&
    trimmed.charCodeAt(from) === 33 /* ! */ &&
    trimmed.charCodeAt(from + 1) === 91 /* [ */ &&
    trimmed.charCodeAt(to - 1) === 41 /* ) */
  );
}

export const RULES: readonly Rule[] = Object.freeze([
  // "" or "   "
  { name: 'blank', match: (line) => (line.to === line.from ? MATCHED : null) },
  // "-"
  { name: 'separator', match: (line) => (line.to - line.from === 1 && line.input.charCodeAt(line.from) === 45 ? MATCHED : null) },
  // "![alt](https://x/y.png "title")" (its inside is parsed by the tree's image construct)
  {
    name: 'image',
    match: (line) => (isImageShape(line.input, line.from, line.to) ? MATCHED : null),
  },
  // "By Jane Doe" (not "Di Pasar Senen, harga naik.detikFinance - 3d": a teaser line)
  {
    name: 'byline',
    match: ({ input, from, to, textFrom, textTo }) => {
      // The line is copied only when it opens like a byline ("By", "Von", …).
      if (!looksLikeByline(input, from, to)) return null;
      const name = matchByline(input.slice(from, to));
      if (name === null || scanAttributionTail(input, textFrom, textTo) !== null) return null;
      return { name };
    },
  },
  // "Advertisement"
  { name: 'boilerplate', match: (line) => (isBoilerplate(line.input, line.from, line.to) ? MATCHED : null) },
  // "…summary.Source - 4h -"
  {
    name: 'attribution',
    match: (line) => {
      // The tail ends in its unit letter or the item separator's "-": most lines are
      // turned away by their last character.
      const last = line.input.charCodeAt(line.to - 1);
      if (last !== 45 /* - */ && last !== 104 /* h */ && last !== 100 /* d */ && last !== 109 /* m */ && last !== 119 /* w */) return null;
      return scanAttributionTail(line.input, line.textFrom, line.textTo, TAIL_MATCH.tail) === null ? null : TAIL_MATCH;
    },
  },
  // anything else
  { name: 'text', match: () => MATCHED },
]);
