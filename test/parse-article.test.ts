import { describe, expect, it } from 'vitest';
import { Article, parseArticle } from '../src/index.js';

// A small fictional dump used across these tests.
const DUMP = [
  'Harbor ferry resumes service after storm - crews work overnight',
  'By Ana Ruiz',
  '![The ferry at the north pier](https://img.example/ferry_(north).jpg "Photo: K. Lund")',
  'The harbor ferry carried its first riders on Monday since the storm.',
  'Advertisement',
  'Crews worked overnight - and through the weekend - to repair the ramp.',
  '![The repaired ramp](https://img.example/ramp.jpg)',
  'The city said fares would stay the same.',
  'Related',
  '-',
  'Bridge tolls rise again',
  'Drivers will pay more from June, the authority said.Harborview Ledger - 35m -',
  'School year starts late',
  'Classes will begin a week later than planned because of repairs ...Reuters - 2w',
  'More from Harborview Ledger',
  '-',
  'Bridge tolls rise again',
  'Drivers will pay more from June, the authority said.Harborview Ledger - 35m -',
  'Market stalls return to the quay',
  'Vendors were back on Saturday, selling fish and flowers at the UNESCO-listed quay…Harborview Ledger - 1d -',
  'More in Local',
  '-',
  'Night buses extended',
  'Harborview Ledger - 3h',
].join('\n');

describe('parseArticle', () => {
  const article = parseArticle(DUMP);

  it('reads the article', () => {
    expect(article.headline).toBe('Harbor ferry resumes service after storm - crews work overnight');
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.heroImage).toEqual({
      url: 'https://img.example/ferry_(north).jpg',
      alt: 'The ferry at the north pier',
      title: 'Photo: K. Lund',
    });
    expect(article.paragraphs).toEqual([
      'The harbor ferry carried its first riders on Monday since the storm.',
      'Crews worked overnight - and through the weekend - to repair the ramp.',
      'The city said fares would stay the same.',
    ]);
    expect(article.images).toEqual([{ url: 'https://img.example/ramp.jpg', alt: 'The repaired ramp', title: null }]);
    expect(article.publisher).toBe('Harborview Ledger');
    expect(article.section).toBe('Local');
  });

  it('reads the rails, keeping a teaser repeated in two of them', () => {
    expect(article.rails.map((rail) => [rail.heading, rail.kind, rail.label, rail.items.length])).toEqual([
      ['Related', 'related', 'Related', 2],
      ['More from Harborview Ledger', 'publisher', 'Harborview Ledger', 2],
      ['More in Local', 'section', 'Local', 1],
    ]);
    expect(article.rails[0]?.items[0]).toEqual(article.rails[1]?.items[0]);
    expect(article.rails[0]?.items[1]).toEqual({
      title: 'School year starts late',
      summary: 'Classes will begin a week later than planned because of repairs ...',
      truncated: true,
      source: 'Reuters',
      age: { text: '2w', seconds: 1_209_600 },
      publishedAt: null,
    });
    expect(article.rails[1]?.items[1]).toMatchObject({ truncated: true, source: 'Harborview Ledger' });
    expect(article.rails[2]?.items[0]).toMatchObject({ title: 'Night buses extended', summary: null, source: 'Harborview Ledger' });
  });

  it('lets a sponsor label before a "-" head its rail, and drops an ad label there', () => {
    const rails = parseArticle(
      ['Ferry resumes', 'Body.', '-', 'Title', 'Sum.Wire - 2h', 'Anzeige', '-', 'Buy a boat', 'Deals.Harbor Boats - 1d', 'Advertisement', '-', 'T', 'S.Wire - 3h', 'إعلان', '-', 'T', 'S.Wire - 4h', '広告', '-', 'T', 'S.Wire - 5h'].join('\n'),
    ).rails;
    expect(rails.map((rail) => [rail.heading, rail.kind])).toEqual([
      [null, 'related'],
      ['Anzeige', 'other'],
      [null, 'related'],
      ['إعلان', 'other'],
      [null, 'related'],
    ]);
  });

  it('notes the dropped boilerplate and nothing else', () => {
    expect(article.diagnostics).toEqual([
      { severity: 'info', code: 'dropped-boilerplate', message: 'Dropped boilerplate line: Advertisement', line: 5, column: 1 },
    ]);
  });

  it('returns a valid Article', () => {
    expect(Article.parse(article)).toEqual(article);
  });

  it.each([
    ['CRLF', (s: string) => s.replace(/\n/g, '\r\n')],
    ['CR', (s: string) => s.replace(/\n/g, '\r')],
    ['BOM', (s: string) => `\uFEFF${s}`],
    ['final newline', (s: string) => `${s}\n`],
    ['trailing spaces', (s: string) => s.replace(/\n/g, '  \n')],
    ['trailing tabs and NBSP', (s: string) => s.replace(/\n/g, '\t\u00a0\n')],
    ['blank lines between lines', (s: string) => s.replace(/\n/g, '\n\n')],
  ])('gives the same data with %s', (_name, change) => {
    const { diagnostics: _a, ...expected } = article;
    const { diagnostics: _b, ...got } = parseArticle(change(DUMP));
    expect(got).toEqual(expected);
  });

  it('computes publishedAt from capturedAt given as a Date, a string or a number', () => {
    const at = '2025-03-01T12:00:00.000Z';
    for (const capturedAt of [new Date(at), at, Date.parse(at)]) {
      const items = parseArticle(DUMP, { capturedAt }).rails.flatMap((rail) => rail.items);
      expect(items.map((item) => item.publishedAt)).toEqual([
        '2025-03-01T11:25:00.000Z',
        '2025-02-15T12:00:00.000Z',
        '2025-03-01T11:25:00.000Z',
        '2025-02-28T12:00:00.000Z',
        '2025-03-01T09:00:00.000Z',
      ]);
    }
  });

  it('gives no publishedAt rather than an invalid date for an absurd age', () => {
    const article = parseArticle('Title\n-\nT\nS.Reuters - 999999999w', { capturedAt: 0 });
    expect(article.rails[0]?.items[0]?.publishedAt).toBeNull();
  });
});

describe('sources and evidence', () => {
  const dump = (line: string, extra = '') => `Headline\nBody.\n-\nTitle\n${line}\n${extra}`;

  it('uses the caller sources for glued capitals', () => {
    const line = 'Talks resumed at the UNWQXR - 2h';
    expect(parseArticle(dump(line)).rails[0]?.items[0]?.source).not.toBe('WQXR');
    expect(parseArticle(dump(line), { sources: ['WQXR'] }).rails[0]?.items[0]).toMatchObject({
      summary: 'Talks resumed at the UN',
      source: 'WQXR',
    });
  });

  it('reads a sources array changed in place between calls (its index is reused only while it holds the same names)', () => {
    const line = 'Talks resumed at the UNWQXR - 2h';
    const sources = ['KQED'];
    expect(parseArticle(dump(line), { sources }).rails[0]?.items[0]?.source).not.toBe('WQXR');
    sources[0] = 'WQXR';
    expect(parseArticle(dump(line), { sources }).rails[0]?.items[0]?.source).toBe('WQXR');
    sources.push('UNWQXR');
    expect(parseArticle(dump(line), { sources }).rails[0]?.items[0]?.source).toBe('UNWQXR');
    sources.length = 0;
    expect(parseArticle(dump(line), { sources }).rails[0]?.items[0]?.source).not.toBe('WQXR');
  });

  it('uses thousands of caller sources like a few', () => {
    const line = 'Talks resumed at the UNWQXR - 2h';
    const many = Array.from({ length: 5000 }, (_, k) => `Outlet ${k} Ledger`);
    expect(parseArticle(dump(line, 'T2\nS.Outlet 4321 Ledger - 1h'), { sources: [...many, 'WQXR'] }).rails[0]?.items.map((item) => item.source)).toEqual([
      'WQXR',
      'Outlet 4321 Ledger',
    ]);
  });

  it('uses a "More from X" heading as evidence', () => {
    const text = dump('Fans streamed the final on YouTubeMetro Ledger - 2h', 'More from Metro Ledger\n-\nT\nS.Metro Ledger - 1h');
    expect(parseArticle(text).rails[0]?.items[0]?.source).toBe('Metro Ledger');
  });

  it('uses a source split cleanly elsewhere on the page as evidence', () => {
    const text = dump('Fans streamed the final on YouTubeMetro Ledger - 2h -', 'T2\nThe pier reopened.Metro Ledger - 3h');
    expect(parseArticle(text).rails[0]?.items.map((item) => item.source)).toEqual(['Metro Ledger', 'Metro Ledger']);
  });
});

describe('bad input', () => {
  it.each([
    ['a number', 42, 'a number (42)'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', { text: 'x' }, 'an object'],
    ['a buffer', Buffer.from('x'), 'a Uint8Array'],
  ])('throws a TypeError for %s', (_name, value, words) => {
    expect(() => parseArticle(value as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(value as unknown as string)).toThrow(words);
  });

  it.each([
    [{ capturedAt: 'not a date' }, 'capturedAt'],
    [{ capturedAt: Number.NaN }, 'capturedAt'],
    [{ sources: 'Reuters' }, 'options.sources'],
    [{ sources: [1] }, 'options.sources'],
    [{ strict: 'yes' }, 'options.strict'],
  ])('throws a TypeError for options %j', (options, words) => {
    expect(() => parseArticle('x', options as never)).toThrow(TypeError);
    expect(() => parseArticle('x', options as never)).toThrow(words);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n  '],
    ['binary-looking', '\u0000\u0001\u0002\uFFFD\uD800\n-\n\u0007 - 4h'],
    ['a huge line', 'x'.repeat(1_000_000)],
    ['thousands of lone "-"', '-\n'.repeat(5000)],
    ['only attributions', 'x - 4h -\n'.repeat(2000)],
    ['nested image brackets', `${'!['.repeat(200)}${'](u)'.repeat(200)}`],
  ])('never throws in lenient mode on %s', (_name, text) => {
    const article = parseArticle(text);
    expect(Article.safeParse(article).success).toBe(true);
  });

  it('reports an empty input', () => {
    expect(parseArticle('  \n').diagnostics).toEqual([
      { severity: 'error', code: 'empty-input', message: 'The input holds no text.', line: 1, column: 1 },
    ]);
  });
});
