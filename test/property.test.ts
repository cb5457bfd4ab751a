// Properties over generated input: 1,000 runs each in `npm test`, 100,000 in
// `npm run fuzz` (FUZZ_RUNS sets the count).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Article, formatArticle, parseArticle, parseTree, toArticle } from '../src/index.js';
import { anyString, article, noisyDump } from './helpers/arbitraries.js';
import { positionProblems } from './helpers/tree.js';

const numRuns = Number(process.env['FUZZ_RUNS'] ?? 1000);
const timeout = Math.max(60_000, numRuns * 5);

/** The data an Article carries, without the diagnostics. */
const data = ({ diagnostics: _, ...rest }: Article) => rest;

describe('properties', () => {
  it('lenient parseArticle never throws on any string, and its result passes the schema', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, noisyDump), (text) => {
        const result = parseArticle(text);
        expect(Article.safeParse(result).success).toBe(true);
      }),
      { numRuns },
    );
  }, timeout);

  it('the tree is lossless, with positions that agree with offsets and never go back', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, noisyDump), (text) => {
        expect(positionProblems(text, parseTree(text))).toEqual([]);
      }),
      { numRuns },
    );
  }, timeout);

  it('parseArticle gives exactly toArticle(parseTree), with and without options', () => {
    const options = fc.record(
      {
        sources: fc.array(fc.constantFrom('Harbor Ledger', 'The Gull Point Gazette', 'Ledger', 'ESPN', ' ', 'Wire'), { maxLength: 3 }),
        capturedAt: fc.constantFrom('2025-03-03T12:00:00Z', 0, new Date(Date.UTC(1999, 11, 31))),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyString, noisyDump, article.map(formatArticle)), options, (text, opts) => {
        expect(parseArticle(text, opts)).toStrictEqual(toArticle(parseTree(text, opts), opts));
      }),
      { numRuns },
    );
  }, timeout);

  it('parseArticle(formatArticle(a)) gives a back', () => {
    fc.assert(
      fc.property(article, (a) => {
        expect(data(parseArticle(formatArticle(a)))).toEqual(data(a));
      }),
      { numRuns },
    );
  }, timeout);

  it('the result does not depend on line endings, a BOM or trailing spaces', () => {
    fc.assert(
      fc.property(
        article,
        fc.constantFrom('\r\n', '\r'),
        fc.boolean(),
        fc.constantFrom('', '  ', '\t'),
        (a, eol, bom, trailing) => {
          const text = formatArticle(a);
          const base = parseArticle(text);
          const changed = `${bom ? '\uFEFF' : ''}${text.replace(/\n/g, `${trailing}${eol}`)}`;
          const other = parseArticle(changed);
          expect(data(other)).toEqual(data(base));
          expect(other.diagnostics.map((d) => [d.code, d.line])).toEqual(base.diagnostics.map((d) => [d.code, d.line]));
        },
      ),
      { numRuns },
    );
  }, timeout);
});

describe('noise', () => {
  const furniture = fc.constantFrom('', '   ', '\t', 'Advertisement', 'ADVERTISEMENT', 'Continue reading', 'Story continues below advertisement', 'Share this article');

  it('blank and boilerplate lines anywhere change no data', () => {
    fc.assert(
      fc.property(article, fc.array(fc.tuple(fc.nat(), furniture), { maxLength: 8 }), (a, inserts) => {
        const lines = formatArticle(a).split('\n');
        for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
        expect(data(parseArticle(lines.join('\n')))).toEqual(data(a));
      }),
      { numRuns },
    );
  }, timeout);
});
