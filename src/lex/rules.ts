// The line rule table: each line is classified by the first rule that matches.
// The order is part of the dialect (a lone "-" is a separator before it is text;
// "By Jane Doe" is a byline shape before it is text). Context-free: the grammar in
// src/tree decides what a classified line means where it stands.
// tokenize.ts's classify() walks this table; it is the only place the order lives.

import { matchByline } from './byline.js';
import { isBoilerplate } from './boilerplate.js';
import { scanAttributionTail, type AttributionTail } from './attribution-tail.js';

export type TokenKind =
  | 'blank'
  | 'separator'
  | 'image'
  | 'byline'
  | 'boilerplate'
  | 'attribution'
  | 'text';

/** What a rule learned about a line besides its kind. */
export interface RuleMatch {
  /** byline: the name ("By Jane Doe" → "Jane Doe"). */
  readonly name?: string;
  /** attribution: where " - age" sits. */
  readonly tail?: AttributionTail;
}

export interface Rule {
  readonly name: TokenKind;
  /** `trimmed` is the line without surrounding whitespace; `text` is the line as is. */
  readonly match: (trimmed: string, text: string) => RuleMatch | null;
}

const MATCHED: RuleMatch = Object.freeze({});

/** The image rule's shape test: "![" … ")" (the tree's image construct parses the inside). */
export function isImageShape(trimmed: string): boolean {
  // startsWith('![') && endsWith(')') by character code, without the two calls
  return (
    trimmed.charCodeAt(0) === 33 /* ! */ &&
    trimmed.charCodeAt(1) === 91 /* [ */ &&
    trimmed.charCodeAt(trimmed.length - 1) === 41 /* ) */
  );
}

export const RULES: readonly Rule[] = Object.freeze([
  // "" or "   "
  { name: 'blank', match: (trimmed) => (trimmed.length === 0 ? MATCHED : null) },
  // "-"
  { name: 'separator', match: (trimmed) => (trimmed === '-' ? MATCHED : null) },
  // "![alt](https://x/y.png "title")" (its inside is parsed by the tree's image construct)
  {
    name: 'image',
    match: (trimmed) => (isImageShape(trimmed) ? MATCHED : null),
  },
  // "By Jane Doe"
  {
    name: 'byline',
    match: (trimmed) => {
      const name = matchByline(trimmed);
      return name === null ? null : { name };
    },
  },
  // "Advertisement"
  { name: 'boilerplate', match: (trimmed) => (isBoilerplate(trimmed) ? MATCHED : null) },
  // "…summary.Source - 4h -"
  {
    name: 'attribution',
    match: (_trimmed, text) => {
      const tail = scanAttributionTail(text);
      return tail === null ? null : { tail };
    },
  },
  // anything else
  { name: 'text', match: () => MATCHED },
]);
