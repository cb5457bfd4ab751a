// `map`, one record: a JSONL input line → the JSONL output line (without its "\n").
//
//   {"id":"a1","text":"Harbor City ferry returns…\n-\n…"}  →  {"id":"a1","article":{"headline":"Harbor City ferry returns…",…}}
//   {"id":"a2","text":42}                                  →  {"id":"a2","error":{"code":"invalid-record","message":"\"text\" must be a string, got a number (42)"}}
//   Harbor City ferry                                      →  {"id":null,"error":{"code":"invalid-record","message":"not JSON: …"}}
//
// `id` is echoed whatever JSON value it is (null when absent). A record may carry its
// own "capturedAt", which wins over --captured-at. Never throws for a bad record.

// The parser itself, not the package index: workers then never load zod (the schemas).
import { describe, NewsDumpError } from '../errors.js';
import { parseArticle, type ParseOptions } from '../parse-article.js';
import { strictFailure } from './strict-failure.js';
import { findInvalidUtf8 } from './utf8-check.js';

export interface MapSettings {
  readonly strict: boolean;
  readonly sources: readonly string[];
  readonly capturedAt: string | null;
}

export interface LineTask {
  /** The line's bytes, without the line break. */
  readonly bytes: Uint8Array;
  readonly settings: MapSettings;
}

export type RecordErrorCode = 'invalid-record' | 'not-utf8' | NewsDumpError['code'];

/** The `error` member of an output line; `line` and `column` point into the record's text. */
export interface RecordError {
  readonly code: RecordErrorCode;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export function mapLine(task: LineTask): string {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const invalid = findInvalidUtf8(bytes);
  // Still try to read the id from the damaged line, so the error can be matched to its input.
  const record = readRecord(bytes.toString('utf8'));
  if (invalid !== null) {
    return errorLine(record.id, { code: 'not-utf8', message: `not UTF-8 (byte offset ${invalid.offset} of the line)` });
  }
  if ('error' in record) return errorLine(record.id, record.error);

  const options: ParseOptions = { strict: task.settings.strict, sources: task.settings.sources };
  const capturedAt = record.capturedAt ?? task.settings.capturedAt;
  if (capturedAt !== null) options.capturedAt = capturedAt;
  try {
    return `{"id":${JSON.stringify(record.id)},"article":${JSON.stringify(parseArticle(record.text, options))}}`;
  } catch (error) {
    if (error instanceof NewsDumpError) return errorLine(record.id, strictFailure(error));
    // The only TypeError left is the record's own capturedAt (readRecord checked the text).
    const message = error instanceof Error ? error.message : String(error);
    return errorLine(record.id, { code: 'invalid-record', message });
  }
}

type Record =
  | { readonly id: unknown; readonly text: string; readonly capturedAt: string | number | null }
  | { readonly id: unknown; readonly error: RecordError };

function readRecord(line: string): Record {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = line.trim() === '' ? 'an empty line' : `not JSON: ${(error as Error).message}`;
    return { id: null, error: { code: 'invalid-record', message: reason } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, error: { code: 'invalid-record', message: 'a record must be a JSON object {"id": …, "text": "…"}' } };
  }
  const fields = value as { id?: unknown; text?: unknown; capturedAt?: unknown };
  const id = fields.id ?? null;
  if (typeof fields.text !== 'string') {
    return { id, error: { code: 'invalid-record', message: `"text" must be a string, got ${describe(fields.text)}` } };
  }
  const capturedAt = fields.capturedAt ?? null;
  if (capturedAt !== null && typeof capturedAt !== 'string' && typeof capturedAt !== 'number') {
    return { id, error: { code: 'invalid-record', message: `"capturedAt" must be an ISO time, got ${describe(capturedAt)}` } };
  }
  return { id, text: fields.text, capturedAt };
}

function errorLine(id: unknown, error: RecordError): string {
  return `{"id":${JSON.stringify(id)},"error":${JSON.stringify(error)}}`;
}
