import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/lex/age.js';
import { scanAttributionTail } from '../../src/lex/attribution-tail.js';
import { isBoilerplate } from '../../src/lex/boilerplate.js';
import { matchByline } from '../../src/lex/byline.js';
import { splitLines } from '../../src/lex/lines.js';
import { RULES } from '../../src/lex/rules.js';
import { tokenize } from '../../src/lex/tokenize.js';

describe('splitLines', () => {
  it.each([
    ['LF', 'a\nb\nc'],
    ['CRLF', 'a\r\nb\r\nc'],
    ['CR', 'a\rb\rc'],
    ['mixed', 'a\r\nb\rc'],
    ['final newline', 'a\nb\nc\n'],
    ['BOM', '\uFEFFa\nb\nc'],
  ])('%s', (_name, input) => {
    const lines = splitLines(input);
    expect(lines.map((line) => line.text)).toEqual(['a', 'b', 'c']);
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3]);
  });

  it('tiles the input: each line starts where the previous one ended', () => {
    const input = '\uFEFFone\r\ntwo\rthree\n\nfive';
    const lines = splitLines(input);
    expect(lines[0]?.start).toBe(0);
    expect(lines[0]?.textStart).toBe(1);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.start).toBe(lines[i - 1]?.next);
    expect(lines.at(-1)?.next).toBe(input.length);
    expect(lines.map((line) => input.slice(line.textStart, line.end))).toEqual(['one', 'two', 'three', '', 'five']);
  });

  it('gives an empty input one empty line', () => {
    expect(splitLines('')).toEqual([{ number: 1, text: '', start: 0, textStart: 0, end: 0, next: 0 }]);
  });

  it('does not open a line after a final newline', () => {
    expect(splitLines('a\n')).toHaveLength(1);
    expect(splitLines('a\n\n')).toHaveLength(2);
  });
});

describe('parseAge', () => {
  it.each([
    ['35m', 2100],
    ['1m', 60],
    ['4h', 14_400],
    ['12h', 43_200],
    ['1d', 86_400],
    ['5d', 432_000],
    ['1w', 604_800],
    ['2w', 1_209_600],
    [' 3h ', 10_800],
    ['0m', 0],
  ])('%j → %i seconds', (text, seconds) => {
    expect(parseAge(text)).toEqual({ text: text.trim(), seconds });
  });

  it.each(['', 'h', '4', '4 h', '4hours', '-1h', '4y', '4H', '1.5h', '1234567890h', 'four h'])('rejects %j', (text) => {
    expect(parseAge(text)).toBeNull();
  });

  it('rejects non-strings without throwing', () => {
    expect(parseAge(42 as unknown as string)).toBeNull();
  });
});

describe('scanAttributionTail', () => {
  it.each([
    ['squad.ESPN - 4h -', { sourceEnd: 10, ageStart: 13, ageEnd: 15, itemSeparator: true }],
    ['squad.ESPN - 4h', { sourceEnd: 10, ageStart: 13, ageEnd: 15, itemSeparator: false }],
    ['squad.ESPN - 4h -   ', { sourceEnd: 10, ageStart: 13, ageEnd: 15, itemSeparator: true }],
    ['squad.ESPN  -  35m', { sourceEnd: 10, ageStart: 15, ageEnd: 18, itemSeparator: false }],
    ['Reuters - 2w -', { sourceEnd: 7, ageStart: 10, ageEnd: 12, itemSeparator: true }],
    ['- 4h', { sourceEnd: 0, ageStart: 2, ageEnd: 4, itemSeparator: false }],
  ])('%j', (line, tail) => {
    expect(scanAttributionTail(line)).toEqual(tail);
  });

  it.each([
    'Live: Day 3 - markets open lower',
    'Five things to know - 4 hours',
    'squad.ESPN -4h',
    'squad.ESPN- 4h',
    'squad.ESPN - h',
    'squad.ESPN - 4x',
    'The 4h engine',
    '-',
    '',
    'x - 1234567890h',
  ])('finds no tail in %j', (line) => {
    expect(scanAttributionTail(line)).toBeNull();
  });
});

describe('matchByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['BY JANE DOE', 'JANE DOE'],
    ['By: Ana Ruiz', 'Ana Ruiz'],
    ['By Ana Ruiz and Tom Lee', 'Ana Ruiz and Tom Lee'],
    ['By Maria de la Cruz', 'Maria de la Cruz'],
    ['By John Smith Jr.', 'John Smith Jr.'],
    ['By Søren Østergaard', 'Søren Østergaard'],
    ['By Jane Doe, Staff Writer', 'Jane Doe'],
  ])('%j → %j', (line, name) => {
    expect(matchByline(line)).toBe(name);
  });

  it.each([
    'By the numbers: a year of storms',
    'By then it was too late.',
    'Bypass reopens',
    'By',
    'By Jane Doe!',
    'Nearby residents left',
    `By ${'Word '.repeat(40)}`,
  ])('rejects %j', (line) => {
    expect(matchByline(line)).toBeNull();
  });
});

describe('isBoilerplate', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Continue reading',
    'Continue reading…',
    'Story continues below advertisement',
    'Skip Advertisement',
    'Read more »',
    'Share this article',
    'Listen to this article',
    'Subscribe',
  ])('%j is boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'Read more about the harbor plan in our guide.',
    'Advertisement revenue fell by a third.',
    'Subscribers will get the new app first.',
    '',
  ])('%j is not', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe('the rule table', () => {
  it('is ordered and named as the dialect needs', () => {
    expect(RULES.map((rule) => rule.name)).toEqual([
      'blank',
      'separator',
      'image',
      'byline',
      'boilerplate',
      'attribution',
      'text',
    ]);
  });

  it('classifies each line by the first matching rule', () => {
    const input = [
      'Harbor ferry resumes',
      '   ',
      '-',
      ' - ',
      '![Ferry](https://img.example/f.jpg)',
      'By Ana Ruiz',
      'Advertisement',
      'Riders returned.Harborview Ledger - 4h -',
      'Live: Day 3 - markets open lower',
    ].join('\n');
    expect(tokenize(input).map((token) => token.kind)).toEqual([
      'text',
      'blank',
      'separator',
      'separator',
      'image',
      'byline',
      'boilerplate',
      'attribution',
      'text',
    ]);
  });
});
