// Where a byte sequence stops being UTF-8, as a line and column a person can open.
//
//   bytes of "Harbor\nferry \xff docks"  →  { line: 2, column: 7 }
//   bytes of "Harbor ferry"              →  null
//
// Node's `isUtf8` answers the common case (valid) natively; only a file that fails it
// is walked byte by byte to find the first bad sequence.

import { isUtf8 } from 'node:buffer';

export interface Utf8Problem {
  /** Byte offset of the first byte that does not begin or continue a valid sequence. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** `null` when `bytes` is valid UTF-8, else where it first goes wrong. */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Problem | null {
  if (isUtf8(bytes)) return null;
  const offset = firstInvalidByte(bytes);
  return { offset, ...positionOf(bytes, offset) };
}

/** Byte offset of the first invalid sequence (WHATWG/Unicode table 3-7); `bytes.length` if none. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (shape === null) return i;
    for (let k = 1; k <= shape.continuation; k++) {
      const byte = bytes[i + k];
      const low = k === 1 ? shape.low : 0x80;
      const high = k === 1 ? shape.high : 0xbf;
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += shape.continuation + 1;
  }
  return bytes.length;
}

/** For a lead byte: how many continuation bytes follow, and the allowed range of the first. */
function sequenceShape(lead: number): { continuation: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuation: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { continuation: 2, low: 0xa0, high: 0xbf }; // no overlong forms
  if (lead === 0xed) return { continuation: 2, low: 0x80, high: 0x9f }; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { continuation: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { continuation: 3, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuation: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { continuation: 3, low: 0x80, high: 0x8f }; // ≤ U+10FFFF
  return null;
}

/**
 * 1-based line (LF, CRLF and lone CR each end one) and column (UTF-16 code units, a
 * leading BOM not counted) of the byte at `offset`, whose prefix is valid UTF-8.
 */
export function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = hasBom(bytes) ? 3 : 0;
  for (let i = lineStart; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, Math.max(0, offset - lineStart));
  return { line, column: before.toString('utf8').length + 1 };
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
