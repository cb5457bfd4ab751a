import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/lex/age.js';
import { scanAttributionTail } from '../../src/lex/attribution-tail.js';
import { BOILERPLATE_PHRASES, isBoilerplate, PHRASE_FIRST_CODES } from '../../src/lex/boilerplate.js';
import { matchByline } from '../../src/lex/byline.js';
import { splitLines } from '../../src/lex/lines.js';
import { RULES } from '../../src/lex/rules.js';
import { tokenize, type LineTable } from '../../src/lex/tokenize.js';
import { anyString, noisyDump } from '../helpers/arbitraries.js';

interface SplitLine {
  number: number;
  text: string;
  start: number;
  textStart: number;
  end: number;
  next: number;
}

/** The lines splitLines hands its sink, as objects. */
function linesOf(input: string, controls?: number[]): SplitLine[] {
  const lines: SplitLine[] = [];
  const line = (start: number, textStart: number, end: number, next: number) =>
    lines.push({ number: lines.length + 1, text: input.slice(textStart, end), start, textStart, end, next });
  splitLines(input, { line }, controls);
  return lines;
}

/** Every row of a line table, as an object. */
function rowsOf(table: LineTable) {
  return Array.from({ length: table.count }, (_, i) => ({
    kind: table.kind(i),
    number: table.number(i),
    text: table.text(i),
    value: table.value(i),
    start: table.start(i),
    textStart: table.textStart(i),
    end: table.end(i),
    next: table.next(i),
    name: table.name(i),
    tail:
      table.kind(i) === 'attribution'
        ? { sourceEnd: table.sourceEnd(i), ageStart: table.ageFrom(i) - table.textStart(i), age: table.age(i), itemSeparator: table.itemSeparator(i) }
        : null,
  }));
}

describe('splitLines', () => {
  it.each([
    ['LF', 'a\nb\nc'],
    ['CRLF', 'a\r\nb\r\nc'],
    ['CR', 'a\rb\rc'],
    ['mixed', 'a\r\nb\rc'],
    ['final newline', 'a\nb\nc\n'],
    ['BOM', '\uFEFFa\nb\nc'],
  ])('%s', (_name, input) => {
    const lines = linesOf(input);
    expect(lines.map((line) => line.text)).toEqual(['a', 'b', 'c']);
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3]);
  });

  it('tiles the input: each line starts where the previous one ended', () => {
    const input = '\uFEFFone\r\ntwo\rthree\n\nfive';
    const lines = linesOf(input);
    expect(lines[0]?.start).toBe(0);
    expect(lines[0]?.textStart).toBe(1);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.start).toBe(lines[i - 1]?.next);
    expect(lines.at(-1)?.next).toBe(input.length);
    expect(lines.map((line) => input.slice(line.textStart, line.end))).toEqual(['one', 'two', 'three', '', 'five']);
  });

  it('gives an empty input one empty line', () => {
    expect(linesOf('')).toEqual([{ number: 1, text: '', start: 0, textStart: 0, end: 0, next: 0 }]);
  });

  it('does not open a line after a final newline', () => {
    expect(linesOf('a\n')).toHaveLength(1);
    expect(linesOf('a\n\n')).toHaveLength(2);
  });
});

describe('splitLines with controls', () => {
  // offsets of the first control character of each line that holds one
  const found = (input: string): number[] => {
    const controls: number[] = [];
    linesOf(input, controls);
    return controls;
  };

  it.each([
    ['LF', 'a\u0001\nb\nc\u0002d', [1, 6]],
    ['CRLF', 'a\r\nb\u0000\r\nc\u007f', [4, 8]],
    ['CR', 'a\rb\u000b\rc\u000c', [3, 6]],
    ['several on one line: only the first', 'ok\nx\u0000\u0001y\u001f\n\u0008', [4, 9]],
    ['the last line without a final newline', 'a\nb\u000e', [3]],
    ['a NUL in line 1 after a BOM', '\uFEFF\u0000a\nb', [1]],
    ['the control right at the start', '\u0007', [0]],
  ])('%s', (_name, input, offsets) => {
    expect(found(input)).toEqual(offsets);
  });

  it('does not count tab, LF, CR, CRLF or a BOM as controls', () => {
    expect(found('\uFEFFa\tb\nc\r\nd\re\u0080\u00a0\u2028\n')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('reads a lone CR in the middle as a line end, not a control', () => {
    const controls: number[] = [];
    expect(linesOf('a\rb\u0001', controls).map((line) => line.text)).toEqual(['a', 'b\u0001']);
    expect(controls).toEqual([3]);
  });

  it.each([
    ['LF', 'a\nb\u0000\nc\n'],
    ['CRLF', '\uFEFFa\u0003\r\nb\r\n\r\nc'],
    ['CR', 'a\r\rb\u001b\r'],
    ['mixed', '\u0000\r\n\u0001\r\u0002\n'],
    ['empty', ''],
    ['BOM only', '\uFEFF'],
  ])('gives the same lines as without controls: %s', (_name, input) => {
    expect(linesOf(input, [])).toEqual(linesOf(input));
  });

  it('agrees with a regex search of every line', () => {
    const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
    const input = Array.from({ length: 300 }, (_, i) => `line ${i}${String.fromCharCode(i % 130)}x${i % 7 === 0 ? '\u007f' : ''}`).join(
      '\r\n',
    );
    const expected = linesOf(input).flatMap((line) => {
      const index = line.text.search(control);
      return index < 0 ? [] : [line.textStart + index];
    });
    expect(expected.length).toBeGreaterThan(20);
    expect(found(input)).toEqual(expected);
  });

  it('stays linear on binary-looking input', () => {
    const controls: number[] = [];
    const lines = linesOf('\u0000\u0001\n'.repeat(50_000) + '\u0002'.repeat(100_000), controls);
    expect(lines).toHaveLength(50_001);
    expect(controls).toHaveLength(50_001);
    expect(controls.at(-1)).toBe(150_000);
  });
});

describe('tokenize with controls', () => {
  it('passes `controls` through to splitLines', () => {
    const controls: number[] = [];
    const tokens = rowsOf(tokenize('Head\u0000line\n-\nTitle\nSum.ESPN - 4h\u0007', controls));
    expect(tokens.map((token) => token.kind)).toEqual(['text', 'separator', 'text', 'text']);
    expect(controls).toEqual([4, 31]);
  });

  it('gives the same tokens with and without `controls`', () => {
    const input = '\uFEFFHeadline\r\nBy Ana Ruiz\r\n![a](u)\r\n  Advertisement \r\n-\r\nSum.ESPN - 4h -\rMore\n';
    expect(rowsOf(tokenize(input, []))).toEqual(rowsOf(tokenize(input)));
  });
});

describe('the line table', () => {
  it("keeps each kind's details in its row", () => {
    const rows = rowsOf(tokenize('\uFEFFHeadline\r\nBy Ana Ruiz, Staff Writer\r\n-\rTitle\n  Sum.ESPN  -  12h -  \nTail.Wire - 5d'));
    expect(rows.map((row) => [row.kind, row.value])).toEqual([
      ['text', 'Headline'],
      ['byline', 'By Ana Ruiz, Staff Writer'],
      ['separator', '-'],
      ['text', 'Title'],
      ['attribution', 'Sum.ESPN  -  12h -'],
      ['attribution', 'Tail.Wire - 5d'],
    ]);
    expect(rows[0]).toMatchObject({ start: 0, textStart: 1, end: 9, next: 11, name: undefined, tail: null });
    expect(rows[1]?.name).toBe('Ana Ruiz');
    // offsets in the line's text, as scanAttributionTail gives them for the line alone
    expect(rows[4]?.tail).toEqual({ sourceEnd: 10, ageStart: 15, age: '12h', itemSeparator: true });
    expect(rows[5]?.tail).toEqual({ sourceEnd: 9, ageStart: 12, age: '5d', itemSeparator: false });
    expect(scanAttributionTail('  Sum.ESPN  -  12h -  ')).toMatchObject({ sourceEnd: 10, ageStart: 15, ageEnd: 18 });
  });

  it('grows past the room it starts with', () => {
    const input = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `T${i}` : i % 3 === 1 ? `S.Wire - ${i}m -` : '-')).join('\n');
    const table = tokenize(input);
    expect(table.count).toBe(5000);
    expect(table.value(4997)).toBe('-');
    expect(table.value(4998)).toBe('T4998');
    expect(table.kind(4996)).toBe('attribution');
    expect(table.age(4996)).toBe('4996m');
    expect(table.next(4999)).toBe(input.length);
    for (let i = 1; i < table.count; i++) expect(table.start(i)).toBe(table.next(i - 1));
  });

  it("gives the same rows from a released table's buffer", () => {
    const input = 'Headline\n-\nTitle\nSum.Wire - 2d\nBy Ana Ruiz';
    const fresh = rowsOf(tokenize(input));
    const earlier = tokenize('By Tom Lee\nSum.ESPN - 4h -\n![a](u)\nAdvertisement\n-');
    earlier.release();
    expect(earlier.count).toBe(0);
    expect(rowsOf(tokenize(input))).toEqual(fresh);
  });

  it('trims every line as String#trim does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(' ', '\u3000', '\u2028', '\ufeff', '\u0085', '\u180e', '\u200b', '\t\u000b')), { maxLength: 12 }), (pieces) => {
        const table = tokenize(pieces.join(''));
        for (let i = 0; i < table.count; i++) expect(table.value(i)).toBe(table.text(i).trim());
      }),
      { numRuns: 500 },
    );
  });
});

describe('classify', () => {
  it.each([
    ['no surrounding space', 'Body.', 'Body.'],
    ['spaces', '  Body.  ', 'Body.'],
    ['tab', '\tBody.', 'Body.'],
    ['no-break space', '\u00a0Body.\u00a0', 'Body.'],
    ['Unicode space at the end', 'Body.\u3000', 'Body.'],
    ['curly quotes', '“Body.”', '“Body.”'],
    ['a lone character', 'x', 'x'],
  ])('trims the value as String#trim does: %s', (_name, text, value) => {
    expect(tokenize(text).value(0)).toBe(value);
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
    ['By Jane Doe, Science and Health Editor', 'Jane Doe'],
    ['By Jane Doe, The Associated Press', 'Jane Doe'],
    ['By Jane Doe, Harbor Ledger', 'Jane Doe'],
    ['Von Jana Albrecht und Ole Petersen', 'Jana Albrecht und Ole Petersen'],
    ['Par Camille Roussel', 'Camille Roussel'],
    ['di Martina Zanon', 'Martina Zanon'],
    ['Deur Annelie Botha', 'Annelie Botha'],
    ['By Channel 9 Eastfield Staff', 'Channel 9 Eastfield Staff'],
    ['Oleh: Rina Hartono', 'Rina Hartono'],
    ['بقلم: سالم الحارثي', 'سالم الحارثي'],
    ['김서연 기자', '김서연'],
    ['By Frank DeMarco | NJ Advance Media for NJ.com', 'Frank DeMarco'],
    ['김서연·박민수 기자', '김서연·박민수'],
    ['By Rosalind Achebe, Theo Marsh and Quinn Delacroix', 'Rosalind Achebe, Theo Marsh and Quinn Delacroix'],
    ['By Ana Ruiz, Tom Lee, and Ida Berg', 'Ana Ruiz, Tom Lee, and Ida Berg'],
    ['By Ana Ruiz, Tom Lee & Ida Berg', 'Ana Ruiz, Tom Lee & Ida Berg'],
    ['By Ana Ruiz, Tom Lee and Ida Berg, Staff Writers', 'Ana Ruiz, Tom Lee and Ida Berg'],
    ['By Ana Ruiz, Tom Lee', 'Ana Ruiz'],
    ['By Rosalind “Rosie” Adebayo-Clarke', 'Rosalind “Rosie” Adebayo-Clarke'],
    ['By "Big" Jim Cole', '"Big" Jim Cole'],
  ])('%j → %j', (line, name) => {
    expect(matchByline(line)).toBe(name);
  });

  it.each([
    'By the numbers: a year of storms',
    'By “the numbers”, a year of storms',
    'By then it was too late.',
    'Bypass reopens',
    'By',
    'By Jane Doe!',
    'Nearby residents left',
    'Von Berlin aus fährt der Zug jede Stunde',
    'Par for the course, officials said',
    'Door County crews cleared the roads',
    'Avon police closed the bridge',
    '부산시는 기자회견을 열었다',
    '김서연 기자는 말했다',
    `By ${'Word '.repeat(40)}`,
  ])('rejects %j', (line) => {
    expect(matchByline(line)).toBeNull();
  });
});

describe('isBoilerplate', () => {
  it('relies on what its first-letter filter assumes', () => {
    // every phrase opens with a lowercase ASCII letter or a character outside ASCII …
    for (const phrase of BOILERPLATE_PHRASES) expect(phrase).toMatch(/^[a-z\u0080-\uffff]/);
    // … outside ASCII only U+0130 and U+212A lowercase to an ASCII letter …
    const lowercaseToAscii: number[] = [];
    for (let code = 128; code < 0x10000; code++) if (String.fromCharCode(code).toLowerCase().charCodeAt(0) < 128) lowercaseToAscii.push(code);
    expect(lowercaseToAscii).toEqual([0x130, 0x212a]);
    // … and every character that lowercases to a phrase's first character outside ASCII is let through
    const firsts = new Set([...BOILERPLATE_PHRASES].map((phrase) => phrase.charCodeAt(0)).filter((code) => code >= 128));
    for (let code = 128; code < 0x10000; code++) {
      if (firsts.has(String.fromCharCode(code).toLowerCase().charCodeAt(0))) expect(PHRASE_FIRST_CODES.has(code), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('finds phrases whatever their first letter, and turns other openings away', () => {
    for (const phrase of BOILERPLATE_PHRASES) expect(isBoilerplate(phrase.toUpperCase()) || isBoilerplate(phrase)).toBe(true);
    expect(isBoilerplate('“Advertisement')).toBe(false);
    for (const label of ['広告', '광고', 'إعلان', 'Реклама', 'РЕКЛАМА', 'Διαφήμιση']) expect(isBoilerplate(label), label).toBe(true);
    expect(isBoilerplate('Zadvertisement')).toBe(false);
  });

  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Continue reading',
    'Continue reading…',
    'Story continues below advertisement',
    'Story continues below this ad',
    'Skip Advertisement',
    'Read more »',
    'Share this article',
    'Listen to this article',
    'Subscribe',
    'READ  MORE',
    'Read\tmore:',
    'Read \u00a0more',
    'Ad.',
    'Sign up for our newsletters!',
    'Share on X ›',
    'Lin\u212a copied',
    'Story continues',
    'Ad Feedback',
    'Continua a leggere',
    'Lees verder na de advertentie',
    'Weiterlesen »',
    'CLICK HERE TO GET THE FOX NEWS APP',
    'Click here for more sports coverage',
  ])('%j is boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'Read more about the harbor plan in our guide.',
    'Advertisement revenue fell by a third.',
    'Subscribers will get the new app first.',
    '',
    'Read mor',
    'Read more x',
    'Readmore',
    'Sharé',
    'Adx',
    `Advertisement${' '.repeat(50)}x`,
  ])('%j is not', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe('the rule table', () => {
  it('turns a line away from the attribution rule only where scanAttributionTail finds no tail', () => {
    const attribution = RULES.find((rule) => rule.name === 'attribution');
    const ending = fc.constantFrom(' - 4h', ' - 2w', ' - 5d', ' - 12m -', ' -\u00a04d \t', ' - 3w -\u3000', '- 1h', ' - h', '4h', ' - 4x', ' - 4h - ', '');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), ending, (head, tail) => {
        const input = head + tail;
        const from = input.length - input.trimStart().length;
        const to = input.trimEnd().length;
        fc.pre(to > from); // blank lines never reach the rule
        const line = { input, from, to, textFrom: 0, textTo: input.length };
        expect(attribution?.match(line) !== null).toBe(scanAttributionTail(input) !== null);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides each row as a walk of RULES in order would (the walk in tokenize.ts is unrolled)', () => {
    fc.assert(
      fc.property(fc.oneof(noisyDump, anyString), (input) => {
        const table = tokenize(input);
        for (let i = 0; i < table.count; i++) {
          const from = table.valueStart(i);
          const line = { input, from, to: from + table.value(i).length, textFrom: table.textStart(i), textTo: table.end(i) };
          const first = RULES.find((rule) => rule.match(line) !== null);
          expect(table.kind(i)).toBe(first?.name);
        }
      }),
      { numRuns: 1000 },
    );
  });

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
      // byline-shaped, but a teaser line: "Di" opens Indonesian sentences too
      'Di Pasar Senen, harga bawang naik.detikFinance - 3d',
    ].join('\n');
    expect(rowsOf(tokenize(input)).map((token) => token.kind)).toEqual([
      'text',
      'blank',
      'separator',
      'separator',
      'image',
      'byline',
      'boilerplate',
      'attribution',
      'text',
      'attribution',
    ]);
  });
});
