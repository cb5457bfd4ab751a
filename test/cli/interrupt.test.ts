// Ctrl-C during `parse --out`: the tool stops its workers, exits 130, and leaves only
// whole output files (each is written under a temp name, then renamed).

import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILES, fixtureText, scratchDir } from './fixtures.js';
import { CLI } from './run-cli.js';

const INPUTS = 4000;

describe('Ctrl-C during parse --out', () => {
  it.each([['1'], ['2']])('with --jobs %s: exits 130 and leaves no partial file', async (jobs) => {
    const dir = scratchDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    const texts = FIXTURE_FILES.map(fixtureText);
    for (let i = 0; i < INPUTS; i++) writeFileSync(join(input, `${String(i).padStart(4, '0')}.txt`), texts[i % texts.length]!);
    const out = join(dir, 'out');

    const child = spawn(process.execPath, [CLI, 'parse', input, '--out', out, '--jobs', jobs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Interrupt once the first outputs exist, in the middle of the run.
    const listOut = (): string[] => {
      try {
        return readdirSync(out);
      } catch {
        return [];
      }
    };
    while (listOut().filter((name) => name.endsWith('.json')).length < 10) await sleep(5);
    child.kill('SIGINT');
    const status = await closed;

    expect(stderr).toBe('');
    expect(status).toBe(130);
    const left = listOut();
    expect(left.filter((name) => !name.endsWith('.json'))).toEqual([]); // no temp files
    expect(left.length).toBeLessThan(INPUTS); // it really stopped early
    for (const name of left) expect(() => JSON.parse(readFileSync(join(out, name), 'utf8')) as unknown).not.toThrow();
  }, 30_000);
});
