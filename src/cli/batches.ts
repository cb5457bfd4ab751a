// Files go to the workers in batches: one message per batch instead of per file cuts
// the cost of passing work between threads (on 10,000 small dumps, about a third of the
// run). Batches stay small enough that every thread gets several.
//
//   batchSize(10_000, 2)  →  16      (the most)
//   batchSize(40, 2)      →  2       (8 batches per thread)
//   batchSize(5, 1)       →  1
//   inBatches(['a', 'b', 'c'], 2)  →  [['a', 'b'], ['c']]

/** The most files in one batch. */
export const MAX_BATCH = 16;

/** Batches each thread should get at least, so the work spreads evenly. */
const BATCHES_PER_THREAD = 8;

export function batchSize(files: number, threads: number): number {
  const even = Math.floor(files / (Math.max(1, threads) * BATCHES_PER_THREAD));
  return Math.min(MAX_BATCH, Math.max(1, even));
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
