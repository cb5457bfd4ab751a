// Spawn the built CLI (main.js, built by global-setup.ts) the way a shell would, and
// collect what it did.
//
//   await runCli(['parse', 'dumps', '--jobs', '2'])  →  { status: 0, stdout: '{"file":…}\n…', stderr: '' }
//   await runCli(['map'], { input: '{"id":1,"text":"…"}\n' })

import { spawn } from 'node:child_process';
import { inject } from 'vitest';

export const CLI = inject('cliPath');

export interface CliResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Written to stdin, which is then closed; without it stdin is empty (not a terminal). */
  readonly input?: string | Buffer;
  readonly cwd?: string;
  /** Node flags before the script, e.g. --max-old-space-size=128. */
  readonly nodeFlags?: readonly string[];
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => {}); // the tool may exit (usage error) before reading it
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** The JSONL lines of `stdout`, parsed. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}
