import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitAtSpecials, splitFindingControls } from '../../src/lex/lines.js';
import { scanSpecials } from '../../src/lex/specials.js';
import { anyString, noisyDump } from '../helpers/arbitraries.js';

/** The offsets scanSpecials visits. */
function specials(input: string): number[] {
  const offsets: number[] = [];
  expect(scanSpecials(input, (offset) => offsets.push(offset))).toBe(true);
  return offsets;
}

/** The lines and controls a split hands on, as one list of numbers each. */
function splitWith(split: typeof splitFindingControls, input: string): { lines: number[]; controls: number[] } {
  const lines: number[] = [];
  const controls: number[] = [];
  split(input, controls, { line: (start, textStart, end, next) => lines.push(start, textStart, end, next) });
  return { lines, controls };
}

const byScan: typeof splitFindingControls = (input, controls, sink) => {
  expect(splitAtSpecials(input, controls, sink)).toBe(true);
};

describe('scanSpecials (the WebAssembly scanner)', () => {
  it('runs here (Node has WebAssembly and Buffer)', () => {
    expect(scanSpecials('', () => {})).toBe(true);
  });

  it('visits LF, CR and control characters, not tab', () => {
    expect(specials('ab\ncd\u0000e\tf\rg\u007fh\u001f')).toEqual([2, 5, 9, 11, 13]);
    expect(specials('plain text, no specials at all')).toEqual([]);
  });

  it('does not take a wide character for the control in its low byte', () => {
    // U+010A, U+0D00, U+FF0D, U+8000 (negative as a signed 16-bit lane), surrogates, U+017F
    expect(specials('\u010a\u0d00\uff0d\u8000\ud800\udc00\u017f\u0100\u2028\n')).toEqual([9]);
  });

  it('finds specials in every lane of a 32-unit step and in a short last step', () => {
    for (let lane = 0; lane < 72; lane++) {
      const input = 'x'.repeat(lane) + '\u0001' + 'y'.repeat(71 - lane);
      expect(specials(input)).toEqual([lane]);
    }
    expect(specials('\u0001'.repeat(70))).toEqual(Array.from({ length: 70 }, (_, i) => i));
  });

  it('reads past the 32,768-unit window, and a window of nothing but specials', () => {
    const input = 'a'.repeat(32_767) + '\r\n' + 'b\u0002'.repeat(20_000) + '\n'.repeat(40_000);
    const offsets = specials(input);
    expect(offsets).toHaveLength(2 + 20_000 + 40_000);
    expect(offsets.slice(0, 3)).toEqual([32_767, 32_768, 32_770]);
    expect(offsets.at(-1)).toBe(input.length - 1);
  });
});

describe('the two splits that find controls agree', () => {
  it.each([
    ['CRLF across the window edge', 'a'.repeat(32_767) + '\r\nb\u0000'],
    ['CR at the window edge', 'a'.repeat(32_767) + '\rb'],
    ['BOM, controls, all line endings', '\uFEFF\u0000a\r\n\u0001\r\u0002\n\t\u007f\r'],
    ['empty', ''],
    ['BOM only', '\uFEFF'],
    ['only line endings', '\r\n\n\r\r\n'],
    ['windows of nothing but specials', '\u0003\n'.repeat(40_000)],
  ])('%s', (_name, input) => {
    expect(splitWith(byScan, input)).toEqual(splitWith(splitFindingControls, input));
  });

  it('on any string and any dump', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, noisyDump), (input) => {
        expect(splitWith(byScan, input)).toEqual(splitWith(splitFindingControls, input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('where the scanner cannot run', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('says so without a Buffer (a browser), and splitLines falls back to the regex', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.resetModules();
    const fresh = await import('../../src/lex/specials.js');
    expect(fresh.scanSpecials('a\nb', () => {})).toBe(false);
    const lines = await import('../../src/lex/lines.js');
    const controls: number[] = [];
    const seen: number[] = [];
    lines.splitLines('a\u0000\r\nb', { line: (_s, _t, end) => seen.push(end) }, controls);
    expect(seen).toEqual([2, 5]);
    expect(controls).toEqual([1]);
  });
});

describe('specials-wasm.ts', () => {
  it('holds what specials.wat assembles to (npm run build:wasm)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { specialsModule } = await import('../../scripts/build-wasm.mjs');
    const wat = readFileSync(new URL('../../src/lex/specials.wat', import.meta.url), 'utf8');
    const committed = readFileSync(new URL('../../src/lex/specials-wasm.ts', import.meta.url), 'utf8');
    expect(await specialsModule(wat)).toBe(committed);
  });
});
