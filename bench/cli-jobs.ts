// The CLI's worker pool, measured: 10,000 generated dumps parsed by the built
// `newsdump parse DIR` with --jobs 1 (on the main thread) and --jobs 2 (two worker
// threads), best of five runs each, outputs compared, the speed-up printed.
//
//   npm run bench:cli
//   → cli parse: jobs 1: 0.55 s (18317 dumps/s) · jobs 2: 0.65 s (15414 dumps/s) · speed-up ×0.84 …
//     (a 2-vCPU VM, where a second thread buys little; see README, "Throughput")
//
// The CLI is built for the run into a folder of its own (tsup.config.ts's `cli`
// options), so a build of dist/ running at the same time cannot disturb it.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { cli as cliBuild } from '../tsup.config.js';

const DUMPS = 10_000;
const RUNS = 5;

/** A small seeded generator, so every run parses the same dumps. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = (
  'harbor council ferry storm pier budget school river transit mayor vote plan county ' +
  'festival library bridge market rail station farm water season report crew shift port ' +
  'district road board hospital night route island museum park court trial league'
).split(' ');
const OUTLETS = ['Harborview Ledger', 'Pinecrest Daily', 'KQRT 7 News', 'Associated Press', 'Reuters', 'NPR', 'The Millbrook Sentinel'];
const HEADINGS = ['Related Coverage', 'More from Harborview Ledger', 'More in Politics', 'Trending', null];

function dump(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (): string => {
    const text = words(8 + Math.floor(next() * 14));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const lines = [sentence().slice(0, -1), `By ${pick(['Ana Ruiz', 'Tom Becker', 'Mei Chen'])}`];
  const paragraphs = 4 + Math.floor(next() * 8);
  for (let p = 0; p < paragraphs; p++) lines.push(Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' '));
  const rails = 1 + Math.floor(next() * 4);
  for (let r = 0; r < rails; r++) {
    const heading = pick(HEADINGS);
    if (heading !== null && r > 0) lines.push(heading);
    lines.push('-');
    const teasers = 2 + Math.floor(next() * 5);
    for (let t = 0; t < teasers; t++) {
      const age = `${1 + Math.floor(next() * 23)}${pick(['m', 'h', 'd'])}`;
      lines.push(sentence().slice(0, -1), `${sentence()}${pick(OUTLETS)} - ${age}${t < teasers - 1 ? ' -' : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function run(cli: string, dir: string, jobs: number, outFile: string): number {
  const out = openSync(outFile, 'w');
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'parse', dir, '--jobs', String(jobs), '--no-progress'], {
    stdio: ['ignore', out, 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  if (result.status !== 0) throw new Error(`newsdump parse --jobs ${jobs} exited ${String(result.status)}`);
  return seconds;
}

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

const root = mkdtempSync(join(tmpdir(), 'newsdump-bench-cli-'));
// Under node_modules/.cache, where the bundle's imports (commander, piscina …) resolve.
const cache = join(import.meta.dirname, '..', 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const cliDir = mkdtempSync(join(cache, 'newsdump-bench-cli-'));
try {
  await build({ ...cliBuild, outDir: cliDir, config: false, silent: true });
  const cli = join(cliDir, 'main.js');
  const dir = join(root, 'dumps');
  const next = random(2025);
  let bytes = 0;
  for (let i = 0; i < DUMPS; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = dump(next);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), text);
  }
  console.log(`${DUMPS} generated dumps, ${(bytes / 1e6).toFixed(1)} MB, ${RUNS} runs each (best counts)`);

  const best = new Map<number, number>([[1, Infinity], [2, Infinity]]);
  for (let r = 0; r < RUNS; r++) {
    for (const jobs of [1, 2]) best.set(jobs, Math.min(best.get(jobs)!, run(cli, dir, jobs, join(root, `out-${jobs}.jsonl`))));
  }
  const same = digest(join(root, 'out-1.jsonl')) === digest(join(root, 'out-2.jsonl'));
  if (!same) throw new Error('--jobs 1 and --jobs 2 wrote different output');
  const lines = readFileSync(join(root, 'out-2.jsonl'), 'utf8').split('\n').length - 1;
  if (lines !== DUMPS) throw new Error(`expected ${DUMPS} JSONL lines, got ${lines}`);

  const one = best.get(1)!;
  const two = best.get(2)!;
  const rate = (seconds: number): string => `${Math.round(DUMPS / seconds)} dumps/s`;
  console.log(
    `cli parse: jobs 1: ${one.toFixed(2)} s (${rate(one)}) · jobs 2: ${two.toFixed(2)} s (${rate(two)}) · ` +
      `speed-up ×${(one / two).toFixed(2)} (identical output)`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(cliDir, { recursive: true, force: true });
}
