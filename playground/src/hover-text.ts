// What the editor says about the spot under the mouse: the line's role, the role of
// the piece (for attribution lines) and every diagnostic on the line.
//
//   "line 24 · attribution › source “Friday Millpond Gazette”
//    ℹ guessed-source (col 77): Guessed the source …"

import type { LineView, Piece } from './line-views.js';
import { ROLE_LABELS } from './roles.js';
import { SEVERITY_ICONS } from './severity.js';

/** Longest piece text quoted before it is shortened with "…". */
const QUOTE_WIDTH = 48;

export function hoverText(line: LineView, piece: Piece | null): string {
  let head = `line ${line.number} · ${line.label}`;
  if (line.role === 'attribution' && piece !== null && piece.role !== 'none') {
    const text = line.text.slice(piece.from, piece.to).trim();
    const quote = text.length > QUOTE_WIDTH ? `${text.slice(0, QUOTE_WIDTH - 1)}…` : text;
    head += ` › ${ROLE_LABELS[piece.role]} “${quote}”`;
  }
  const notes = line.diagnostics.map(
    (d) => `${SEVERITY_ICONS[d.severity]} ${d.severity} ${d.code} (col ${d.column}): ${d.message}`,
  );
  return [head, ...notes].join('\n');
}
