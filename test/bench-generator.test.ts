// The benchmark's generator (bench/generate.ts): the same seed gives the same dumps,
// the sizes are what the bench says they are, the dumps are varied the way FORMAT.md
// says real ones are, and every one of them parses without an error diagnostic.

import { describe, expect, it } from 'vitest';
import { CORPUS_SEED, createRng, generateCorpus, generateDump, sizedDumpSeed } from '../bench/generate.js';
import { Article, DEFAULT_SOURCES, parseArticle } from '../src/index.js';

const CORPUS_SIZE = 1000; // as bench/run.ts measures it
const corpus = generateCorpus(CORPUS_SEED, CORPUS_SIZE);
const bytes = (text: string): number => Buffer.byteLength(text);

describe('createRng', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int() within its bounds', () => {
    const rng = createRng(7);
    const values = Array.from({ length: 1000 }, () => rng.int(2, 5));
    expect(Math.min(...values)).toBe(2);
    expect(Math.max(...values)).toBe(5);
  });
});

describe('generateDump and generateCorpus', () => {
  it('give the same text for the same seed, byte for byte', () => {
    expect(generateDump(123)).toBe(generateDump(123));
    expect(generateDump(123, { bytes: 50_000 })).toBe(generateDump(123, { bytes: 50_000 }));
    expect(generateCorpus(CORPUS_SEED, 20)).toEqual(corpus.slice(0, 20));
    expect(generateDump(123)).not.toBe(generateDump(124));
  });

  it('make the corpus of 3–30 KB dumps', () => {
    expect(corpus).toHaveLength(CORPUS_SIZE);
    for (const dump of corpus) {
      expect(bytes(dump)).toBeGreaterThanOrEqual(3_000);
      expect(bytes(dump)).toBeLessThanOrEqual(30_000);
    }
    expect(new Set(corpus).size).toBe(CORPUS_SIZE);
  });

  it.each([10_000, 100_000, 1_000_000])('make a single dump of about %i bytes', (size) => {
    const dump = generateDump(sizedDumpSeed(size), { bytes: size });
    expect(bytes(dump)).toBeGreaterThanOrEqual(size);
    expect(bytes(dump)).toBeLessThanOrEqual(size * 1.1);
    expect(parseArticle(dump).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('vary the dumps the way real ones vary', () => {
    const all = corpus.join('\n');
    const articles = corpus.map((dump) => parseArticle(dump));
    const rails = articles.flatMap((article) => article.rails);
    const items = rails.flatMap((rail) => rail.items);
    const sources = new Set(items.map((item) => item.source));
    const known = new Set(DEFAULT_SOURCES);

    // line endings, BOM, trailing spaces, no final newline
    expect(corpus.some((dump) => dump.includes('\r\n'))).toBe(true);
    expect(corpus.some((dump) => /\r[^\n]/.test(dump))).toBe(true);
    expect(corpus.some((dump) => dump.startsWith('\uFEFF'))).toBe(true);
    expect(corpus.some((dump) => / {2}(\r|\n)/.test(dump))).toBe(true);
    expect(corpus.some((dump) => !/[\r\n]$/.test(dump))).toBe(true);
    // the article: bylines, hero and body images, boilerplate
    expect(articles.filter((article) => article.byline !== null).length).toBeGreaterThan(CORPUS_SIZE / 3);
    expect(articles.filter((article) => article.heroImage !== null).length).toBeGreaterThan(CORPUS_SIZE / 2);
    expect(articles.some((article) => article.images.length > 0)).toBe(true);
    expect(articles.some((article) => article.diagnostics.some((d) => d.code === 'dropped-boilerplate'))).toBe(true);
    // 1–4 rails, headed by nothing and by every kind of heading
    expect(Math.min(...articles.map((article) => article.rails.length))).toBe(1);
    expect(Math.max(...articles.map((article) => article.rails.length))).toBe(4);
    expect(new Set(rails.map((rail) => rail.kind))).toEqual(new Set(['related', 'publisher', 'section', 'other']));
    expect(rails.some((rail) => rail.heading === null)).toBe(true);
    // known and invented outlets, truncated summaries, teasers without title or summary
    expect([...sources].some((source) => source !== null && known.has(source))).toBe(true);
    expect([...sources].some((source) => source !== null && !known.has(source))).toBe(true);
    expect(items.some((item) => item.truncated)).toBe(true);
    expect(items.some((item) => item.title === null)).toBe(true);
    expect(items.some((item) => item.summary === null)).toBe(true);
    expect(new Set(items.map((item) => item.age?.text.slice(-1)))).toEqual(new Set(['m', 'h', 'd', 'w']));
    expect(all).toContain('{beacon}');
  });

  it('give dumps that all parse without an error diagnostic, into valid Articles', () => {
    const failures: string[] = [];
    corpus.forEach((dump, i) => {
      const errors = parseArticle(dump).diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) failures.push(`dump ${i}: ${errors.map((d) => `${d.line}: ${d.code}`).join(', ')}`);
    });
    expect(failures).toEqual([]);
    for (const dump of corpus.slice(0, 50)) expect(() => Article.parse(parseArticle(dump))).not.toThrow();
  });
});
