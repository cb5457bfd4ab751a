// Split the input once into lines, remembering where each one sits.
//
//   "\uFEFFHeadline\r\nBody\rmore\n-"  →  4 lines: "Headline", "Body", "more", "-"
//
// LF, CRLF and CR all end a line; a leading byte-order mark is not part of line 1's
// text but stays inside its span, so that the spans of all lines tile the input.

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line's text without its line ending (and without a leading BOM). */
  readonly text: string;
  /** Offset of the line's first character (for line 1 this is 0, before any BOM). */
  readonly start: number;
  /** Offset of `text`'s first character (after a BOM on line 1). */
  readonly textStart: number;
  /** Offset just past `text` (where the line ending begins). */
  readonly end: number;
  /** Offset just past the line ending (the next line's `start`). */
  readonly next: number;
}

const BOM = 0xfeff;

export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const length = input.length;
  let start = 0;
  let textStart = length > 0 && input.charCodeAt(0) === BOM ? 1 : 0;
  let number = 1;
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
      lines.push({ number, text: input.slice(textStart), start, textStart, end: length, next: length });
      return lines;
    }
    const next = end === cr && lf === cr + 1 ? end + 2 : end + 1;
    lines.push({ number, text: input.slice(textStart, end), start, textStart, end, next });
    if (next >= length) return lines; // a final newline does not open a new line
    number++;
    start = next;
    textStart = next;
  }
}
