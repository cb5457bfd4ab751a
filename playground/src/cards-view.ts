// The Article as readable cards: the story (headline, byline, hero image, paragraphs,
// body images), one card per rail with its kind and teasers (source, age, computed
// publishedAt), and the diagnostics. Every card carries the id of its tree node
// (data-node), which is how a click selects its lines in the editor.

import type { Article, Diagnostic, SectionRail, TeaserItem } from '../../src/index.js';
import type { ArticleLinks, RailLinks } from './article-links.js';
import { h } from './dom.js';
import { imagePreview } from './image-preview.js';
import type { LineView } from './line-views.js';
import { SEVERITY_ICONS } from './severity.js';

export interface CardsInput {
  readonly article: Article;
  readonly links: ArticleLinks;
  readonly lines: readonly LineView[];
  readonly loadImages: boolean;
}

export function cardsView({ article, links, lines, loadImages }: CardsInput): HTMLElement {
  return h(
    'div',
    { class: 'cards' },
    storyCard(article, links, loadImages),
    ...article.rails.map((rail, r) => railCard(rail, links.rails[r])),
    diagnosticsCard(article.diagnostics, lines),
  );
}

/** Attributes that make an element a selectable card for a node. */
function selectable(nodeId: string | null | undefined, extra: Record<string, string> = {}): Record<string, string | number | undefined> {
  return nodeId == null ? extra : { ...extra, 'data-node': nodeId, tabindex: 0, role: 'button' };
}

function storyCard(article: Article, links: ArticleLinks, loadImages: boolean): HTMLElement {
  const facts = [
    article.publisher === null ? null : `publisher: ${article.publisher}`,
    article.section === null ? null : `section: ${article.section}`,
  ].filter((fact) => fact !== null);
  return h(
    'section',
    { class: 'card story', 'aria-label': 'Article' },
    h('p', { class: 'kicker' }, ['Article', ...facts].join(' · ')),
    h(
      'h2',
      selectable(links.headline, { class: 'headline' }),
      article.headline ?? h('em', {}, '(no headline)'),
    ),
    article.byline === null ? null : h('p', selectable(links.byline, { class: 'byline' }), `By ${article.byline}`),
    article.heroImage === null ? null : imagePreview(article.heroImage, links.heroImage, loadImages),
    ...article.paragraphs.map((text, i) => h('p', selectable(links.paragraphs[i], { class: 'paragraph' }), text)),
    ...article.images.map((image, i) => imagePreview(image, links.images[i] ?? null, loadImages)),
  );
}

function railCard(rail: SectionRail, link: RailLinks | undefined): HTMLElement {
  const kind = rail.label === null || rail.kind === 'other' ? rail.kind : `${rail.kind}: ${rail.label}`;
  return h(
    'section',
    { class: 'card rail', 'data-node': link?.id, 'aria-label': `Rail ${rail.heading ?? '(no heading)'}` },
    h(
      'header',
      {},
      h('h3', selectable(link?.heading), rail.heading ?? h('em', {}, '(no heading)')),
      h('span', { class: 'badge kind' }, kind),
      h('span', { class: 'count' }, `${rail.items.length} teaser${rail.items.length === 1 ? '' : 's'}`),
    ),
    h('ol', { class: 'teasers' }, ...rail.items.map((item, i) => teaserCard(item, link?.items[i]))),
  );
}

function teaserCard(item: TeaserItem, nodeId: string | undefined): HTMLElement {
  return h(
    'li',
    selectable(nodeId, { class: 'teaser' }),
    h('p', { class: 'teaser-title' }, item.title ?? h('em', {}, '(no title)')),
    item.summary === null ? null : h('p', { class: 'summary' }, item.summary, item.truncated ? h('span', { class: 'badge' }, 'truncated') : null),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'source' }, item.source ?? '(no source)'),
      h('span', { class: 'age' }, item.age === null ? '(no age)' : `${item.age.text} ago`),
      h('span', { class: 'published' }, item.publishedAt === null ? 'publishedAt: set capturedAt' : `publishedAt ${item.publishedAt}`),
    ),
  );
}

function diagnosticsCard(diagnostics: readonly Diagnostic[], lines: readonly LineView[]): HTMLElement {
  return h(
    'section',
    { class: 'card diagnostics', 'aria-label': 'Diagnostics' },
    h('h3', {}, `Diagnostics (${diagnostics.length})`),
    diagnostics.length === 0
      ? h('p', {}, 'None.')
      : h(
          'ul',
          {},
          ...diagnostics.map((d) =>
            h(
              'li',
              selectable(lines[d.line - 1]?.nodeIds[0], { class: `diagnostic severity-${d.severity}` }),
              h('span', { class: 'icon' }, `${SEVERITY_ICONS[d.severity]} ${d.severity}`),
              h('span', { class: 'where' }, `${d.line}:${d.column}`),
              h('code', {}, d.code),
              h('span', { class: 'message' }, d.message),
            ),
          ),
        ),
  );
}
