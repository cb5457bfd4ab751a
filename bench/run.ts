// npm run bench [-- --quick] [-- --check] [-- --dist path/to/index.js] [-- --no-write]
//
// Measures the BUILT package (dist/, built by the npm script first) side by side with
// two baselines on the same inputs, in one run:
//
//   parseArticle       the default call, and with { capturedAt }
//   floor              text.split(/\r?\n/) and one anchored regex test per line: what any
//                      line grammar must at least do
//   remark             unified().use(remarkParse).parse(text) over the whole dump (the
//                      processor is built once, which only flatters remark)
//
// Inputs: a seeded corpus of varied dumps (bench/generate.ts), the example dump, and
// single generated dumps of 10 KB, 100 KB, 1 MB and 10 MB. Then, in child processes:
// the peak heap of one parse per size (bench/heap-probe.ts) and the cold import time
// of the package. Prints the figures and the targets of issue #5, and writes them to
// bench/results.md (the full run only; --quick is for development and writes nothing).

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GCProfiler } from 'node:v8';
import remarkParse from 'remark-parse';
import { Bench } from 'tinybench';
import { unified } from 'unified';
import type * as Newsdump from '../src/index.js';
import { CORPUS_SEED, generateCorpus, generateDump, sizedDumpSeed } from './generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    dist: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const quick = flags.quick === true;
const distPath = resolve(flags.dist ?? join(ROOT, 'dist/index.js'));
const distUrl = pathToFileURL(distPath).href;
const write = !quick && flags['no-write'] !== true;

const { parseArticle } = (await import(distUrl)) as typeof Newsdump;

// ---------------------------------------------------------------------------------
// Settings

const CORPUS_SIZE = quick ? 200 : 1000;
const CAPTURED_AT = '2025-03-03T12:00:00Z';
const SIZES = quick
  ? [10_000, 100_000, 1_000_000]
  : [10_000, 100_000, 1_000_000, 10_000_000];
/**
 * Per input and method: the total time and the least number of calls, split over
 * `rounds`. The methods of one input take turns round by round (A B C D, D C B A, …),
 * so that a slow spell of a busy machine falls on all of them alike.
 */
interface Budget {
  readonly time: number;
  readonly iterations: number;
  readonly warmupIterations: number;
  readonly rounds: number;
}
const budgetFor = (bytes: number, method: Method): Budget => {
  const slow = method === 'remark';
  if (bytes >= 5_000_000) return slow ? { time: 0, iterations: 1, warmupIterations: 0, rounds: 1 } : { time: 4000, iterations: 4, warmupIterations: 1, rounds: 2 };
  if (bytes >= 500_000) return { time: quick ? 400 : 2000, iterations: slow ? 2 : 4, warmupIterations: 1, rounds: slow ? 1 : 2 };
  return { time: quick ? 400 : 2000, iterations: 8, warmupIterations: 8, rounds: quick ? 2 : 4 };
};
const corpusBudget = (method: Method): Budget => ({
  time: quick ? 1500 : 6000,
  // remark covers the corpus once at least; the others many times over
  iterations: method === 'remark' ? CORPUS_SIZE : 0,
  warmupIterations: method === 'remark' ? 50 : 500,
  rounds: quick ? 3 : 6,
});

// ---------------------------------------------------------------------------------
// The methods

type Method = 'parseArticle' | 'parseArticle+capturedAt' | 'floor' | 'remark';
const METHODS: readonly Method[] = ['parseArticle', 'parseArticle+capturedAt', 'floor', 'remark'];

/** Keeps results reachable so that no call can be optimised away. */
let sink: unknown = null;
const SEPARATOR = /^\s*-\s*$/;
const remark = unified().use(remarkParse).freeze();

const run: Record<Method, (text: string) => void> = {
  parseArticle: (text) => {
    sink = parseArticle(text);
  },
  'parseArticle+capturedAt': (text) => {
    sink = parseArticle(text, { capturedAt: CAPTURED_AT });
  },
  floor: (text) => {
    let separators = 0;
    for (const line of text.split(/\r?\n/)) if (SEPARATOR.test(line)) separators++;
    sink = separators;
  },
  remark: (text) => {
    sink = remark.parse(text);
  },
};

interface Measured {
  readonly runs: number;
  /** UTF-8 bytes parsed in the timed runs. */
  readonly bytes: number;
  readonly totalMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** parseArticle only: the share of the timed rounds after the first spent in V8's collector. */
  readonly gcShare: number | null;
}

/** One method over one input's texts, round-robin (one text per call), across rounds. */
class Measurement {
  private next = 0;
  private runs = 0;
  private bytes = 0;
  private totalMs = 0;
  private readonly samples: number[] = [];
  /** Collector time and timed time of the rounds watched by a GCProfiler. */
  private gcMs = 0;
  private watchedMs = 0;

  constructor(
    readonly method: Method,
    private readonly item: Input,
    readonly budget: Budget,
  ) {}

  /** One round under tinybench: warm up in the first round only. */
  round(index: number): void {
    const { method, item, budget } = this;
    const first = index === 0;
    const bench = new Bench({
      time: budget.time / budget.rounds,
      iterations: Math.ceil(budget.iterations / budget.rounds),
      warmup: first && budget.warmupIterations > 0,
      warmupIterations: budget.warmupIterations,
      warmupTime: 0,
      throws: true,
    });
    const fn = run[method];
    const { texts, sizes } = item;
    let cursor = 0;
    let bytes = 0;
    bench.add(
      method,
      () => {
        const i = cursor++ % texts.length;
        fn(texts[i] as string);
        bytes += sizes[i] as number;
      },
      {
        // Warm-up calls start anywhere; timed calls go on where the last round stopped.
        beforeAll: (mode) => {
          cursor = mode === 'run' ? this.next : 0;
          bytes = 0;
        },
      },
    );
    // After the warm-up round, watch parseArticle's collections (not the baselines').
    const profiler = method === 'parseArticle' && !first ? new GCProfiler() : null;
    profiler?.start();
    bench.runSync();
    const collections = profiler?.stop()?.statistics ?? [];
    const result = bench.tasks[0]?.result;
    if (result === undefined || result.error !== undefined) throw result?.error ?? new Error(`${method}: no result`);
    if (profiler !== null) {
      for (const event of collections) this.gcMs += event.cost / 1000; // cost is in µs
      this.watchedMs += result.totalTime;
    }
    this.next = cursor;
    this.runs += result.latency.samples.length;
    this.bytes += bytes;
    this.totalMs += result.totalTime;
    for (const sample of result.latency.samples) this.samples.push(sample);
  }

  result(): Measured {
    const sorted = this.samples.sort((a, b) => a - b);
    return {
      runs: this.runs,
      bytes: this.bytes,
      totalMs: this.totalMs,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      gcShare: this.watchedMs > 0 ? this.gcMs / this.watchedMs : null,
    };
  }
}

/** Measure every method on `item`, the methods taking turns round by round. */
function measureInput(item: Input, budget: (method: Method) => Budget): Map<Method, Measured> {
  const measurements = METHODS.map((method) => new Measurement(method, item, budget(method)));
  const rounds = Math.max(...measurements.map((m) => m.budget.rounds));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? measurements : [...measurements].reverse();
    for (const m of order) {
      if (r >= m.budget.rounds) continue;
      m.round(r);
      collect();
    }
  }
  return new Map(measurements.map((m) => [m.method, m.result()]));
}

/** The q-quantile of sorted values (linear interpolation, as tinybench computes it). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] as number) + (at - low) * ((sorted[high] as number) - (sorted[low] as number));
}

/**
 * Between rounds: drop the last result and collect, so that no method runs with the
 * previous one's output alive (remark's tree of the 10 MB dump is several hundred MB,
 * and every major collection during the next method would mark through it).
 */
const collect = (): void => {
  sink = null;
  (globalThis as { gc?: () => void }).gc?.();
};
const formatShare = (share: number | null): string => (share === null ? '–' : `${fixed(share * 100, 0)} %`);
const mbPerS = (m: Measured): number => m.bytes / 1e6 / (m.totalMs / 1000);
const opsPerS = (m: Measured): number => m.runs / (m.totalMs / 1000);
const nsPerByte = (m: Measured): number => (m.totalMs * 1e6) / m.bytes;

// ---------------------------------------------------------------------------------
// Inputs

interface Input {
  readonly name: string;
  readonly texts: readonly string[];
  readonly sizes: readonly number[];
  /** A generated single dump: how to rebuild it (the heap probe does, in its own process). */
  readonly recipe?: { readonly seed: number; readonly bytes: number };
  readonly bytes: number;
}

/**
 * Inputs as a file read gives them: flat strings. Generated text is built by
 * concatenation, which V8 keeps as a rope until first read (see bench/heap-probe.ts).
 */
function input(name: string, generated: readonly string[], recipe?: Input['recipe']): Input {
  const texts = generated.map((text) => Buffer.from(text, 'utf8').toString('utf8'));
  const sizes = texts.map((text) => Buffer.byteLength(text));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  return recipe === undefined ? { name, texts, sizes, bytes } : { name, texts, sizes, bytes, recipe };
}

const corpus = input(`corpus (${CORPUS_SIZE} dumps)`, generateCorpus(CORPUS_SEED, CORPUS_SIZE));
const example = input('example dump', [readFileSync(join(ROOT, 'examples/dumps/harbor-city-ferry.txt'), 'utf8')]);
const sized = SIZES.map((bytes) => {
  const recipe = { seed: sizedDumpSeed(bytes), bytes };
  return input(`${formatBytes(bytes)} dump`, [generateDump(recipe.seed, { bytes })], recipe);
});

// ---------------------------------------------------------------------------------
// Run

const started = performance.now();
log(`newsdump bench${quick ? ' (quick)' : ''}: ${distPath}`);
log(`${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}\n`);

const rows: Array<{ input: Input; method: Method; m: Measured }> = [];
for (const item of [corpus, example, ...sized]) {
  const measured = measureInput(item, (method) => (item === corpus ? corpusBudget(method) : budgetFor(item.bytes, method)));
  for (const method of METHODS) {
    const m = measured.get(method) as Measured;
    rows.push({ input: item, method, m });
    log(`  ${item.name.padEnd(20)} ${method.padEnd(24)} ${fixed(mbPerS(m), 1).padStart(8)} MB/s`);
  }
}
const find = (item: Input, method: Method): Measured => {
  const row = rows.find((r) => r.input === item && r.method === method);
  if (row === undefined) throw new Error(`no row for ${item.name} ${method}`);
  return row.m;
};

log('\n  peak heap (child processes) …');
const heap = sized.map((item) => ({ item, probe: probeHeap(item) }));
log('  cold import (fresh processes) …');
const imports = coldImports(quick ? 5 : 10);
const importMedian = median(imports);

// ---------------------------------------------------------------------------------
// Report

const corpusParse = find(corpus, 'parseArticle');
const ratioFloor = mbPerS(corpusParse) / mbPerS(find(corpus, 'floor'));
const ratioRemark = mbPerS(corpusParse) / mbPerS(find(corpus, 'remark'));
const capturedCost = mbPerS(corpusParse) / mbPerS(find(corpus, 'parseArticle+capturedAt')) - 1;
const smallest = sized[0] as Input;
const largest = sized[sized.length - 1] as Input;
const linearity = nsPerByte(find(largest, 'parseArticle')) / nsPerByte(find(smallest, 'parseArticle'));
const largestHeap = heap[heap.length - 1]?.probe;
const heapRatio = largestHeap === undefined ? NaN : largestHeap.peak / largestHeap.bytes;

const targets: Array<[string, string, string, boolean]> = [
  ['parseArticle / remark-parse, corpus', `${fixed(ratioRemark, 1)}×`, '≥ 20×', ratioRemark >= 20],
  ['parseArticle / floor, corpus', `${fixed(ratioFloor, 2)}×`, '≥ 0.5×', ratioFloor >= 0.5],
  [
    `per-byte cost ${formatBytes(largest.bytes)} / ${formatBytes(smallest.bytes)}`,
    `${fixed(linearity, 2)}×`,
    '≤ 1.5×',
    linearity <= 1.5,
  ],
  [`peak heap / input, ${formatBytes(largest.bytes)} dump`, `${fixed(heapRatio, 2)}×`, '≤ 4×', heapRatio <= 4],
  ['cold import, median', `${fixed(importMedian, 1)} ms`, '≤ 120 ms', importMedian <= 120],
  ['capturedAt cost, corpus', `${capturedCost >= 0 ? '+' : ''}${fixed(capturedCost * 100, 1)} %`, '≤ +10 %', capturedCost <= 0.1],
];

const throughputTable = table(
  ['input', 'method', 'bytes', 'MB/s', 'ops/s', 'p50', 'p99'],
  rows.map(({ input: item, method, m }) => [
    item.name,
    method,
    formatBytes(item === corpus ? item.bytes / item.texts.length : item.bytes) + (item === corpus ? ' avg' : ''),
    fixed(mbPerS(m), 1),
    fixed(opsPerS(m), opsPerS(m) >= 100 ? 0 : 2),
    formatMs(m.p50Ms),
    formatMs(m.p99Ms),
  ]),
  2,
);
const ratioTable = table(
  ['input', 'parseArticle / floor', 'parseArticle / remark', 'capturedAt cost'],
  [corpus, example, ...sized].map((item) => {
    const parse = mbPerS(find(item, 'parseArticle'));
    return [
      item.name,
      `${fixed(parse / mbPerS(find(item, 'floor')), 2)}×`,
      `${fixed(parse / mbPerS(find(item, 'remark')), 1)}×`,
      `${fixed((parse / mbPerS(find(item, 'parseArticle+capturedAt')) - 1) * 100, 1)} %`,
    ];
  }),
);
const linearityTable = table(
  ['input', 'parseArticle ns/byte', `vs ${formatBytes(smallest.bytes)}`, 'of which GC', 'floor ns/byte', 'remark ns/byte'],
  sized.map((item) => [
    item.name,
    fixed(nsPerByte(find(item, 'parseArticle')), 2),
    `${fixed(nsPerByte(find(item, 'parseArticle')) / nsPerByte(find(smallest, 'parseArticle')), 2)}×`,
    formatShare(find(item, 'parseArticle').gcShare),
    fixed(nsPerByte(find(item, 'floor')), 2),
    fixed(nsPerByte(find(item, 'remark')), 1),
  ]),
);
const heapTable = table(
  ['input', 'UTF-8 bytes', 'peak heap', 'peak / input', 'retained by the Article', 'GCs during the parse'],
  heap.map(({ item, probe }) => [
    item.name,
    String(probe.bytes),
    formatBytes(probe.peak),
    `${fixed(probe.peak / probe.bytes, 2)}×`,
    probe.retained > 0 ? formatBytes(probe.retained) : '~0',
    String(probe.gcs),
  ]),
);
const linearityNote = [
  "Of which GC: the share of parseArticle's timed calls (after the first round) that V8's",
  'collector took, from a GCProfiler. A dump is planned in one piece, so what the plan',
  'and the Article hold lives to the end of the parse, and on large dumps young',
  'collections copy and promote it (the line table is typed arrays, outside that work).',
].join('\n');
const targetTable = table(
  ['target', 'measured', 'goal', 'met'],
  targets.map(([what, value, goal, met]) => [what, value, goal, met ? 'yes' : '**no**']),
);
const targetLines = targets.map(([what, value, goal, met]) => `  ${met ? 'ok  ' : 'MISS'} ${what.padEnd(40)} ${value.padStart(10)}  (goal ${goal})`);

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, ${process.platform} ${process.arch}`;
const report = [
  '# Benchmark results',
  '',
  `Machine: ${machine}. Run with \`npm run bench\` (${new Date().toISOString().slice(0, 10)}), ${fixed((performance.now() - started) / 1000, 0)} s.`,
  `MB/s are UTF-8 megabytes (10^6 bytes) per second; p50/p99 are per dump (corpus) or per call.`,
  '',
  '## Targets',
  '',
  targetTable,
  '',
  '## Throughput',
  '',
  throughputTable,
  '',
  '## Ratios',
  '',
  ratioTable,
  '',
  '## Linearity (cost per byte by size)',
  '',
  linearityTable,
  '',
  linearityNote,
  '',
  '## Peak heap (one parse, child process)',
  '',
  heapTable,
  '',
  'Peak heap: the most heap in use during the parse (read after every collection, with',
  'a 1 MB semi-space, and at the end) minus the heap in use before it. Retained: what the',
  'returned Article holds after a full collection (its strings share the input\'s memory).',
  '',
  '## Cold import',
  '',
  `\`await import('newsdump')\` in a fresh \`node\` process, ${imports.length} runs: median ${fixed(importMedian, 1)} ms` +
    ` (min ${fixed(Math.min(...imports), 1)}, max ${fixed(Math.max(...imports), 1)}).`,
  '',
].join('\n');

log(`\n${report}`);
log(`Targets (issue #5):\n${targetLines.join('\n')}\n`);
if (write) {
  writeFileSync(join(ROOT, 'bench/results.md'), report);
  log('Wrote bench/results.md');
}
if (flags.check === true && targets.some(([, , , met]) => !met)) process.exitCode = 1;
void sink;

// ---------------------------------------------------------------------------------
// Child processes

interface HeapProbe {
  readonly bytes: number;
  readonly peak: number;
  readonly retained: number;
  readonly gcs: number;
}

function probeHeap(item: Input): HeapProbe {
  const { seed, bytes } = item.recipe ?? { seed: NaN, bytes: NaN };
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-semi-space-size=1', '--import', 'tsx', join(ROOT, 'bench/heap-probe.ts'), distUrl, String(seed), String(bytes)],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`heap probe failed for ${item.name}:\n${child.stderr}`);
  const probe = JSON.parse(child.stdout.trim().split('\n').pop() as string) as HeapProbe;
  if (probe.bytes !== item.bytes) throw new Error(`heap probe rebuilt a different ${item.name}`);
  return probe;
}

/** `await import('newsdump')` in fresh processes (the package resolving itself to dist/). */
function coldImports(count: number): number[] {
  const specifier = flags.dist === undefined ? 'newsdump' : distUrl;
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (child.status !== 0) throw new Error(`cold import failed:\n${child.stderr}`);
    times.push(Number(child.stdout.trim()));
  }
  return times;
}

// ---------------------------------------------------------------------------------
// Formatting

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${fixed(bytes / 1e6, bytes >= 1e7 ? 0 : 1)} MB`;
  if (bytes >= 1e3) return `${fixed(bytes / 1e3, bytes >= 1e4 ? 0 : 1)} KB`;
  return `${Math.round(bytes)} B`;
}

function formatMs(ms: number): string {
  if (ms >= 1000) return `${fixed(ms / 1000, 2)} s`;
  if (ms >= 1) return `${fixed(ms, 2)} ms`;
  return `${fixed(ms * 1000, 1)} µs`;
}

/** A Markdown table: the first column (names) left-aligned, figures right-aligned. */
function table(header: readonly string[], body: ReadonlyArray<readonly string[]>, textColumns = 1): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, col) => (col < textColumns ? '---' : '---:')).join(' | ')} |`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ];
  return lines.join('\n');
}
