// Why one input produced no Article, and how a failure is shown on stderr.
//
//   formatFailure('dumps/a.txt', { code: 'orphan-line', message: 'Stray text', line: 12, column: 1 })
//     → "dumps/a.txt:12:1: orphan-line Stray text"

import type { DiagnosticCode } from '../index.js';

/** Codes the tool adds to the library's diagnostic codes (which strict mode reports). */
export type FailureCode = DiagnosticCode | 'unreadable' | 'unwritable' | 'not-utf8' | 'internal-error';

export interface Failure {
  readonly code: FailureCode;
  readonly message: string;
  /** 1-based; 1 for problems with the whole file (it cannot be read). */
  readonly line: number;
  /** 1-based, in UTF-16 code units like the library's diagnostics. */
  readonly column: number;
}

/** `file:line:column: code message`, the shape editors and compilers use. */
export function formatFailure(file: string, failure: Failure): string {
  return `${file}:${failure.line}:${failure.column}: ${failure.code} ${failure.message}`;
}
