// The CLI's small pure pieces, tested directly: ordering, line splitting, UTF-8
// positions, --out paths, option values, records and the failure format.

import { isUtf8 } from 'node:buffer';
import { InvalidArgumentError } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchSize, inBatches, MAX_BATCH } from '../../src/cli/batches.js';
import type { Input } from '../../src/cli/collect-inputs.js';
import { hasExtension } from '../../src/cli/collect-inputs.js';
import { formatFailure } from '../../src/cli/failure.js';
import { inOrder } from '../../src/cli/in-order.js';
import { splitLines } from '../../src/cli/lines.js';
import { capturedAtOption, extensionsOption, jobsOption } from '../../src/cli/option-values.js';
import { outPathFor, planOutPaths } from '../../src/cli/out-paths.js';
import { articleRecord, errorRecord } from '../../src/cli/records.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { findInvalidUtf8, firstInvalidByte } from '../../src/cli/utf8-check.js';

const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('inOrder', () => {
  it('hands results back in input order when later tasks finish first', async () => {
    const delays = [30, 5, 20, 0, 10, 1];
    const results = await collect(inOrder(delays, async (ms) => (await tick(ms), ms * 2), 4));
    expect(results).toEqual(delays.map((ms) => [ms, ms * 2]));
  });

  it('never has more than `window` tasks started and not yet handed back', async () => {
    let outstanding = 0;
    let most = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    for await (const [item] of inOrder(items, async (i) => {
      outstanding++;
      most = Math.max(most, outstanding);
      await tick(i % 3);
      return i;
    }, 5)) {
      expect(item).toBeGreaterThanOrEqual(0);
      outstanding--;
    }
    expect(most).toBe(5);
  });

  it('hands a result back without waiting for more input', async () => {
    let release = (): void => {};
    async function* slowInput(): AsyncGenerator<string> {
      yield 'first';
      await new Promise<void>((resolve) => (release = resolve));
      yield 'second';
    }
    const results = inOrder(slowInput(), async (item) => item.toUpperCase(), 8);
    expect((await results.next()).value).toEqual(['first', 'FIRST']);
    release();
    expect((await results.next()).value).toEqual(['second', 'SECOND']);
    expect((await results.next()).done).toBe(true);
  });

  it('rethrows a failed task when its turn comes', async () => {
    const seen: number[] = [];
    const run = async (i: number): Promise<number> => {
      if (i === 2) throw new Error('task 2 failed');
      return i;
    };
    await expect(async () => {
      for await (const [i] of inOrder([0, 1, 2, 3], run, 4)) seen.push(i);
    }).rejects.toThrow('task 2 failed');
    expect(seen).toEqual([0, 1]);
  });

  it('refuses a window below 1', async () => {
    await expect(collect(inOrder([1], async (i) => i, 0))).rejects.toThrow(RangeError);
  });
});

describe('batches', () => {
  it('are as large as allowed, yet give every thread several', () => {
    expect(batchSize(10_000, 2)).toBe(MAX_BATCH);
    expect(batchSize(40, 2)).toBe(2);
    expect(batchSize(5, 1)).toBe(1);
    expect(batchSize(0, 4)).toBe(1);
  });

  it('cover every item once, in order', () => {
    const items = Array.from({ length: 35 }, (_, i) => i);
    const batches = inBatches(items, 16);
    expect(batches.map((batch) => batch.length)).toEqual([16, 16, 3]);
    expect(batches.flat()).toEqual(items);
  });
});

describe('splitLines', () => {
  const split = async (...chunks: (string | Buffer)[]) =>
    (await collect(splitLines((async function* () {
      for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    })()))).map((line) => line.toString('utf8'));

  it('splits on LF and CRLF, keeps empty lines, needs no final newline', async () => {
    expect(await split('a1\r\nb2\n\nc3')).toEqual(['a1', 'b2', '', 'c3']);
    expect(await split('only\n')).toEqual(['only']);
    expect(await split('')).toEqual([]);
  });

  it('joins a line (and a character) split across chunks', async () => {
    const bytes = Buffer.from('Caf\u00e9 one\nsecond line\r\n');
    const at = bytes.indexOf(0xc3) + 1; // between the two bytes of "é"
    expect(await split(bytes.subarray(0, at), bytes.subarray(at, at + 4), bytes.subarray(at + 4, 16), bytes.subarray(16))).toEqual([
      'Caf\u00e9 one',
      'second line',
    ]);
  });
});

describe('UTF-8 check', () => {
  it('finds nothing wrong in valid text, BOM and astral characters included', () => {
    expect(findInvalidUtf8(Buffer.from('\ufeffHarbor \u00e9 \u2014 \u{1f6a2}\n'))).toBeNull();
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong "/"', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82], 1],
    ['Latin-1 "é" before ASCII', [0x43, 0x61, 0x66, 0xe9, 0x20], 3],
  ])('finds %s', (_, bytes, offset) => {
    expect(firstInvalidByte(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with Node on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => (firstInvalidByte(bytes) === bytes.length) === isUtf8(bytes)),
      { numRuns: 2000 },
    );
  });

  it('gives the line and column a person would open (LF, CRLF and CR lines; UTF-16 columns)', () => {
    const text = (prefix: string) => Buffer.concat([Buffer.from(prefix), Buffer.from([0xff])]);
    expect(findInvalidUtf8(text('one\r\ntwo\rthree\nfo'))).toMatchObject({ line: 4, column: 3 });
    expect(findInvalidUtf8(text('\ufeffab'))).toMatchObject({ line: 1, column: 3 });
    expect(findInvalidUtf8(text('\u{1f6a2}\u00e9'))).toMatchObject({ line: 1, column: 4, offset: 6 });
  });
});

describe('--out paths', () => {
  const file = (path: string, root: string | null): Input => ({ kind: 'file', path, root });

  it('mirror the tree under the out directory, NAME.ext becoming NAME.json', () => {
    expect(outPathFor({ path: 'dumps/world/b.txt', root: 'dumps' }, 'json')).toBe('json/world/b.json');
    expect(outPathFor({ path: 'notes/extra.dump', root: null }, 'out')).toBe('out/extra.json');
    expect(outPathFor({ path: 'crawl/README', root: 'crawl' }, 'out')).toBe('out/README.json');
    expect(outPathFor({ path: 'crawl/v1.2/page.txt', root: 'crawl' }, 'out')).toBe('out/v1.2/page.json');
  });

  it('refuse clashes, stdin and overwriting an input', () => {
    expect(() => planOutPaths([file('x/a.txt', 'x'), file('y/a.txt', 'y')], 'out')).toThrow(UsageError);
    expect(() => planOutPaths([{ kind: 'stdin' }], 'out')).toThrow(UsageError);
    expect(() => planOutPaths([file('dumps/a.json', 'dumps')], 'dumps')).toThrow(/overwrite/);
    const plan = planOutPaths([file('x/a.txt', 'x'), file('x/b.txt', 'x')], 'out');
    expect([...plan.values()]).toEqual(['out/a.json', 'out/b.json']);
  });
});

describe('option values', () => {
  it('--jobs takes whole numbers from 1', () => {
    expect(jobsOption('4')).toBe(4);
    for (const bad of ['0', '-1', '2.5', 'two', '']) expect(() => jobsOption(bad)).toThrow(InvalidArgumentError);
  });

  it('--captured-at takes what the library takes, or mtime', () => {
    expect(capturedAtOption('2025-03-10T08:00:00Z')).toBe('2025-03-10T08:00:00Z');
    expect(capturedAtOption('mtime')).toBe('mtime');
    expect(() => capturedAtOption('next Tuesday')).toThrow(InvalidArgumentError);
  });

  it('--ext takes a comma-separated list, dots optional', () => {
    expect(extensionsOption('.txt, dump')).toEqual(['txt', 'dump']);
    expect(() => extensionsOption(' , ')).toThrow(InvalidArgumentError);
    expect(hasExtension('PAGE.TXT', ['txt'])).toBe(true);
    expect(hasExtension('page.txt.bak', ['txt'])).toBe(false);
  });
});

describe('records and failures', () => {
  const failure = { code: 'orphan-line', message: 'Stray "line"', line: 12, column: 3 } as const;

  it('formats a failure as file:line:column: code message', () => {
    expect(formatFailure('dumps/a.txt', failure)).toBe('dumps/a.txt:12:3: orphan-line Stray "line"');
  });

  it('writes JSONL records that read back as {file, article} and {file, error}', () => {
    expect(JSON.parse(articleRecord('dumps/"q".txt', '{"headline":"Ferry"}'))).toEqual({ file: 'dumps/"q".txt', article: { headline: 'Ferry' } });
    expect(JSON.parse(errorRecord('-', failure))).toEqual({ file: '-', error: failure });
  });
});
