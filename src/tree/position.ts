// Points and positions from line spans.

import type { LineTable } from '../lex/tokenize.js';
import type { Point, Position } from './types.js';

/** The point of `offset`, which lies on line i (between its start and its end). */
export function pointAt(lines: LineTable, i: number, offset: number): Point {
  return { line: lines.number(i), column: offset - lines.start(i) + 1, offset };
}

/** The point just past line i's line ending: column 1 of the next line (or the line's end). */
export function pointAfter(lines: LineTable, i: number): Point {
  const next = lines.next(i);
  if (next > lines.end(i)) return { line: lines.number(i) + 1, column: 1, offset: next };
  return pointAt(lines, i, lines.end(i));
}

/** Column of line i's first non-space character (the line's start when it is blank). */
export function columnOf(lines: LineTable, i: number): number {
  const first = lines.valueStart(i) === lines.end(i) ? lines.textStart(i) : lines.valueStart(i);
  return first - lines.start(i) + 1;
}

/** Line i whole, with its line ending. */
export function lineSpan(lines: LineTable, i: number): Position {
  return { start: pointAt(lines, i, lines.start(i)), end: pointAfter(lines, i) };
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
