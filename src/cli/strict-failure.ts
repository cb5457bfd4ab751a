// Strict mode's NewsDumpError → the diagnostic it stands for, without the
// "line:column: code: " prefix its message repeats.
//
//   NewsDumpError("7:1: orphan-line: Stray line in a rail: \"Weather\"")
//     → { code: 'orphan-line', message: 'Stray line in a rail: "Weather"', line: 7, column: 1 }

import type { DiagnosticCode, NewsDumpError } from '../index.js';

export interface StrictFailure {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export function strictFailure(error: NewsDumpError): StrictFailure {
  const prefix = `${error.line}:${error.column}: ${error.code}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { code: error.code, message, line: error.line, column: error.column };
}
