// The repository's fixture dumps (test/fixtures/*.txt) as the CLI tests use them, and
// scratch directories for inputs and outputs.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Fixture file names (NAME.txt), in the order the CLI walks them. */
export const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();

export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

/** A fresh temp directory, removed after the test file. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdump-cli-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
