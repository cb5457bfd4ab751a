// The progress bar: drawn on stderr only when it is a terminal and there are more than
// a few files, never with --no-progress. The decision is a pure function; the pseudo-
// terminal runs (util-linux `script`) check the built tool follows it.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_FILES, shouldShowProgress } from '../../src/cli/show-progress.js';
import { FIXTURE_FILES, FIXTURES } from './fixtures.js';
import { CLI, runCli } from './run-cli.js';

describe('shouldShowProgress', () => {
  it.each([
    [{ wanted: true, stderrIsTTY: true, files: 200 }, true],
    [{ wanted: true, stderrIsTTY: true, files: PROGRESS_MIN_FILES + 1 }, true],
    [{ wanted: true, stderrIsTTY: true, files: PROGRESS_MIN_FILES }, false],
    [{ wanted: true, stderrIsTTY: false, files: 200 }, false],
    [{ wanted: false, stderrIsTTY: true, files: 200 }, false],
  ])('%j → %s', (context, expected) => {
    expect(shouldShowProgress(context)).toBe(expected);
  });
});

/** What the terminal shows when `args` run under a pseudo-terminal, stdout thrown away. */
function underTerminal(args: string[]): string {
  const quoted = [process.execPath, CLI, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
  return execFileSync('script', ['-qec', `${quoted} > /dev/null`, '/dev/null'], { encoding: 'utf8' });
}

describe('the progress bar', () => {
  const total = FIXTURE_FILES.length;

  it('is drawn with files done / total, rate and ETA when stderr is a terminal', () => {
    const screen = underTerminal(['parse', FIXTURES, '--jobs', '1']);
    expect(screen).toContain(`${total}/${total} files`);
    expect(screen).toMatch(/\d+ files\/s \| ETA /);
  });

  it('is not drawn with --no-progress, or for a few files', () => {
    expect(underTerminal(['parse', FIXTURES, '--no-progress'])).not.toContain('files |');
    const few = FIXTURE_FILES.slice(0, PROGRESS_MIN_FILES).map((file) => join(FIXTURES, file));
    expect(underTerminal(['parse', ...few])).not.toContain('files |');
  });

  it('leaves stderr empty when it is not a terminal', async () => {
    const result = await runCli(['parse', FIXTURES, '--jobs', '2']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
