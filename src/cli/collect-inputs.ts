// Command-line paths → the inputs to parse, in a fixed order.
//
//   ['dumps', 'extra.dump', '-']  with extensions ['txt']
//     → dumps/a.txt, dumps/world/b.txt, dumps/world/c.txt   (found: root 'dumps', sorted by name)
//       extra.dump                                          (named: parsed whatever its extension)
//       stdin
//
// Directories are walked depth first, names sorted by code unit so the order is the
// same on every machine; symbolic links to files are followed, to directories not
// (no loops). A named path that does not exist stays in the list and fails when read,
// like any unreadable file.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Failure } from './failure.js';
import { UsageError } from './usage-error.js';

export type Input =
  /** `root`: the directory argument the file was found under, null when named directly. */
  | { readonly kind: 'file'; readonly path: string; readonly root: string | null }
  | { readonly kind: 'stdin' }
  /** A directory inside the walk that could not be listed. */
  | { readonly kind: 'unlisted'; readonly path: string; readonly failure: Failure };

/** How an input is named in output records and messages. */
export function inputName(input: Input): string {
  return input.kind === 'stdin' ? '-' : input.path;
}

/**
 * The inputs a command's path arguments name: stdin when there are none (unless stdin
 * is a terminal, which is a usage error), and stdin at most once.
 */
export async function commandInputs(paths: readonly string[], extensions: readonly string[]): Promise<Input[]> {
  if (paths.length === 0 && process.stdin.isTTY === true) {
    throw new UsageError('no input: name files or directories, or pipe a dump into stdin');
  }
  const named = paths.length === 0 ? ['-'] : paths;
  if (named.filter((path) => path === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  return collectInputs(named, extensions);
}

export async function collectInputs(paths: readonly string[], extensions: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: 'stdin' });
    } else if (await isDirectory(path)) {
      await walk(path, path, extensions, inputs);
    } else {
      inputs.push({ kind: 'file', path, root: null });
    }
  }
  return inputs;
}

/** `name` ends in `.ext` for one of `extensions` (given without the dot), any case. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((extension) => lower.endsWith(`.${extension.toLowerCase()}`));
}

async function walk(root: string, dir: string, extensions: readonly string[], into: Input[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    into.push({ kind: 'unlisted', path: dir, failure: { code: 'unreadable', message: `cannot list directory (${reason})`, line: 1, column: 1 } });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(root, path, extensions, into);
    } else if (hasExtension(entry.name, extensions) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) {
      into.push({ kind: 'file', path, root });
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // missing or unreadable: reading it will say why
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link
  }
}
