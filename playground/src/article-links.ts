// Which tree node each part of the Article came from, so a card can select its lines.
//
//   article.rails[1].items[2]  ↔  links.rails[1].items[2] = "0.2.5" (a teaser node)
//
// toArticle reads the tree in order: the headline, byline and hero image nodes, the
// paragraph and body image nodes in turn, and each rail's teasers in turn; this walks
// the tree the same way and keeps the ids.

import type { Root } from '../../src/index.js';

export interface RailLinks {
  readonly id: string;
  readonly heading: string | null;
  readonly items: readonly string[];
}

export interface ArticleLinks {
  readonly article: string;
  readonly headline: string | null;
  readonly byline: string | null;
  readonly heroImage: string | null;
  readonly paragraphs: readonly string[];
  readonly images: readonly string[];
  readonly rails: readonly RailLinks[];
}

export function linkArticle(tree: Root): ArticleLinks {
  const [article, ...rails] = tree.children;
  const articleId = '0.0';
  let headline: string | null = null;
  let byline: string | null = null;
  let heroImage: string | null = null;
  const paragraphs: string[] = [];
  const images: string[] = [];
  article.children.forEach((child, i) => {
    const id = `${articleId}.${i}`;
    if (child.type === 'headline') headline = id;
    else if (child.type === 'byline') byline = id;
    else if (child.type === 'paragraph') paragraphs.push(id);
    else if (child.type === 'image' && child.hero) heroImage = id;
    else if (child.type === 'image') images.push(id);
  });

  return {
    article: articleId,
    headline,
    byline,
    heroImage,
    paragraphs,
    images,
    rails: rails.map((rail, r) => {
      const id = `0.${r + 1}`;
      let heading: string | null = null;
      const items: string[] = [];
      rail.children.forEach((child, i) => {
        if (child.type === 'railHeading') heading = `${id}.${i}`;
        else if (child.type === 'teaser') items.push(`${id}.${i}`);
      });
      return { id, heading, items };
    }),
  };
}
