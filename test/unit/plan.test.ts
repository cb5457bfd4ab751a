// The plan's tables and shared strings: the rows a parse keeps instead of objects
// (line table, teaser rows), and the strings it gives out once per spelling.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, formatArticle } from '../../src/index.js';
import { ageAt, parseAge } from '../../src/lex/age.js';
import { scanAttributionTail, newTail } from '../../src/lex/attribution-tail.js';
import { NO_ROWS, SpareRows } from '../../src/spare-rows.js';
import { planDump, releasePlan } from '../../src/tree/dump-plan.js';
import { RepeatedCut } from '../../src/tree/repeated-cut.js';
import { createSourceBook } from '../../src/tree/source-book.js';
import { newSplit, splitSource } from '../../src/tree/source-split.js';
import { TeaserRows } from '../../src/tree/teaser-rows.js';
import { article, noisyDump } from '../helpers/arbitraries.js';

describe('SpareRows', () => {
  it('gives back the spare when it is big enough, once', () => {
    const spare = new SpareRows(64);
    const rows = spare.take(16);
    expect(rows.length).toBe(16);
    spare.give(rows);
    expect(spare.take(8)).toBe(rows);
    expect(spare.take(8)).not.toBe(rows); // taken: the next table makes its own
  });

  it('makes a new buffer when the spare is too small', () => {
    const spare = new SpareRows(64);
    const small = spare.take(8);
    spare.give(small);
    const large = spare.take(32);
    expect(large).not.toBe(small);
    expect(large.length).toBe(32);
  });

  it('keeps no buffer over its limit, and never the empty one', () => {
    const spare = new SpareRows(64);
    const huge = new Int32Array(65);
    spare.give(huge);
    expect(spare.take(1)).not.toBe(huge);
    spare.give(NO_ROWS);
    expect(spare.take(0)).not.toBe(NO_ROWS);
  });
});

describe('TeaserRows', () => {
  it('holds what was added, unsplit, and the split it is given', () => {
    const rows = new TeaserRows();
    rows.add(-1, 3, 10, 20);
    rows.add(5, 7, 30, 44);
    expect(rows.count).toBe(2);
    expect([rows.title(0), rows.attribution(0), rows.first(0), rows.start(0), rows.end(0)]).toEqual([-1, 3, 3, 10, 20]);
    expect([rows.sourceStart(0), rows.summaryEnd(0), rows.confidence(0)]).toEqual([20, 20, 'none']);
    expect(rows.first(1)).toBe(5);
    rows.split(1, { sourceStart: 40, sourceEnd: 44, summaryEnd: 39, confidence: 'weak' });
    expect([rows.sourceStart(1), rows.summaryEnd(1), rows.confidence(1)]).toEqual([40, 39, 'weak']);
    rows.know(1);
    expect(rows.confidence(1)).toBe('known');
    expect([rows.sourceStart(0), rows.confidence(0)]).toEqual([20, 'none']); // row 0 untouched
  });

  it('grows past any first buffer, keeping every row', () => {
    const rows = new TeaserRows();
    for (let t = 0; t < 5000; t++) rows.add(t * 3, t * 3 + 2, t * 100, t * 100 + 50);
    expect(rows.count).toBe(5000);
    for (const t of [0, 15, 16, 17, 1023, 1024, 4999]) {
      expect([rows.title(t), rows.attribution(t), rows.start(t), rows.end(t)]).toEqual([t * 3, t * 3 + 2, t * 100, t * 100 + 50]);
    }
  });

  it('finds no rows once released', () => {
    const rows = new TeaserRows();
    rows.add(1, 2, 3, 4);
    rows.release();
    expect(rows.count).toBe(0);
  });

  it("gives the same Article from a released page's buffers", () => {
    const small = 'Ferry back\nThe ferry ran.\n-\nTitle\nSum.Wire - 2d\nOther\nMore text.Harbor Ledger - 5h -';
    const first = parseArticle(small);
    const rail = Array.from({ length: 60 }, (_, k) => `T${k}\nA summary ${k}.ESPN - ${k + 1}m -`).join('\n');
    parseArticle(`Big page\nBody.\nMore from ESPN\n-\n${rail}`);
    expect(parseArticle(small)).toEqual(first);
  });
});

describe('the plan', () => {
  it('tiles the lines from the first rail on with rails, and each rail holds its teasers', () => {
    fc.assert(
      fc.property(fc.oneof(noisyDump, article.map(formatArticle)), (text) => {
        const plan = planDump(text);
        const { rails, teasers, article: head, lines } = plan;
        let line = head.end;
        let teaser = 0;
        for (const rail of rails) {
          expect(rail.first).toBe(line);
          expect(rail.end).toBeGreaterThan(rail.first);
          expect(rail.firstTeaser).toBe(teaser);
          for (let t = rail.firstTeaser; t < rail.endTeaser; t++) {
            expect(teasers.first(t)).toBeGreaterThanOrEqual(rail.first);
            expect(teasers.attribution(t)).toBeLessThan(rail.end);
            expect(lines.kind(teasers.attribution(t))).toBe('attribution');
            if (t > rail.firstTeaser) expect(teasers.first(t)).toBeGreaterThan(teasers.attribution(t - 1));
          }
          line = rail.end;
          teaser = rail.endTeaser;
        }
        expect(line).toBe(lines.count);
        expect(teaser).toBe(teasers.count);
        releasePlan(plan);
      }),
      { numRuns: 300 },
    );
  });

  it('names the headline, the byline and the images; other lines take their role from their kind', () => {
    const plan = planDump('By Ana Ruiz\n![hero](h.jpg)\nBy Tom Lee\n![x]broken)\nBody.\n![pic](p.png)\n\nAdvertisement\n-\nT\nS.Wire - 1h');
    expect(plan.article).toMatchObject({ end: 8, headline: 0, byline: 2, hero: 1 });
    expect([...plan.article.images.keys()]).toEqual([1, 5]);
    releasePlan(plan);
  });
});

describe('ageAt', () => {
  const spelling = fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999_999 }), fc.constantFrom('m', 'h', 'd', 'w'))
    .map(([zeros, count, unit]) => `${'0'.repeat(zeros)}${count}${unit}`)
    .filter((text) => text.length <= 10);

  it('reads every spelling as parseAge does, wherever it sits in the input', () => {
    fc.assert(
      fc.property(spelling, fc.string({ maxLength: 5 }), (text, before) => {
        const input = `${before}${text} -`;
        expect(ageAt(input, before.length, before.length + text.length)).toEqual(parseAge(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps spellings that differ apart: leading zeros, units, counts past the table', () => {
    const texts = ['6d', '06d', '006d', '6h', '6m', '6w', '60d', '127w', '128w', '0h', '00h', '1000m', '999999999w'];
    for (const first of [texts, [...texts].reverse()]) {
      for (const text of first) expect(ageAt(`x${text}`, 1, 1 + text.length).text).toBe(text);
    }
  });
});

describe('RepeatedCut', () => {
  it('gives each cut the text it names, whatever came before', () => {
    const input = 'ESPN|ESPN|ESPX|Wire|ESPN||Le Monde';
    const cuts = new RepeatedCut(input);
    const at = (text: string, from = 0) => [input.indexOf(text, from), input.indexOf(text, from) + text.length] as const;
    const got = [at('ESPN'), at('ESPN', 1), at('ESPX'), at('Wire'), at('ESPN', 15), [25, 25] as const, at('Le Monde')].map(([from, to]) => cuts.cut(from, to));
    expect(got).toEqual(['ESPN', 'ESPN', 'ESPX', 'Wire', 'ESPN', '', 'Le Monde']);
  });
});

describe('results written into one object', () => {
  it('scanAttributionTail fills the tail it is given, and leaves it be on a line without one', () => {
    const into = newTail();
    expect(scanAttributionTail('Sum.ESPN - 4h -', 0, 15, into)).toBe(into);
    expect(into).toEqual({ sourceEnd: 8, ageStart: 11, ageEnd: 13, itemSeparator: true });
    expect(scanAttributionTail('No tail here', 0, 12, into)).toBeNull();
    expect(into.ageEnd).toBe(13);
    expect(scanAttributionTail('x - 12m', 0, 7, into)).toEqual({ sourceEnd: 1, ageStart: 4, ageEnd: 7, itemSeparator: false });
  });

  it('splitSource fills the split it is given, as it would a new one', () => {
    const book = createSourceBook();
    const into = newSplit();
    for (const text of ['The vote passed.Reuters', 'no source here at all', 'CIDRAP', 'Sum.Harbor Ledger']) {
      const fresh = splitSource(text, 0, text.length, book);
      expect(splitSource(text, 0, text.length, book, into)).toBe(into);
      expect({ ...into }).toEqual({ ...fresh });
    }
  });
});
