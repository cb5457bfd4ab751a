// Child process of bench/run.ts: the heap one parse of one input needs.
//
//   node --expose-gc --max-semi-space-size=1 --import tsx bench/heap-probe.ts <dist-url> <seed> <bytes>
//   → {"bytes":10102635,"peak":…,"retained":…,"gcs":…} on stdout
//
// peak: the most heap in use at any point of the parse minus the heap in use before
// it. V8 reports the heap in use after every collection during the parse (GCProfiler)
// and we read it once more at the end. With a 1 MB semi-space a scavenge runs every
// megabyte or so, so at most about that much short-lived garbage can hide in the
// figure; it is an upper bound on the live data, not an estimate of it.
// retained: what the returned Article keeps alive after a full collection.

import { GCProfiler, getHeapStatistics } from 'node:v8';
import type * as Newsdump from '../src/index.js';
import { generateDump } from './generate.js';

const [distUrl, seedArg, bytesArg] = process.argv.slice(2);
if (distUrl === undefined || seedArg === undefined || bytesArg === undefined) {
  throw new Error('usage: heap-probe.ts <dist-url> <seed> <bytes>');
}
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('heap-probe needs --expose-gc');

const { parseArticle } = (await import(distUrl)) as typeof Newsdump;
// As a file read gives it: one flat string. The generator builds its dump by
// concatenation, and V8 keeps such a string as a rope until someone reads it; the
// first read then copies it flat (two bytes a character here), which would count
// against the parse although no caller with a file or a response body ever pays it.
// (In a function of its own: a temporary of the module's top-level code would keep the
// rope alive through the measurement.)
const flatDump = (seed: number, bytes: number): string => Buffer.from(generateDump(seed, { bytes }), 'utf8').toString('utf8');
const text = flatDump(Number(seedArg), Number(bytesArg));

// Compile the parser's hot code first: optimised code lives in the heap too.
const warm = generateDump(1, { bytes: 30_000 });
for (let i = 0; i < 200; i++) parseArticle(warm);

const used = (): number => getHeapStatistics().used_heap_size;
gc();
gc();
const before = used();
const profiler = new GCProfiler();
profiler.start();
const article = parseArticle(text);
const atEnd = used();
const { statistics } = profiler.stop();
let peak = atEnd;
for (const event of statistics) peak = Math.max(peak, event.afterGC.heapStatistics.usedHeapSize);
gc();
const retained = used() - before;

process.stdout.write(
  `${JSON.stringify({
    bytes: Buffer.byteLength(text),
    chars: text.length,
    peak: peak - before,
    retained,
    gcs: statistics.length,
    teasers: article.rails.reduce((n, rail) => n + rail.items.length, 0),
  })}\n`,
);
