import { describe, expect, it } from 'vitest';
import { FormatError, formatArticle, parseArticle, type Article, type TeaserItem } from '../src/index.js';

const item = (over: Partial<TeaserItem> = {}): TeaserItem => ({
  title: 'Bakery adds early hours',
  summary: 'It opens at 5:30 a.m. for riders.',
  truncated: false,
  source: 'Harborview Ledger',
  age: { text: '45m', seconds: 2700 },
  publishedAt: null,
  ...over,
});

const base = (over: Partial<Article> = {}): Article => ({
  headline: 'Ferry returns - crews work overnight',
  heroImage: { url: 'https://img.example/pier_(1).jpg', alt: 'The [north] pier', title: 'Photo: "K. Lund"' },
  byline: 'Ana Ruiz',
  paragraphs: ['The ferry ran on Monday.', 'Fares stay the same - for now.'],
  images: [{ url: 'https://img.example/a b.png', alt: 'Ramp', title: null }],
  publisher: 'Harborview Ledger',
  section: null,
  rails: [
    { heading: null, kind: 'related', label: null, items: [item(), item({ title: null, summary: null, source: 'Reuters' })] },
    { heading: 'More from Harborview Ledger', kind: 'publisher', label: 'Harborview Ledger', items: [item({ summary: 'Cut off …', truncated: true })] },
  ],
  diagnostics: [],
  ...over,
});

const data = ({ diagnostics: _, ...rest }: Article) => rest;

describe('formatArticle', () => {
  it('writes the dialect, in order', () => {
    expect(formatArticle(base())).toBe(
      [
        'Ferry returns - crews work overnight',
        'By Ana Ruiz',
        '![The \\[north\\] pier](https://img.example/pier_(1).jpg "Photo: \\"K. Lund\\"")',
        'The ferry ran on Monday.',
        'Fares stay the same - for now.',
        '![Ramp](<https://img.example/a b.png>)',
        '-',
        'Bakery adds early hours',
        'It opens at 5:30 a.m. for riders.Harborview Ledger - 45m -',
        'Reuters - 45m',
        'More from Harborview Ledger',
        '-',
        'Bakery adds early hours',
        'Cut off …Harborview Ledger - 45m',
        '',
      ].join('\n'),
    );
  });

  it('reads back as the same Article', () => {
    expect(data(parseArticle(formatArticle(base())))).toEqual(data(base()));
  });

  it('reads back every fixture-like article the parser produces', () => {
    const text = formatArticle(base());
    const once = parseArticle(text);
    expect(formatArticle(once)).toBe(text);
  });

  it.each([
    [{ lineEnding: '\r\n' as const }, '\r\n', true],
    [{ lineEnding: '\r' as const, finalNewline: false }, '\r', false],
  ])('honours %j', (options, eol, final) => {
    const text = formatArticle(base(), options);
    expect(text.split(eol)[1]).toBe('By Ana Ruiz');
    expect(text.endsWith(eol)).toBe(final);
    expect(data(parseArticle(text))).toEqual(data(base()));
  });

  it('writes an empty Article as an empty text', () => {
    const empty = base({ headline: null, heroImage: null, byline: null, paragraphs: [], images: [], publisher: null, rails: [] });
    expect(formatArticle(empty)).toBe('');
  });

  it.each<[string, Partial<Article>, string]>([
    ['a paragraph that is exactly "-"', { paragraphs: ['-'] }, 'paragraphs'],
    ['a paragraph that is boilerplate', { paragraphs: ['Advertisement'] }, 'paragraphs'],
    ['a byline-shaped first paragraph without a byline', { byline: null, paragraphs: ['By Tom Lee'] }, 'byline'],
    ['a body image with only the headline before it', { heroImage: null, paragraphs: [] }, 'heroImage'],
    ['a last paragraph that reads as a rail heading', { paragraphs: ['Related'], images: [] }, 'paragraphs'],
    ['a paragraph with a line break', { paragraphs: ['one\ntwo'] }, 'paragraphs[0]'],
    ['a headline with surrounding spaces', { headline: ' Ferry ' }, 'headline'],
    ['a publisher the rails do not give', { publisher: 'Someone Else' }, 'publisher'],
    ['a rail whose kind does not match its heading', { rails: [{ heading: 'Trending', kind: 'related', label: 'Trending', items: [] }], publisher: null }, 'rails[0]'],
    ['a wrong age', { rails: [{ heading: null, kind: 'related', label: null, items: [item({ age: { text: '4h', seconds: 60 } })] }], publisher: null }, 'rails[0].items[0].age'],
    ['a wrong truncated flag', { rails: [{ heading: null, kind: 'related', label: null, items: [item({ truncated: true })] }], publisher: null }, 'rails[0].items[0].truncated'],
    [
      'an unknown capitals source glued after capitals',
      { rails: [{ heading: null, kind: 'related', label: null, items: [item({ summary: 'Talks at the UN', source: 'WQXR' })] }], publisher: null },
      'rails[0].items[0].s',
    ],
    ['a title that is an attribution', { rails: [{ heading: null, kind: 'related', label: null, items: [item({ title: 'Live - 4h' })] }], publisher: null }, 'rails[0].items'],
  ])('throws a FormatError for %s', (_name, over, path) => {
    let error: unknown;
    try {
      formatArticle(base(over));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).path.startsWith(path)).toBe(true);
  });

  it('throws a TypeError for something that is not an Article', () => {
    expect(() => formatArticle({ headline: 'x' } as unknown as Article)).toThrow(TypeError);
  });
});
