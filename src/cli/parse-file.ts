// One input of `parse` or `stats`: read it, check it is UTF-8, parse it, and hand back
// what the command asked for. Runs inside a worker thread (see worker.ts) or inline.
//
//   { input: { path: 'dumps/a.txt' }, settings, output: { kind: 'json', indent: 0 } }
//     → { kind: 'json', json: '{"headline":"Harbor City ferry returns…",…}' }
//   { input: { path: 'missing.txt' }, … }
//     → { kind: 'failure', failure: { code: 'unreadable', message: 'cannot read: no such file or directory (ENOENT)', line: 1, column: 1 } }
//
// Never throws for a problem with the input: every problem is a Failure.

import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { getSystemErrorMap } from 'node:util';
// The parser itself, not the package index: workers then never load zod (the schemas).
import { NewsDumpError } from '../errors.js';
import type { Article } from '../index.js';
import { parseArticle, type ParseOptions } from '../parse-article.js';
import { summarizeArticle, type ArticleSummary } from './article-summary.js';
import type { Failure } from './failure.js';
import { strictFailure } from './strict-failure.js';
import { tempPathFor } from './temp-path.js';
import { findInvalidUtf8 } from './utf8-check.js';

export interface ParseSettings {
  readonly strict: boolean;
  readonly sources: readonly string[];
  /** An ISO time for every input, `'mtime'` for each file's modification time, or none. */
  readonly capturedAt: string | null;
}

export type FileOutput =
  | { readonly kind: 'json'; readonly indent: 0 | 2 }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'summary' };

export interface FileTask {
  /** A file to read, or bytes the main thread already read (stdin). */
  readonly input: { readonly path: string } | { readonly bytes: Uint8Array };
  readonly settings: ParseSettings;
  readonly output: FileOutput;
}

export type FileOutcome =
  | { readonly kind: 'json'; readonly json: string }
  | { readonly kind: 'written'; readonly path: string }
  | { readonly kind: 'summary'; readonly summary: ArticleSummary }
  | { readonly kind: 'failure'; readonly failure: Failure };

export function parseFile(task: FileTask): FileOutcome {
  const read = readInput(task);
  if ('failure' in read) return read;
  const text = read.text;
  let article: Article;
  try {
    article = parseArticle(text, parseOptions(task.settings, read.mtime));
  } catch (error) {
    return { kind: 'failure', failure: parseFailure(error) };
  }
  const output = task.output;
  switch (output.kind) {
    case 'json':
      return { kind: 'json', json: JSON.stringify(article, null, output.indent) };
    case 'summary':
      return { kind: 'summary', summary: summarizeArticle(article) };
    case 'file':
      return writeAtomically(output.path, `${JSON.stringify(article, null, 2)}\n`);
  }
}

type Read = { text: string; mtime: Date | null } | { kind: 'failure'; failure: Failure };

function readInput(task: FileTask): Read {
  const input = task.input;
  let bytes: Uint8Array;
  let mtime: Date | null = null;
  try {
    if ('bytes' in input) {
      bytes = input.bytes;
    } else {
      if (task.settings.capturedAt === 'mtime') mtime = statSync(input.path).mtime;
      bytes = readFileSync(input.path);
    }
  } catch (error) {
    return { kind: 'failure', failure: wholeFile('unreadable', `cannot read: ${systemMessage(error)}`) };
  }
  const problem = findInvalidUtf8(bytes);
  if (problem !== null) {
    const byte = bytes[problem.offset]?.toString(16).padStart(2, '0') ?? 'end of input';
    const failure: Failure = {
      code: 'not-utf8',
      message: `not UTF-8 text (byte 0x${byte} at offset ${problem.offset})`,
      line: problem.line,
      column: problem.column,
    };
    return { kind: 'failure', failure };
  }
  try {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), mtime };
  } catch (error) {
    // A file past V8's string limit (about 512 MiB) cannot become one string.
    return { kind: 'failure', failure: wholeFile('unreadable', `cannot read: ${systemMessage(error)}`) };
  }
}

function parseOptions(settings: ParseSettings, mtime: Date | null): ParseOptions {
  const options: ParseOptions = { strict: settings.strict, sources: settings.sources };
  if (settings.capturedAt === 'mtime') {
    // stdin has no modification time: the main thread sends the time it was read instead.
    if (mtime !== null) options.capturedAt = mtime;
  } else if (settings.capturedAt !== null) {
    options.capturedAt = settings.capturedAt;
  }
  return options;
}

/** Strict mode's NewsDumpError → its diagnostic; anything else is a bug worth reporting. */
function parseFailure(error: unknown): Failure {
  if (error instanceof NewsDumpError) return strictFailure(error);
  return wholeFile('internal-error', error instanceof Error ? error.message : String(error));
}

/** Write beside the target, then rename: a reader (or Ctrl-C) never sees half a file. */
function writeAtomically(path: string, content: string): FileOutcome {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    return { kind: 'failure', failure: wholeFile('unwritable', `cannot write ${path}: ${systemMessage(error)}`) };
  }
  return { kind: 'written', path };
}

function wholeFile(code: Failure['code'], message: string): Failure {
  return { code, message, line: 1, column: 1 };
}

/** "no such file or directory (ENOENT)" rather than Node's message, which repeats the path. */
function systemMessage(error: unknown): string {
  if (error instanceof Error && 'errno' in error && typeof error.errno === 'number' && 'code' in error) {
    const known = getSystemErrorMap().get(error.errno);
    if (known !== undefined) return `${known[1]} (${known[0]})`;
  }
  return error instanceof Error ? error.message : String(error);
}
