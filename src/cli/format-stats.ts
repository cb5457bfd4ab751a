// The human-readable `stats` report (`--json` prints the StatsReport itself).
//
//   articles      32   (1 failed)
//   rails         87   related 30, publisher 20, section 15, other 22
//   teasers      412   (3 without a source)
//   sources       65 distinct, top 20:
//       41  Harborview Ledger
//   …

import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics.js';
import type { StatsReport } from './stats-tally.js';

export function formatStats(report: StatsReport): string {
  const { rails } = report;
  const lines = [
    row('articles', report.articles, report.failed > 0 ? `(${report.failed} failed)` : ''),
    row('rails', rails.total, `related ${rails.related}, publisher ${rails.publisher}, section ${rails.section}, other ${rails.other}`),
    row('teasers', report.teasers, report.teasersWithoutSource > 0 ? `(${report.teasersWithoutSource} without a source)` : ''),
    row('sources', report.sources.distinct, `distinct${report.sources.top.length > 0 ? `, top ${report.sources.top.length}:` : ''}`),
    ...report.sources.top.map(({ source, count }) => item(count, source)),
  ];
  const diagnostics = Object.entries(report.diagnostics) as [DiagnosticCode, number][];
  lines.push(row('diagnostics', diagnostics.reduce((sum, [, n]) => sum + n, 0), diagnostics.length > 0 ? 'by code:' : ''));
  for (const [code, count] of diagnostics) lines.push(item(count, `${code} (${DIAGNOSTIC_CODES[code].severity})`));
  const failures = Object.entries(report.failures);
  if (failures.length > 0) {
    lines.push(row('failures', report.failed, 'by code:'));
    for (const [code, count] of failures) lines.push(item(count, code));
  }
  return `${lines.join('\n')}\n`;
}

function row(label: string, value: number, note: string): string {
  return `${label.padEnd(12)}${String(value).padStart(7)}${note === '' ? '' : `   ${note}`}`;
}

function item(count: number, label: string): string {
  return `${String(count).padStart(19)}  ${label}`;
}
