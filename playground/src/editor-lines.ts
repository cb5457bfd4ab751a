// Draw LineViews as the editor's two layers: the tinted backdrop behind the text area
// (same characters, transparent, so tints and underlines sit exactly under the text)
// and the gutter (line number, role label, diagnostic icon).
//
//   line 14 "…season.Associated Press - 5h -"
//   backdrop: <div class="line" data-role="attribution"><span class="piece role-summary">…</span>
//             <span class="piece role-source glued">…</span><span class="piece role-age">…</span></div>
//   gutter:   14  attribution  ⚠

import { h } from './dom.js';
import type { LineView } from './line-views.js';
import { SEVERITY_ICONS, worstSeverity } from './severity.js';

export function backdropLine(line: LineView): HTMLDivElement {
  const severity = worstSeverity(line.diagnostics);
  const element = h('div', {
    class: `line role-${line.role}`,
    'data-line': line.number,
    'data-role': line.role,
    'data-severity': severity ?? undefined,
  });
  for (const piece of line.pieces) {
    const classes = ['piece', `role-${piece.role}`];
    if (piece.from === line.boundary) classes.push('glued');
    if (piece.flagged) classes.push('flagged');
    element.append(
      h('span', { class: classes.join(' '), 'data-node': piece.nodeId ?? undefined }, line.text.slice(piece.from, piece.to)),
    );
  }
  return element;
}

export function gutterRow(line: LineView): HTMLDivElement {
  const severity = worstSeverity(line.diagnostics);
  return h(
    'div',
    { class: `gutter-row role-${line.role}`, 'data-line': line.number },
    h('span', { class: 'number' }, String(line.number)),
    h('span', { class: 'tag' }, line.label),
    h('span', { class: `mark severity-${severity ?? 'none'}` }, severity === null ? '' : SEVERITY_ICONS[severity]),
  );
}
