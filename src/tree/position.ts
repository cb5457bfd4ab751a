// Points and positions from line spans.

import type { Line } from '../lex/lines.js';
import type { Point, Position } from './types.js';

/** The point of `offset`, which lies on `line` (between its start and its end). */
export function pointAt(line: Line, offset: number): Point {
  return { line: line.number, column: offset - line.start + 1, offset };
}

/** The point just past `line`'s line ending: column 1 of the next line (or the line's end). */
export function pointAfter(line: Line): Point {
  if (line.next > line.end) return { line: line.number + 1, column: 1, offset: line.next };
  return pointAt(line, line.end);
}

/** A whole line with its line ending. */
export function lineSpan(line: Line): Position {
  return { start: pointAt(line, line.start), end: pointAfter(line) };
}

/** From `start` on `line` to the end of the line with its line ending. */
export function restOfLine(line: Line, start: number): Position {
  return { start: pointAt(line, start), end: pointAfter(line) };
}

/** From the first child's start to the last child's end. */
export function spanOf(children: ReadonlyArray<{ position: Position }>): Position {
  const first = children[0];
  const last = children[children.length - 1];
  if (first === undefined || last === undefined) {
    const origin = { line: 1, column: 1, offset: 0 };
    return { start: origin, end: origin };
  }
  return { start: first.position.start, end: last.position.end };
}
