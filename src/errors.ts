// Errors the library throws: a TypeError for a wrong argument, a NewsDumpError for
// the first error diagnostic in strict mode.

import type { Diagnostic, DiagnosticCode } from './diagnostics.js';

/** Thrown by `parseArticle(text, { strict: true })` at the first error diagnostic. */
export class NewsDumpError extends Error {
  override readonly name = 'NewsDumpError';
  /** The diagnostic code, e.g. `"orphan-line"`. */
  readonly code: DiagnosticCode;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;

  constructor(diagnostic: Diagnostic) {
    super(`${diagnostic.line}:${diagnostic.column}: ${diagnostic.code}: ${diagnostic.message}`);
    this.code = diagnostic.code;
    this.line = diagnostic.line;
    this.column = diagnostic.column;
  }
}

/** "a number (42)", "null", "an object": what a wrong argument was, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return value instanceof Uint8Array ? 'a Uint8Array (decode it to a string first)' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** Thrown by `formatArticle` when an Article cannot be written so that it reads back the same. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  /** Where in the Article the problem is, e.g. `"rails[0].items[2].source"`. */
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
  }
}
