// Tree → data model: read the positioned tree into an Article of plain objects.

import type { ArticleNode, Attribution, Rail, Root, Teaser } from '../tree/types.js';
import type { Article, Diagnostic, Image, SectionRail, TeaserItem } from './schema.js';
import { captureTime, publishedAt } from './time.js';

export interface ModelOptions {
  /** When the page was captured; turns each teaser's age into `publishedAt`. */
  readonly capturedAt?: Date | string | number | undefined;
}

export function toArticle(tree: Root, options: ModelOptions = {}): Article {
  const capturedMs = captureTime(options.capturedAt);
  const [articleNode, ...railNodes] = tree.children;
  const rails = railNodes.map((rail) => toRail(rail, capturedMs));
  const article = articleWith(rails, tree.data.diagnostics.map((d) => ({ ...d })));
  readArticle(articleNode, article);
  return article;
}

/**
 * An Article with its rails and diagnostics, its publisher and section read from the
 * rails, and the article lines still to be read in.
 */
export function articleWith(rails: SectionRail[], diagnostics: Diagnostic[]): Article {
  return {
    headline: null,
    heroImage: null,
    byline: null,
    paragraphs: [],
    images: [],
    publisher: rails.find((rail) => rail.kind === 'publisher')?.label ?? null,
    section: rails.find((rail) => rail.kind === 'section')?.label ?? null,
    rails,
    diagnostics,
  };
}

function readArticle(node: ArticleNode, article: Article): void {
  for (const child of node.children) {
    switch (child.type) {
      case 'headline':
        article.headline = child.value;
        break;
      case 'byline':
        article.byline = child.name;
        break;
      case 'paragraph':
        article.paragraphs.push(child.value);
        break;
      case 'image': {
        const image: Image = { url: child.url, alt: child.alt, title: child.title };
        if (child.hero) article.heroImage = image;
        else article.images.push(image);
        break;
      }
      default: // blank, boilerplate, unknown: not content
        break;
    }
  }
}

function toRail(node: Rail, capturedMs: number | null): SectionRail {
  let heading: string | null = null;
  const items: TeaserItem[] = [];
  for (const child of node.children) {
    if (child.type === 'railHeading') heading = child.value;
    else if (child.type === 'teaser') items.push(toTeaser(child, capturedMs));
  }
  return { heading, kind: node.kind, label: node.label, items };
}

function toTeaser(node: Teaser, capturedMs: number | null): TeaserItem {
  const item: TeaserItem = {
    title: null,
    summary: null,
    truncated: false,
    source: null,
    age: null,
    publishedAt: null,
  };
  for (const child of node.children) {
    if (child.type === 'teaserTitle') item.title = child.value;
    else if (child.type === 'attribution') readAttribution(child, item, capturedMs);
  }
  return item;
}

function readAttribution(node: Attribution, item: TeaserItem, capturedMs: number | null): void {
  for (const child of node.children) {
    switch (child.type) {
      case 'summary':
        item.summary = child.value;
        item.truncated = child.truncated;
        break;
      case 'source':
        item.source = child.value;
        break;
      case 'age':
        item.age = { text: child.value, seconds: child.seconds };
        item.publishedAt = publishedAt(capturedMs, child.seconds);
        break;
    }
  }
}
