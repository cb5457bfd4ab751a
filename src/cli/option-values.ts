// Command-line option text → the value a command uses. Each throws commander's
// InvalidArgumentError (or a UsageError), which becomes a usage message and exit 2.
//
//   jobsOption('4')                        → 4          (countOption: any count ≥ 1)
//   capturedAtOption('2025-03-10T08:00Z')  → '2025-03-10T08:00Z'   ('mtime' passes through)
//   extensionsOption('.txt,dump')          → ['txt', 'dump']
//   readSourcesFile('sources.txt')         → ['Harborview Ledger', 'KQRT 7 News']

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
import { parseArticle } from '../parse-article.js';
import { UsageError } from './usage-error.js';

/** `-j, --jobs <n>` for the file commands: one worker thread per core by default. */
export function jobsFlag(): Option {
  const cores = availableParallelism();
  return new Option('-j, --jobs <n>', 'worker threads').argParser(jobsOption).default(cores, `${cores}, the number of cores`);
}

/** `--ext <list>`: which files a directory walk picks up. */
export function extOption(): Option {
  return new Option('--ext <list>', 'file extensions to look for in directories, comma-separated')
    .argParser(extensionsOption)
    .default(['txt'], 'txt');
}

/** A parser for a count of something, 1 or more: `countOption('worker threads')('4')` → 4. */
export function countOption(what: string): (value: string) => number {
  return (value) => {
    const count = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count) || count < 1) {
      throw new InvalidArgumentError(`expected a whole number of ${what}, 1 or more.`);
    }
    return count;
  };
}

export const jobsOption = countOption('worker threads');

/** An ISO 8601 time, or `mtime` (each file's modification time). */
export function capturedAtOption(value: string): string {
  if (value === 'mtime') return value;
  // The library decides what a valid capture time is: ask it with an empty dump.
  try {
    parseArticle('', { capturedAt: value });
  } catch {
    throw new InvalidArgumentError('expected an ISO 8601 time such as 2025-03-10T08:00:00Z, or "mtime".');
  }
  return value;
}

export function extensionsOption(value: string): string[] {
  const extensions = value
    .split(',')
    .map((part) => part.trim().replace(/^\./, ''))
    .filter((part) => part !== '');
  if (extensions.length === 0) throw new InvalidArgumentError('expected extensions such as "txt" or "txt,dump".');
  return extensions;
}

/** A --sources file: one publisher name a line, blank lines skipped, spaces trimmed. */
export function readSourcesFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--sources: cannot read ${path} (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})`);
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
