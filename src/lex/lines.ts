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

const LF = 10;
const CR = 13;
const BOM = 0xfeff;

export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const length = input.length;
  let start = 0;
  let textStart = length > 0 && input.charCodeAt(0) === BOM ? 1 : 0;
  let number = 1;
  let index = textStart;
  // An empty input still has one (empty) line, like an empty file in an editor.
  for (;;) {
    // Scan to the next line ending; indexOf-free loop keeps CR handling in one place.
    let code = -1;
    while (index < length) {
      code = input.charCodeAt(index);
      if (code === LF || code === CR) break;
      index++;
    }
    const end = index;
    if (index >= length) {
      lines.push({ number, text: input.slice(textStart, end), start, textStart, end, next: end });
      return lines;
    }
    index += code === CR && input.charCodeAt(index + 1) === LF ? 2 : 1;
    lines.push({ number, text: input.slice(textStart, end), start, textStart, end, next: index });
    if (index >= length) return lines; // a final newline does not open a new line
    number++;
    start = index;
    textStart = index;
  }
}
