// The editor's view of a parse: one LineView per input line, saying which role the
// line plays, which leaves lie on it, where a glued source begins and which
// characters a diagnostic underlines.
//
//   "Twelve towns share the money.Associated Press - 5h -"
//   → role "attribution", pieces summary [0,30) source [30,46) age [46,53),
//     boundary 30 (the summary/source split inside the glued line)
//
// Lines are cut from the text itself (LF, CRLF, CR), and leaves are laid on them by
// offset, so the view stays whole even where the tree leaves a gap.

import type { Diagnostic } from '../../src/index.js';
import { ROLE_LABELS, type LineRole, type Role } from './roles.js';
import type { IndexedNode, TreeIndex } from './tree-index.js';

/** A run of characters on one line with one role (and maybe a diagnostic under it). */
export interface Piece {
  /** 0-based column where the run starts (UTF-16 units from the line start). */
  readonly from: number;
  /** 0-based column just past the run. */
  readonly to: number;
  readonly role: Role | 'none';
  /** The leaf the run belongs to, or null where no leaf covers it. */
  readonly nodeId: string | null;
  /** A diagnostic on this line points at these characters. */
  readonly flagged: boolean;
}

export interface LineView {
  /** 1-based line number. */
  readonly number: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** The line's text without its line ending. */
  readonly text: string;
  readonly role: LineRole;
  /** What the gutter and the hover say: "teaser title", "attribution", "image (hero)". */
  readonly label: string;
  /** The leaves on this line, in order. */
  readonly nodeIds: readonly string[];
  readonly pieces: readonly Piece[];
  /** Column where a source glued to a summary starts; null on other lines. */
  readonly boundary: number | null;
  readonly diagnostics: readonly Diagnostic[];
}

interface LineSpan {
  readonly start: number;
  /** Where the line ending begins. */
  readonly textEnd: number;
  /** Where the next line begins. */
  readonly next: number;
}

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly leaf: IndexedNode;
}

const ATTRIBUTION_PARTS: ReadonlySet<LineRole> = new Set(['summary', 'source', 'age']);

export function lineViews(text: string, index: TreeIndex, diagnostics: readonly Diagnostic[]): LineView[] {
  const spans = splitSpans(text);
  const segments = layLeaves(spans, index.leaves);
  return spans.map((span, i) => {
    const number = i + 1;
    const lineText = text.slice(span.start, span.textEnd);
    const onLine = segments[i] ?? [];
    const role = lineRole(onLine);
    const lineDiagnostics = diagnostics.filter((d) => d.line === number);
    const flagFrom = flaggedFrom(lineText, lineDiagnostics);
    return {
      number,
      start: span.start,
      text: lineText,
      role,
      label: lineLabel(role, onLine),
      nodeIds: onLine.map((segment) => segment.leaf.id),
      pieces: cutPieces(lineText.length, onLine, flagFrom),
      boundary: gluedBoundary(onLine),
      diagnostics: lineDiagnostics,
    };
  });
}

/** Line spans as the parser cuts them: no extra empty line after a final line ending. */
function splitSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  const ending = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = ending.exec(text); match !== null; match = ending.exec(text)) {
    spans.push({ start, textEnd: match.index, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  if (start < text.length || spans.length === 0) spans.push({ start, textEnd: text.length, next: text.length });
  return spans;
}

/** For each line, the leaves that overlap it, clipped to its text. */
function layLeaves(spans: readonly LineSpan[], leaves: readonly IndexedNode[]): Segment[][] {
  const perLine: Segment[][] = spans.map(() => []);
  let line = 0;
  for (const leaf of leaves) {
    while (line < spans.length - 1 && (spans[line] as LineSpan).next <= leaf.start) line++;
    for (let i = line; i < spans.length; i++) {
      const span = spans[i] as LineSpan;
      if (span.start >= leaf.end && !(leaf.start === leaf.end && span.start === leaf.start)) break;
      const from = Math.max(leaf.start, span.start) - span.start;
      const to = Math.min(leaf.end, span.textEnd) - span.start;
      (perLine[i] as Segment[]).push({ from, to: Math.max(from, to), leaf });
    }
  }
  return perLine;
}

function lineRole(segments: readonly Segment[]): LineRole {
  const first = segments[0];
  if (first === undefined) return 'none';
  if (segments.some((segment) => ATTRIBUTION_PARTS.has(segment.leaf.node.type as LineRole))) return 'attribution';
  return first.leaf.node.type as Role;
}

function lineLabel(role: LineRole, segments: readonly Segment[]): string {
  const node = segments[0]?.leaf.node;
  if (role === 'image' && node?.type === 'image') return node.hero ? 'image (hero)' : 'image';
  return ROLE_LABELS[role];
}

/** The summary/source boundary: where the source starts when a summary precedes it. */
function gluedBoundary(segments: readonly Segment[]): number | null {
  const source = segments.findIndex((segment) => segment.leaf.node.type === 'source');
  if (source < 1) return null;
  const before = segments[source - 1] as Segment;
  return before.leaf.node.type === 'summary' && before.to > before.from ? (segments[source] as Segment).from : null;
}

/** The first column a diagnostic underlines (to the end of the line), or null. */
function flaggedFrom(lineText: string, diagnostics: readonly Diagnostic[]): number | null {
  if (diagnostics.length === 0 || lineText.length === 0) return null;
  const column = Math.min(...diagnostics.map((d) => d.column)) - 1;
  return Math.max(0, Math.min(column, lineText.length - 1));
}

/** Cut the line's text wherever a leaf or the underlined run begins or ends. */
function cutPieces(length: number, segments: readonly Segment[], flagFrom: number | null): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const segment of segments) cuts.add(Math.min(segment.from, length)).add(Math.min(segment.to, length));
  if (flagFrom !== null) cuts.add(flagFrom);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    const owner = segments.find((segment) => segment.from <= from && from < segment.to);
    pieces.push({
      from,
      to,
      role: owner === undefined ? 'none' : (owner.leaf.node.type as Role),
      nodeId: owner?.leaf.id ?? null,
      flagged: flagFrom !== null && from >= flagFrom,
    });
  }
  return pieces;
}
