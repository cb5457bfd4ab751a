// Pathological inputs: the parser must stay linear. Each case times the input at size
// n and at 2n (several parses in a row, in this test, on this machine) and requires
// the doubled input to cost at most 2.5× — a relative bound, not a deadline.

import { describe, expect, it } from 'vitest';
import { Article, parseArticle } from '../src/index.js';

const RUNS = 5;
const ATTEMPTS = 5; // a busy machine can spoil one measurement; a quadratic parser fails all
const BOUND = 2.5;

/**
 * The mean time of RUNS parses in a row. A mean, not the best run: inputs whose
 * Article is large (100k empty rails) pay the collector now and then, and the best of
 * a few runs caught the small input between collections and the large one never.
 */
function meanTime(text: string): number {
  const start = performance.now();
  for (let run = 0; run < RUNS; run++) parseArticle(text);
  return (performance.now() - start) / RUNS;
}

/** The smallest ratio t(2n) / t(n) over a few attempts. */
function doublingRatio(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(2 * n);
  parseArticle(large); // warm up
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS && ratio > BOUND; attempt++) {
    ratio = Math.min(ratio, meanTime(large) / Math.max(meanTime(small), 0.05));
  }
  return ratio;
}

const cases: Array<[string, (n: number) => string, number]> = [
  ['a 1 MB single line', (n) => 'x'.repeat(n), 512 * 1024],
  ['100k lone "-" lines', (n) => '-\n'.repeat(n), 50_000],
  ['100k lines of "x - 4h -"', (n) => 'x - 4h -\n'.repeat(n), 50_000],
  ['10k nested "![" / "](" on one line', (n) => `Head\n${'!['.repeat(n)}${'](u)'.repeat(n)}`, 5_000],
  ['lines of nested image brackets', (n) => `Head\n${`${'!['.repeat(12)}${'](u)'.repeat(12)}\n`.repeat(n)}`, 500],
  ['a 5 MB line of "a - " repeats', (n) => 'a - '.repeat(n), (5 * 1024 * 1024) / 8],
  ['a teaser line of 1 MB words before its source', (n) => `Head\n-\nT\n${'Word '.repeat(n)}x.Reuters - 4h`, 100_000],
  ['10k teasers glued after capitals', (n) => `Head\n-\n${'Title\nSeen at the UNCNN - 4h -\n'.repeat(n)}`, 5_000],
  ['10k teasers, each from its own outlet', (n) => `Head\n-\n${range(n, (k) => `T\nSum ${k}.${nameOf(k)} Ledger - 4h -\n`)}`, 5_000],
  ['10k "More from" rails, each its own publisher', (n) => `Head\n${range(n, (k) => `More from ${nameOf(k)} Ledger\n-\nT\nSum.${nameOf(k)} Ledger - 4h\n`)}`, 5_000],
];

function range(n: number, line: (k: number) => string): string {
  let text = '';
  for (let k = 0; k < n; k++) text += line(k);
  return text;
}

/** A made-up outlet's first word: "Ba", "Ca", … (base 26, capitalised). */
function nameOf(k: number): string {
  let word = '';
  do {
    word += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

describe('pathological inputs stay linear', () => {
  it.each(cases)('%s', (_name, make, n) => {
    const article = parseArticle(make(2 * n));
    expect(Article.safeParse(article).success).toBe(true);
    expect(doublingRatio(make, n)).toBeLessThanOrEqual(BOUND);
  }, 60_000);
});
