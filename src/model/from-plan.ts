// The grammar's plan → data model, without the positioned tree in between: what
// parseArticle does. It must give exactly what toArticle(parseTree(text)) gives
// (test/tree.test.ts and test/property.test.ts hold it to that); it only skips the
// node and position objects of every line, which cost several times the input.

import type { ArticlePart } from '../tree/article.js';
import type { DumpPlan } from '../tree/dump-plan.js';
import { attributionText, isTeaserPlan, isTruncated, type RailPlan, type TeaserPlan } from '../tree/rails.js';
import type { Article, SectionRail, TeaserItem } from './schema.js';
import { publishedAt } from './time.js';
import { articleWith } from './to-article.js';

/** `capturedMs`: the capture time (see captureTime), null without one. */
export function articleFromPlan(plan: DumpPlan, capturedMs: number | null): Article {
  const rails = plan.rails.map((rail) => sectionRail(rail, capturedMs));
  const article = articleWith(rails, plan.diagnostics);
  for (const part of plan.article) readPart(part, article);
  return article;
}

function readPart(part: ArticlePart, article: Article): void {
  switch (part.role) {
    case 'headline':
      article.headline = part.token.value;
      break;
    case 'byline':
      article.byline = part.token.name as string;
      break;
    case 'paragraph':
      article.paragraphs.push(part.token.value);
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

function sectionRail(plan: RailPlan, capturedMs: number | null): SectionRail {
  const items: TeaserItem[] = [];
  for (const part of plan.parts) if (isTeaserPlan(part)) items.push(teaserItem(part, capturedMs));
  return { heading: plan.heading?.value ?? null, kind: plan.kind, label: plan.label, items };
}

function teaserItem(plan: TeaserPlan, capturedMs: number | null): TeaserItem {
  const { summary, source, age, seconds } = attributionText(plan);
  return {
    title: plan.title?.value ?? null,
    summary,
    truncated: summary !== null && isTruncated(summary),
    source,
    age: { text: age, seconds },
    publishedAt: publishedAt(capturedMs, seconds),
  };
}
