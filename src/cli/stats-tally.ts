// Running totals for `stats`, fed one ArticleSummary (or failure) at a time, and the
// report they make: the same object `stats --json` prints.
//
//   addArticle(tally, { rails: { publisher: 1, … }, teasers: 2, sources: ['NPR', 'NPR'], diagnostics: [] })
//   statsReport(tally, 20).sources.top  →  [{ source: 'NPR', count: 2 }]

import type { DiagnosticCode, RailKind } from '../index.js';
import type { ArticleSummary } from './article-summary.js';
import type { FailureCode } from './failure.js';

export interface Tally {
  articles: number;
  readonly rails: Record<RailKind, number>;
  teasers: number;
  teasersWithoutSource: number;
  readonly sources: Map<string, number>;
  readonly diagnostics: Map<DiagnosticCode, number>;
  readonly failures: Map<FailureCode, number>;
}

export interface StatsReport {
  readonly articles: number;
  readonly failed: number;
  readonly rails: { readonly total: number } & Record<RailKind, number>;
  readonly teasers: number;
  readonly teasersWithoutSource: number;
  readonly sources: { readonly distinct: number; readonly top: readonly { source: string; count: number }[] };
  /** Code → count, most frequent first. */
  readonly diagnostics: Readonly<Partial<Record<DiagnosticCode, number>>>;
  readonly failures: Readonly<Partial<Record<FailureCode, number>>>;
}

export function emptyTally(): Tally {
  return {
    articles: 0,
    rails: { related: 0, publisher: 0, section: 0, other: 0 },
    teasers: 0,
    teasersWithoutSource: 0,
    sources: new Map(),
    diagnostics: new Map(),
    failures: new Map(),
  };
}

export function addArticle(tally: Tally, summary: ArticleSummary): void {
  tally.articles++;
  for (const kind of Object.keys(tally.rails) as RailKind[]) tally.rails[kind] += summary.rails[kind];
  tally.teasers += summary.teasers;
  for (const source of summary.sources) {
    if (source === null) tally.teasersWithoutSource++;
    else count(tally.sources, source);
  }
  for (const code of summary.diagnostics) count(tally.diagnostics, code);
}

export function addFailure(tally: Tally, code: FailureCode): void {
  count(tally.failures, code);
}

export function statsReport(tally: Tally, top: number): StatsReport {
  const rails = tally.rails;
  return {
    articles: tally.articles,
    failed: [...tally.failures.values()].reduce((sum, n) => sum + n, 0),
    rails: { total: rails.related + rails.publisher + rails.section + rails.other, ...rails },
    teasers: tally.teasers,
    teasersWithoutSource: tally.teasersWithoutSource,
    sources: {
      distinct: tally.sources.size,
      top: byCount(tally.sources)
        .slice(0, top)
        .map(([source, n]) => ({ source, count: n })),
    },
    diagnostics: Object.fromEntries(byCount(tally.diagnostics)),
    failures: Object.fromEntries(byCount(tally.failures)),
  };
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Most frequent first; equal counts by name, so the report is stable. */
function byCount<K extends string>(map: Map<K, number>): [K, number][] {
  return [...map].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
}
