// The JSONL records `parse` writes, one line per input.
//
//   articleRecord('dumps/a.txt', '{"headline":"Harbor City ferry returns…",…}')
//     → {"file":"dumps/a.txt","article":{"headline":"Harbor City ferry returns…",…}}
//   errorRecord('dumps/b.txt', { code: 'not-utf8', message: '…', line: 3, column: 14 })
//     → {"file":"dumps/b.txt","error":{"code":"not-utf8","message":"…","line":3,"column":14}}
//
// The Article arrives already serialised (by the worker), so it is spliced in as text.

import type { Failure } from './failure.js';

export function articleRecord(file: string, articleJson: string): string {
  return `{"file":${JSON.stringify(file)},"article":${articleJson}}`;
}

export function errorRecord(file: string, failure: Failure): string {
  const { code, message, line, column } = failure;
  return JSON.stringify({ file, error: { code, message, line, column } });
}
