// Strict mode: each malformed input throws a NewsDumpError with this code, line and
// column — and lenient mode returns the same as its first error diagnostic.

import { describe, expect, it } from 'vitest';
import { NewsDumpError, parseArticle } from '../src/index.js';

const cases: Array<[string, string, string, number, number]> = [
  ['empty input', '', 'empty-input', 1, 1],
  ['only spaces and newlines', '   \n\n  \t\n', 'empty-input', 1, 1],
  ['only a BOM', '\uFEFF', 'empty-input', 1, 1],
  ['starts with a separator', '-\nTitle\nSummary.Reuters - 4h', 'missing-headline', 1, 1],
  ['blank lines, then a separator', '\n\n-\nTitle\nSummary.Reuters - 4h', 'missing-headline', 3, 1],
  ['only boilerplate before the rails', 'Advertisement\n-\nT\nS.Reuters - 4h', 'missing-headline', 1, 1],
  ['only an image before the rails', '![x](https://img.example/x.jpg)\n-\nT\nS.Reuters - 4h', 'missing-headline', 1, 1],
  ['two text lines before an attribution', 'Head\n-\nA\nB\nS.Reuters - 4h', 'orphan-line', 3, 1],
  ['indented stray line', 'Head\n-\nT\nS.Reuters - 4h\n    stray', 'orphan-line', 5, 5],
  ['a title that never gets its attribution', 'Head\n-\nT\nS.Reuters - 4h -\nLonely title', 'orphan-line', 5, 1],
  ['stray line after a heading-less rail', 'Head\n-\nT\nS.Reuters - 4h\nOne\nTwo\nThree\n-', 'orphan-line', 5, 1],
  ['stray lines separated by blanks', 'Head\n-\nA\n\nB\n\nT\nS.Reuters - 4h', 'orphan-line', 3, 1],
  ['orphan in the second rail', 'Head\n-\nT\nS.Reuters - 4h\nMore from X Ledger\n-\nStray\nAgain\nS2.X Ledger - 1h', 'orphan-line', 7, 1],
  ['orphan on a CRLF line', 'Head\r\n-\r\nA\r\nB\r\nS.Reuters - 4h', 'orphan-line', 3, 1],
  ['orphan on a CR line', 'Head\r-\rA\rB\rS.Reuters - 4h', 'orphan-line', 3, 1],
  ['orphan after a BOM on line 1', '\uFEFFHead\n-\n\tA\nB\nS.Reuters - 4h', 'orphan-line', 3, 2],
  ['image line in a rail', 'Head\n-\n![x](https://img.example/x.jpg)\nT\nS.Reuters - 4h', 'unexpected-image', 3, 1],
  ['indented image line in a rail', 'Head\n-\nT\nS.Reuters - 4h -\n  ![x](u)', 'unexpected-image', 5, 3],
  ['image line between title and attribution', 'Head\n-\nT\n![x](u)\nS.Reuters - 4h', 'orphan-line', 3, 1],
  ['malformed image in a rail', 'Head\n-\n![x](a b)\nT\nS.Reuters - 4h', 'unexpected-image', 3, 1],
  ['first error wins over later ones', 'Head\n-\nA\nB\nS.Reuters - 4h\n![x](u)', 'orphan-line', 3, 1],
  ['error after warnings', 'Head\n![x](a b)\nBody.\n-\nT\nno source here - 4h\nStray\nMore\nS.Reuters - 1h', 'orphan-line', 7, 1],
];

describe('strict mode', () => {
  it('has a table of at least 20 malformed inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s → %s at %i:%i', (_name, text, code, line, column) => {
    let error: unknown;
    try {
      parseArticle(text, { strict: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NewsDumpError);
    expect(error).toMatchObject({ code, line, column });
    expect((error as Error).message).toContain(`${line}:${column}: ${code}`);
    const first = parseArticle(text).diagnostics.find((d) => d.severity === 'error');
    expect(first).toMatchObject({ severity: 'error', code, line, column });
  });

  it.each([
    ['a clean dump', 'Head\nBody.\n-\nT\nS.Reuters - 4h'],
    ['warnings only: malformed image, missing source, empty rail', 'Head\n![x](a b)\nBody.\n-\nT\nno source here - 4h\nMore from Y Ledger\n-'],
    ['infos only: boilerplate, guessed source', 'Head\nAdvertisement\nBody.\n-\nT\nSaid Harbor Ledger - 4h'],
  ])('does not throw for %s', (_name, text) => {
    expect(() => parseArticle(text, { strict: true })).not.toThrow();
  });
});
