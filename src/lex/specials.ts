// The specials of a text: its line endings and control characters, found by a small
// WebAssembly module that looks at 32 code units a step (specials.wat).
//
//   scanSpecials("ab\ncd\u0000e", visit)  →  visit(2), visit(5); true
//
// Every character must be looked at to find control characters. In JavaScript the
// cheapest look is a regex over one character class, ~0.5 ns a character; the module
// takes ~0.1 ns, and on the bench corpus it brings splitting with the control check
// from ~10.5 µs a dump to ~4.5 µs. It needs a fast way to copy a string into its
// memory as UTF-16: Node's Buffer#write. Where there is none (a browser) or no
// WebAssembly, scanSpecials says so and the caller uses the regex.

import { SPECIALS_WASM } from './specials-wasm.js';

/** specials.wat's memory layout: the window of text, then the events (one per code unit at most). */
const WINDOW_UNITS = 32_768;
const EVENTS_BYTE_OFFSET = 65_536;
/** The module scans whole steps of this many code units. */
const STEP_UNITS = 32;
const SPACE = 32;

/**
 * What this needs of the host, typed here: the library's types assume neither Node
 * nor a browser. Node's Buffer copies a string into memory as UTF-16 at native speed.
 */
interface Host {
  WebAssembly?: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object) => { exports: Record<string, unknown> };
  };
  Buffer?: { from(memory: ArrayBuffer, offset: number, length: number): TextWriter };
}
interface TextWriter {
  write(text: string, offset: number, encoding: 'utf16le'): number;
}
/** specials.wat's exports. */
interface SpecialsExports {
  memory: { buffer: ArrayBuffer };
  scan: (end: number) => number;
}

interface Scanner {
  /** Copies a window of text into the module's memory. */
  readonly text: TextWriter;
  /** The same bytes as code units, to pad the last step. */
  readonly units: Uint16Array;
  readonly events: Int32Array;
  readonly scan: SpecialsExports['scan'];
}

/** The scanner, made on first use (undefined: not yet; null: this host cannot). */
let scanner: Scanner | null | undefined;

function loadScanner(): Scanner | null {
  const { WebAssembly: wasm, Buffer: NodeBuffer } = globalThis as Host;
  if (wasm === undefined || NodeBuffer === undefined) return null;
  try {
    // Synchronous compilation: the module is a few hundred bytes.
    const exports = new wasm.Instance(new wasm.Module(SPECIALS_WASM)).exports as unknown as SpecialsExports;
    const memory = exports.memory.buffer; // never grown: the views stay valid
    return {
      text: NodeBuffer.from(memory, 0, WINDOW_UNITS * 2),
      units: new Uint16Array(memory, 0, WINDOW_UNITS),
      events: new Int32Array(memory, EVENTS_BYTE_OFFSET, WINDOW_UNITS),
      scan: exports.scan,
    };
  } catch {
    return null; // WebAssembly without SIMD (an old engine), or compilation refused
  }
}

/**
 * Call `visit` with the offset of every code unit of `input` below U+0020 but tab,
 * and of every U+007F, in ascending order: LF, CR and the control characters (tabs
 * are left out). Returns false, having visited nothing, when this host cannot run
 * the scanner.
 */
export function scanSpecials(input: string, visit: (offset: number) => void): boolean {
  if (scanner === undefined) scanner = loadScanner();
  if (scanner === null) return false;
  const { text, units, events, scan } = scanner;
  for (let base = 0; base < input.length; base += WINDOW_UNITS) {
    const length = Math.min(WINDOW_UNITS, input.length - base);
    text.write(length === input.length ? input : input.slice(base, base + length), 0, 'utf16le');
    const end = Math.ceil(length / STEP_UNITS) * STEP_UNITS;
    units.fill(SPACE, length, end);
    const count = scan(end);
    for (let k = 0; k < count; k++) {
      const offset = base + (events[k] as number);
      if (input.charCodeAt(offset) !== 9) visit(offset);
    }
  }
  return true;
}
