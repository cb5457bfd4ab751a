// Article ↔ tree links: every part of the Article points at the node it was read from.

import { describe, expect, it } from 'vitest';
import { parseTree, toArticle, type TreeNode } from '../../src/index.js';
import { linkArticle } from '../../playground/src/article-links.js';
import { indexTree } from '../../playground/src/tree-index.js';
import { DUMP_FILES, SMALL_DUMP } from './dumps.js';

describe('linkArticle', () => {
  it('links the parts of a small dump to nodes of the right types', () => {
    const tree = parseTree(SMALL_DUMP);
    const links = linkArticle(tree);
    const { nodes } = indexTree(tree);
    const typeOf = (id: string | null | undefined): string | undefined => (id == null ? undefined : nodes.get(id)?.node.type);
    expect(typeOf(links.article)).toBe('article');
    expect(typeOf(links.headline)).toBe('headline');
    expect(typeOf(links.byline)).toBe('byline');
    expect(typeOf(links.heroImage)).toBe('image');
    expect(links.paragraphs.map(typeOf)).toEqual(['paragraph', 'paragraph']);
    expect(links.rails.map((rail) => [typeOf(rail.id), typeOf(rail.heading), rail.items.map(typeOf)])).toEqual([
      ['rail', undefined, ['teaser']],
      ['rail', 'railHeading', ['teaser']],
    ]);
  });

  describe.each(DUMP_FILES)('$name', ({ text }) => {
    it('points each Article part at the node holding its text', () => {
      const tree = parseTree(text);
      const article = toArticle(tree);
      const links = linkArticle(tree);
      const { nodes } = indexTree(tree);
      const node = (id: string | null | undefined): TreeNode | undefined => (id == null ? undefined : nodes.get(id)?.node);
      const value = (id: string | null | undefined): string | null => {
        const found = node(id);
        return found !== undefined && 'value' in found ? found.value : null;
      };

      expect(value(links.headline)).toBe(article.headline);
      expect(links.paragraphs.map(value)).toEqual(article.paragraphs);
      const imageUrl = (id: string | null | undefined): string | null => {
        const found = node(id);
        return found?.type === 'image' ? found.url : null;
      };
      expect(imageUrl(links.heroImage)).toBe(article.heroImage?.url ?? null);
      expect(links.images.map(imageUrl)).toEqual(article.images.map((image) => image.url));
      expect(links.rails).toHaveLength(article.rails.length);
      links.rails.forEach((rail, r) => {
        const expected = article.rails[r];
        expect(value(rail.heading)).toBe(expected?.heading ?? null);
        const titles = rail.items.map((id) => {
          const teaser = node(id);
          const title = teaser?.type === 'teaser' ? teaser.children.find((child) => child.type === 'teaserTitle') : undefined;
          return title?.value ?? null;
        });
        expect(titles).toEqual(expected?.items.map((item) => item.title));
      });
    });
  });
});
