// The grammar's plan → data model, without the positioned tree in between: what
// parseArticle does. It must give exactly what toArticle(parseTree(text)) gives
// (test/tree.test.ts and test/property.test.ts hold it to that); it only skips the
// node and position objects of every line, which cost several times the input.

import type { LineTable } from '../lex/tokenize.js';
import type { ArticlePart } from '../tree/article.js';
import type { DumpPlan } from '../tree/dump-plan.js';
import { attributionText, isTeaserPlan, isTruncated, type RailPart, type RailPlan, type TeaserPlan } from '../tree/rails.js';
import type { Article, SectionRail, TeaserItem } from './schema.js';
import { publishedAt } from './time.js';
import { articleWith } from './to-article.js';

/** `capturedMs`: the capture time (see captureTime), null without one. */
export function articleFromPlan(plan: DumpPlan, capturedMs: number | null): Article {
  const { lines } = plan;
  const rails = plan.rails.map((rail) => sectionRail(lines, rail, capturedMs));
  const article = articleWith(rails, plan.diagnostics);
  // Indexed loops: a big dump's parse runs them once, before V8 optimizes them, and
  // for-of then made an iterator result per step.
  for (let k = 0; k < plan.article.length; k++) readPart(lines, plan.article[k] as ArticlePart, article);
  return article;
}

function readPart(lines: LineTable, part: ArticlePart, article: Article): void {
  switch (part.role) {
    case 'headline':
      article.headline = lines.value(part.line);
      break;
    case 'byline':
      article.byline = lines.name(part.line) as string;
      break;
    case 'paragraph':
      article.paragraphs.push(lines.value(part.line));
      break;
    case 'image': {
      const { url, alt, title } = part.image;
      if (part.hero) article.heroImage = { url, alt, title };
      else article.images.push({ url, alt, title });
      break;
    }
    default: // blank, boilerplate: not content
      break;
  }
}

function sectionRail(lines: LineTable, plan: RailPlan, capturedMs: number | null): SectionRail {
  const items: TeaserItem[] = [];
  for (let k = 0; k < plan.parts.length; k++) {
    const part = plan.parts[k] as RailPart;
    if (isTeaserPlan(part)) items.push(teaserItem(lines, part, capturedMs));
  }
  return { heading: plan.heading < 0 ? null : lines.value(plan.heading), kind: plan.kind, label: plan.label, items };
}

function teaserItem(lines: LineTable, plan: TeaserPlan, capturedMs: number | null): TeaserItem {
  const { summary, source, age, seconds } = attributionText(lines, plan);
  return {
    title: plan.title < 0 ? null : lines.value(plan.title),
    summary,
    truncated: summary !== null && isTruncated(summary),
    source,
    age: { text: age, seconds },
    publishedAt: publishedAt(capturedMs, seconds),
  };
}
