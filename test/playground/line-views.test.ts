// The editor's view-model: which role each line plays, how an attribution line is cut
// into summary | source | age, and where diagnostics are underlined.

import { describe, expect, it } from 'vitest';
import { parseTree } from '../../src/index.js';
import { lineViews, type LineView } from '../../playground/src/line-views.js';
import { indexTree } from '../../playground/src/tree-index.js';
import { DUMP_FILES, SMALL_DUMP } from './dumps.js';

function viewsOf(text: string): LineView[] {
  const tree = parseTree(text);
  return lineViews(text, indexTree(tree), tree.data.diagnostics);
}

/** The text of each piece of a line, by role. */
function piecesText(line: LineView): Array<[string, string]> {
  return line.pieces.map((piece) => [piece.role, line.text.slice(piece.from, piece.to)]);
}

describe('lineViews', () => {
  const views = viewsOf(SMALL_DUMP);

  it('gives every line its role in the tree', () => {
    expect(views.map((line) => line.role)).toEqual([
      'headline',
      'byline',
      'image',
      'paragraph',
      'boilerplate',
      'blank',
      'paragraph',
      'separator',
      'teaserTitle',
      'attribution',
      'railHeading',
      'separator',
      'unknown',
      'teaserTitle',
      'attribution',
    ]);
    expect(views.map((line) => line.number)).toEqual(SMALL_DUMP.split('\n').map((_, i) => i + 1));
    expect(views.map((line) => line.text)).toEqual(SMALL_DUMP.split('\n'));
  });

  it('labels lines for people: the hero image, teaser titles, rail headings', () => {
    expect(views[2]?.label).toBe('image (hero)');
    expect(views[8]?.label).toBe('teaser title');
    expect(views[10]?.label).toBe('rail heading');
    expect(views[9]?.label).toBe('attribution');
  });

  it('cuts a glued attribution line into summary, source and age, and marks the boundary', () => {
    const line = views[9] as LineView;
    expect(piecesText(line)).toEqual([
      ['summary', 'Two extra crossings run each morning this week.'],
      ['source', 'Eastbank Herald'],
      ['age', ' - 4h -'],
    ]);
    expect(line.boundary).toBe(line.text.indexOf('Eastbank Herald'));
    expect(line.nodeIds).toHaveLength(3);
  });

  it('marks no boundary on an attribution line without a summary', () => {
    const line = views[14] as LineView;
    expect(piecesText(line)).toEqual([
      ['source', 'Eastbank Herald'],
      ['age', ' - 2d'],
    ]);
    expect(line.boundary).toBeNull();
  });

  it('puts each diagnostic on its line and underlines from its column', () => {
    const orphan = views[12] as LineView;
    expect(orphan.diagnostics.map((d) => d.code)).toEqual(['orphan-line']);
    expect(orphan.pieces.every((piece) => piece.flagged)).toBe(true);
    const boilerplate = views[4] as LineView;
    expect(boilerplate.diagnostics.map((d) => d.code)).toEqual(['dropped-boilerplate']);
    const clean = views.filter((line) => line.diagnostics.length === 0);
    expect(clean.length).toBeGreaterThan(10);
    expect(clean.every((line) => line.pieces.every((piece) => !piece.flagged))).toBe(true);
  });

  it('underlines only from the diagnostic column onwards', () => {
    const text = 'Council picks a new clerk\n-\nRoads close for the race\nThe route runs along the river, police said Friday Eastbank Herald - 3h';
    const line = viewsOf(text)[3] as LineView;
    const guess = line.diagnostics.find((d) => d.code === 'guessed-source');
    expect(guess).toBeDefined();
    const column = (guess?.column ?? 0) - 1;
    expect(column).toBeGreaterThan(0);
    for (const piece of line.pieces) expect(piece.flagged).toBe(piece.from >= column);
  });

  it('reads CRLF and CR dumps into the same lines and roles, without the line endings', () => {
    const lf = viewsOf(SMALL_DUMP);
    for (const ending of ['\r\n', '\r']) {
      const other = viewsOf(SMALL_DUMP.replaceAll('\n', ending));
      expect(other.map((line) => [line.role, line.text, line.pieces.length])).toEqual(
        lf.map((line) => [line.role, line.text, line.pieces.length]),
      );
    }
  });

  it('shows an empty dump as one blank line carrying the empty-input error', () => {
    const [line, ...rest] = viewsOf('');
    expect(rest).toEqual([]);
    expect(line?.role).toBe('blank');
    expect(line?.diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });

  it('adds no line after a final line ending, as the parser counts lines', () => {
    expect(viewsOf('Headline only\n').map((line) => line.text)).toEqual(['Headline only']);
  });

  describe.each(DUMP_FILES)('$name', ({ text }) => {
    it('covers every line, and every character of it, with a leaf', () => {
      const lines = viewsOf(text);
      const tree = parseTree(text);
      // The root ends at column 1 of the line after the last one when the text ends in a line ending.
      const { end } = tree.position;
      expect(lines).toHaveLength(end.column === 1 && end.line > 1 ? end.line - 1 : end.line);
      for (const line of lines) {
        expect(line.role, `line ${line.number}`).not.toBe('none');
        let at = 0;
        for (const piece of line.pieces) {
          expect(piece.from, `line ${line.number}`).toBe(at);
          expect(piece.nodeId, `line ${line.number}`).not.toBeNull();
          at = piece.to;
        }
        expect(at, `line ${line.number}`).toBe(line.text.length);
      }
    });
  });
});
