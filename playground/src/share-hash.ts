// The page's state in its URL hash, so a link reproduces a parse in a bug report.
//
//   { text, capturedAt, sources, strict }  →  JSON  →  deflate-raw  →  base64url  →  "#s=…"
//
// Compression is the platform's CompressionStream (browsers and Node 20 alike).

import { fromBase64url, toBase64url } from './base64url.js';
import type { PlaygroundOptions } from './run-parse.js';

export interface SharedState extends PlaygroundOptions {
  readonly text: string;
}

const PREFIX = '#s=';
/** Bumped if the JSON's shape ever changes. */
const VERSION = 1;

export async function encodeHash(state: SharedState): Promise<string> {
  const json = JSON.stringify({
    v: VERSION,
    text: state.text,
    capturedAt: state.capturedAt,
    sources: state.sources,
    strict: state.strict,
  });
  const packed = await pipeBytes(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return PREFIX + toBase64url(packed);
}

/** The state in a hash made by encodeHash; null for any other hash (or a damaged one). */
export async function decodeHash(hash: string): Promise<SharedState | null> {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const bytes = await pipeBytes(fromBase64url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    return readState(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

function readState(value: unknown): SharedState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { v, text, capturedAt, sources, strict } = value as Record<string, unknown>;
  if (v !== VERSION || typeof text !== 'string' || typeof capturedAt !== 'string' || typeof strict !== 'boolean') {
    return null;
  }
  if (!Array.isArray(sources) || !sources.every((s): s is string => typeof s === 'string')) return null;
  return { text, capturedAt, sources, strict };
}

async function pipeBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
