import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedAt } from '../../src/model/time.js';

const native = (ms: number): string | null => (Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : null);

describe('publishedAt', () => {
  it('writes what Date#toISOString writes, for any capture time and age', () => {
    const capture = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
      fc.constantFrom(0, -1, 59_999, 60_000, Date.UTC(2025, 2, 3, 12), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(0, 0, 1) - 1),
    );
    const age = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }).map((minutes) => minutes * 60),
      fc.integer({ min: 0, max: 999_999_999 }).map((weeks) => weeks * 604_800),
      fc.integer({ min: 0, max: 2 ** 40 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(capture, age), { minLength: 1, maxLength: 6 }), (pairs) => {
        // several in a row: what one call keeps must not leak into the next
        for (const [capturedMs, seconds] of pairs) expect(publishedAt(capturedMs, seconds)).toBe(native(capturedMs - seconds * 1000));
      }),
      { numRuns: 3000 },
    );
  });

  it('is null without a capture time', () => {
    expect(publishedAt(null, 60)).toBeNull();
  });
});
