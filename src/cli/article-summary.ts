// The few numbers `stats` needs from one Article, small enough to send back from a
// worker instead of the whole Article.
//
//   an Article with a "More from Harborview Ledger" rail of 2 teasers
//     → { rails: { related: 0, publisher: 1, section: 0, other: 0 }, teasers: 2,
//         sources: ['Harborview Ledger', 'NPR'], diagnostics: ['guessed-source'] }

import type { Article, DiagnosticCode, RailKind } from '../index.js';

export interface ArticleSummary {
  readonly rails: Record<RailKind, number>;
  readonly teasers: number;
  /** Each teaser's source, in order; `null` where none was found. */
  readonly sources: readonly (string | null)[];
  /** Each diagnostic's code, in order. */
  readonly diagnostics: readonly DiagnosticCode[];
}

export function summarizeArticle(article: Article): ArticleSummary {
  const rails: Record<RailKind, number> = { related: 0, publisher: 0, section: 0, other: 0 };
  const sources: (string | null)[] = [];
  for (const rail of article.rails) {
    rails[rail.kind]++;
    for (const item of rail.items) sources.push(item.source);
  }
  return {
    rails,
    teasers: sources.length,
    sources,
    diagnostics: article.diagnostics.map((d) => d.code),
  };
}
