// What hovering the editor says: the line's role, the piece under the mouse on an
// attribution line, and the line's diagnostics.

import { describe, expect, it } from 'vitest';
import { parseTree } from '../../src/index.js';
import { hoverText } from '../../playground/src/hover-text.js';
import { lineViews, type LineView } from '../../playground/src/line-views.js';
import { indexTree } from '../../playground/src/tree-index.js';
import { SMALL_DUMP } from './dumps.js';

const tree = parseTree(SMALL_DUMP);
const lines = lineViews(SMALL_DUMP, indexTree(tree), tree.data.diagnostics);
const line = (number: number): LineView => lines[number - 1] as LineView;

describe('hoverText', () => {
  it('names the line and its role', () => {
    expect(hoverText(line(9), line(9).pieces[0] ?? null)).toBe('line 9 · teaser title');
  });

  it('names the piece of an attribution line under the mouse', () => {
    const source = line(10).pieces.find((piece) => piece.role === 'source') ?? null;
    expect(hoverText(line(10), source)).toBe('line 10 · attribution › source “Eastbank Herald”');
    const summary = line(10).pieces.find((piece) => piece.role === 'summary') ?? null;
    expect(hoverText(line(10), summary)).toBe('line 10 · attribution › summary “Two extra crossings run each morning this week.”');
  });

  it('adds each diagnostic of the line with its severity, code and message', () => {
    const orphan = line(13);
    const diagnostic = orphan.diagnostics[0];
    expect(diagnostic).toBeDefined();
    expect(hoverText(orphan, null).split('\n')).toEqual([
      'line 13 · unknown',
      `✖ error orphan-line (col 1): ${diagnostic?.message ?? ''}`,
    ]);
  });
});
