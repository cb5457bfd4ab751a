// Split the input once into lines, remembering where each one sits.
//
//   "\uFEFFHeadline\r\nBody\rmore\n-"  →  4 lines: "Headline", "Body", "more", "-"
//
// LF, CRLF and CR all end a line; a leading byte-order mark is not part of line 1's
// text but stays inside its span, so that the spans of all lines tile the input.
//
// On request the same pass also finds control characters (binary-looking input):
//
//   splitLines("ok\na\u0000b\u0001\nok", controls)  →  controls = [4]
//   (the offset of the first control character of each line that holds one)

import { scanSpecials } from './specials.js';

/**
 * Receives each line, in order, as offsets into the input (nothing is copied):
 * `start` the line's first character (for line 1 this is 0, before any BOM),
 * `textStart` its text's first character (after a BOM on line 1), `end` just past
 * its text (where the line ending begins), `next` just past the line ending (the
 * next line's `start`).
 */
export interface LineSink {
  line(start: number, textStart: number, end: number, next: number): void;
}

const BOM = 0xfeff;

/**
 * Hand each line of `input` to `sink`. With `controls`, also push onto it, in
 * ascending order, the input offset of the first control character (U+0000–U+0008,
 * U+000B, U+000C, U+000E–U+001F, U+007F; not tab, LF or CR) of each line that holds one.
 */
export function splitLines(input: string, sink: LineSink, controls?: number[]): void {
  if (controls === undefined) splitAtLineEnds(input, sink);
  else if (!splitAtSpecials(input, controls, sink)) splitFindingControls(input, controls, sink);
}

function splitAtLineEnds(input: string, sink: LineSink): void {
  const length = input.length;
  let start = 0;
  let textStart = length > 0 && input.charCodeAt(0) === BOM ? 1 : 0;
  // The next LF and the next CR at or after `textStart` (-1: none left), each found by
  // indexOf: a native scan several times faster than a charCodeAt loop, and each
  // character is scanned at most once per kind of line ending.
  let lf = input.indexOf('\n', textStart);
  let cr = input.indexOf('\r', textStart);
  // An empty input still has one (empty) line, like an empty file in an editor.
  for (;;) {
    if (lf !== -1 && lf < textStart) lf = input.indexOf('\n', textStart);
    if (cr !== -1 && cr < textStart) cr = input.indexOf('\r', textStart);
    const end = cr === -1 ? lf : lf === -1 || cr < lf ? cr : lf;
    if (end === -1) {
      sink.line(start, textStart, length, length);
      return;
    }
    const next = end === cr && lf === cr + 1 ? end + 2 : end + 1;
    sink.line(start, textStart, end, next);
    if (next >= length) return; // a final newline does not open a new line
    start = next;
    textStart = next;
  }
}

/**
 * splitLines with `controls`, from the offsets of the line endings and control
 * characters that scanSpecials finds (the WebAssembly scanner): a line ends at each
 * LF and each CR, except a CR right before an LF, which ends it with the LF.
 * False, having done nothing, where the scanner cannot run.
 */
export function splitAtSpecials(input: string, controls: number[], sink: LineSink): boolean {
  const length = input.length;
  let start = 0;
  let textStart = length > 0 && input.charCodeAt(0) === BOM ? 1 : 0;
  let lineHasControl = false;
  const scanned = scanSpecials(input, (at) => {
    const code = input.charCodeAt(at);
    if (code === 10 || code === 13) {
      // "\r\n": the LF ends the line (never read past the end: V8 would take its slow path here for good)
      if (code === 13 && at + 1 < length && input.charCodeAt(at + 1) === 10) return;
      const end = code === 10 && at > start && input.charCodeAt(at - 1) === 13 ? at - 1 : at;
      sink.line(start, textStart, end, at + 1);
      start = at + 1;
      textStart = at + 1;
      lineHasControl = false;
    } else if (!lineHasControl) {
      controls.push(at); // "a\u0000b\u0001" → 1: only a line's first control character
      lineHasControl = true;
    }
  });
  if (!scanned) return false;
  // The last line, unless the input ends with a line ending (which opens none); an
  // empty input still has one.
  if (start < length || length === 0) sink.line(start, textStart, length, length);
  return true;
}

/**
 * A run of characters that are neither a line ending nor a control character; sticky,
 * so `test` starting at `lastIndex` moves `lastIndex` to the run's end (it always
 * matches, if only the empty run). Every character has to be looked at to find
 * controls, and this greedy loop over one character class is the cheapest look V8
 * offers (~0.5 ns a character, against ~1 ns for an unanchored search of the control
 * class and ~1.2 ns for a charCodeAt loop); stopping at line ends as well spares the
 * indexOf scans. On the bench corpus, split + controls takes ~12.5 µs a dump, against
 * ~21.5 µs for the indexOf split and a whole-text regex test. Without `controls` the
 * indexOf split stays: ~5.5 µs, no per-line regex call.
 */
const RUN = /[^\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*/y;
/** The rest of a line after its first control character: "\u0000\u0001…" costs one call. */
const REST_OF_LINE = /[^\n\r]*/y;

/** splitLines with `controls` by regex: where scanSpecials cannot run (and to check it). */
export function splitFindingControls(input: string, controls: number[], sink: LineSink): void {
  const length = input.length;
  let start = 0;
  let textStart = length > 0 && input.charCodeAt(0) === BOM ? 1 : 0;
  for (;;) {
    RUN.lastIndex = textStart;
    RUN.test(input);
    let end = RUN.lastIndex; // a line ending, a control character or the input's end
    let code = end < length ? input.charCodeAt(end) : -1;
    if (code !== 10 && code !== 13 && code !== -1) {
      // "a\u0000b\u0001" → 1: only a line's first control character is reported
      controls.push(end);
      REST_OF_LINE.lastIndex = end + 1;
      REST_OF_LINE.test(input);
      end = REST_OF_LINE.lastIndex;
      code = end < length ? input.charCodeAt(end) : -1;
    }
    if (code === -1) {
      sink.line(start, textStart, length, length);
      return;
    }
    const next = code === 13 && input.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    sink.line(start, textStart, end, next);
    if (next >= length) return; // a final newline does not open a new line
    start = next;
    textStart = next;
  }
}
