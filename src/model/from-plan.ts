// The grammar's plan → data model, without the positioned tree in between: what
// parseArticle does. It must give exactly what toArticle(parseTree(text)) gives
// (test/tree.test.ts and test/property.test.ts hold it to that); it only skips the
// node and position objects of every line, which cost several times the input.

import type { LineTable } from '../lex/tokenize.js';
import { roleOf, type ArticlePlan } from '../tree/article.js';
import type { DumpPlan } from '../tree/dump-plan.js';
import type { ParsedImage } from '../tree/image.js';
import { RepeatedCut } from '../tree/repeated-cut.js';
import { attributionText, isTruncated, type RailPlan } from '../tree/rails.js';
import type { TeaserRows } from '../tree/teaser-rows.js';
import type { Article, SectionRail, TeaserItem } from './schema.js';
import { publishedAt } from './time.js';
import { articleWith } from './to-article.js';

/** `capturedMs`: the capture time (see captureTime), null without one. */
export function articleFromPlan(plan: DumpPlan, capturedMs: number | null): Article {
  const { lines, teasers } = plan;
  const sources = new RepeatedCut(lines.input);
  const rails: SectionRail[] = [];
  // Indexed loops: a big dump's parse runs them once, before V8 optimizes them, and
  // for-of then made an iterator result per step.
  for (let r = 0; r < plan.rails.length; r++) rails.push(sectionRail(lines, teasers, sources, plan.rails[r] as RailPlan, capturedMs));
  const article = articleWith(rails, plan.diagnostics);
  for (let line = 0; line < plan.article.end; line++) readLine(lines, plan.article, line, article);
  return article;
}

function readLine(lines: LineTable, plan: ArticlePlan, line: number, article: Article): void {
  switch (roleOf(lines, plan, line)) {
    case 'headline':
      article.headline = lines.value(line);
      break;
    case 'byline':
      article.byline = lines.name(line) as string;
      break;
    case 'paragraph':
      article.paragraphs.push(lines.value(line));
      break;
    case 'image': {
      const { url, alt, title } = plan.images.get(line) as ParsedImage;
      if (line === plan.hero) article.heroImage = { url, alt, title };
      else article.images.push({ url, alt, title });
      break;
    }
    default: // blank, boilerplate: not content
      break;
  }
}

function sectionRail(lines: LineTable, teasers: TeaserRows, sources: RepeatedCut, plan: RailPlan, capturedMs: number | null): SectionRail {
  // Made to size: pushed, a rail's few items sat in room for 16 or more.
  const items = new Array<TeaserItem>(plan.endTeaser - plan.firstTeaser);
  for (let t = plan.firstTeaser; t < plan.endTeaser; t++) items[t - plan.firstTeaser] = teaserItem(lines, teasers, sources, t, capturedMs);
  return { heading: plan.heading < 0 ? null : lines.value(plan.heading), kind: plan.kind, label: plan.label, items };
}

function teaserItem(lines: LineTable, teasers: TeaserRows, sources: RepeatedCut, t: number, capturedMs: number | null): TeaserItem {
  const { summary, source, age } = attributionText(lines, teasers, t, sources);
  const title = teasers.title(t);
  return {
    title: title < 0 ? null : lines.value(title),
    summary,
    truncated: summary !== null && isTruncated(summary),
    source,
    age,
    publishedAt: publishedAt(capturedMs, age.seconds),
  };
}
