// The URL hash: base64url bytes, and the page state through deflate-raw and back.

import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../playground/src/base64url.js';
import { decodeHash, encodeHash, type SharedState } from '../../playground/src/share-hash.js';
import { DUMP_FILES, SMALL_DUMP } from './dumps.js';

describe('base64url', () => {
  it('round-trips every byte value with only URL-safe characters', () => {
    const bytes = Uint8Array.from({ length: 515 }, (_, i) => (i * 7) % 256);
    const text = toBase64url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64url(text)).toEqual(bytes);
  });

  it('matches the RFC 4648 alphabet', () => {
    expect(toBase64url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
    expect(toBase64url(new TextEncoder().encode('foob'))).toBe('Zm9vYg');
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => fromBase64url('ab+c')).toThrow(SyntaxError);
  });
});

describe('share hash', () => {
  const state: SharedState = {
    text: `${SMALL_DUMP}\n“Curly quotes”, ü, 漢字 and an emoji 🌊`,
    capturedAt: '2025-03-10T08:00:00Z',
    sources: ['Eastbank Herald', 'LKSH Weekly'],
    strict: true,
  };

  it('round-trips the dump and every option', async () => {
    const hash = await encodeHash(state);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(await decodeHash(hash)).toEqual(state);
  });

  it('compresses: a real dump’s hash is shorter than the dump', async () => {
    const largest = [...DUMP_FILES].sort((a, b) => b.text.length - a.text.length)[0];
    const text = largest?.text ?? '';
    expect(text.length).toBeGreaterThan(2000);
    const hash = await encodeHash({ text, capturedAt: '', sources: [], strict: false });
    expect(hash.length).toBeLessThan(text.length);
  });

  it('returns null for other hashes, damaged data and other versions', async () => {
    const good = await encodeHash(state);
    expect(await decodeHash('')).toBeNull();
    expect(await decodeHash('#section-2')).toBeNull();
    expect(await decodeHash(`${good.slice(0, -6)}`)).toBeNull();
    expect(await decodeHash('#s=not*base64')).toBeNull();
    const json = JSON.stringify({ v: 2, text: 'x', capturedAt: '', sources: [], strict: false });
    const packed = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const otherVersion = `#s=${toBase64url(new Uint8Array(await new Response(packed).arrayBuffer()))}`;
    expect(await decodeHash(otherVersion)).toBeNull();
  });
});
