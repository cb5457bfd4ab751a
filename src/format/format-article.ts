// Article → dump: write an Article in the dialect, so that parsing the text gives the
// Article back.
//
//   { headline: "Ferry returns", byline: "Ana Ruiz", paragraphs: ["It ran."], rails: [ … ] }
//   →  Ferry returns
//      By Ana Ruiz
//      It ran.
//      More from Harborview Ledger
//      -
//      Bakery adds early hours
//      Opens at 5:30 a.m. for riders.Harborview Ledger - 45m -
//      …
//
// Order: headline, byline, hero image, paragraphs, body images, then each rail as its
// heading, "-", and its teasers (title line, glued attribution, " -" between teasers).
// Some Articles cannot be written unambiguously (a paragraph that is exactly "-", a
// body image with nothing before it but the headline, an unknown all-capitals source
// glued to a summary that ends in capitals …). Rather than write text that reads back
// differently, formatArticle reads its own output back and throws a FormatError that
// names the first field that would change.

import { FormatError } from '../errors.js';
import { parseAge } from '../lex/age.js';
import { classifyHeading } from '../tree/rail-heading.js';
import type { Article, TeaserItem } from '../model/schema.js';
import { Article as ArticleSchema } from '../model/schema.js';
import { parseArticle } from '../parse-article.js';
import { imageLine } from './image-line.js';

export interface FormatOptions {
  /** Line ending to write: "\n" (default), "\r\n" or "\r". */
  lineEnding?: '\n' | '\r\n' | '\r';
  /** End the text with a line ending (default true). */
  finalNewline?: boolean;
}

export function formatArticle(article: Article, options: FormatOptions = {}): string {
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    throw new TypeError(`formatArticle expects a valid Article: ${checked.error.issues[0]?.message ?? 'invalid'} at ${checked.error.issues[0]?.path.join('.') ?? ''}`);
  }
  const lines: string[] = [];
  const put = (path: string, text: string) => {
    singleLine(path, text);
    lines.push(text);
  };

  if (article.headline !== null) put('headline', article.headline);
  if (article.byline !== null) put('byline', `By ${article.byline}`);
  if (article.heroImage !== null) put('heroImage', imageLine(article.heroImage));
  article.paragraphs.forEach((paragraph, i) => put(`paragraphs[${i}]`, paragraph));
  article.images.forEach((image, i) => put(`images[${i}]`, imageLine(image)));

  article.rails.forEach((rail, r) => {
    const path = `rails[${r}]`;
    const meaning = classifyHeading(rail.heading);
    if (meaning.kind !== rail.kind || meaning.label !== rail.label) {
      throw new FormatError(path, `heading ${JSON.stringify(rail.heading)} means kind "${meaning.kind}" and label ${JSON.stringify(meaning.label)}, not "${rail.kind}" and ${JSON.stringify(rail.label)}`);
    }
    if (rail.heading !== null) put(`${path}.heading`, rail.heading);
    lines.push('-');
    rail.items.forEach((item, i) => {
      const itemPath = `${path}.items[${i}]`;
      if (item.title !== null) put(`${itemPath}.title`, item.title);
      put(itemPath, attributionLine(itemPath, item, i < rail.items.length - 1));
    });
  });

  for (const field of ['publisher', 'section'] as const) {
    const kind = field === 'publisher' ? 'publisher' : 'section';
    const derived = article.rails.find((rail) => rail.kind === kind)?.label ?? null;
    if (article[field] !== derived) {
      throw new FormatError(field, `is ${JSON.stringify(article[field])} but the rails say ${JSON.stringify(derived)}`);
    }
  }

  const eol = options.lineEnding ?? '\n';
  const text = lines.join(eol) + (options.finalNewline === false || lines.length === 0 ? '' : eol);
  readsBack(article, text);
  return text;
}

/** "Opens at 5:30 a.m.Harborview Ledger - 45m -" */
function attributionLine(path: string, item: TeaserItem, itemSeparator: boolean): string {
  if (item.age === null) throw new FormatError(`${path}.age`, 'a teaser needs an age to be written');
  const age = parseAge(item.age.text);
  if (age === null || age.text !== item.age.text || age.seconds !== item.age.seconds) {
    throw new FormatError(`${path}.age`, `${JSON.stringify(item.age)} is not an age the dialect can print`);
  }
  const truncated = item.summary !== null && (item.summary.endsWith('...') || item.summary.endsWith('…'));
  if (item.truncated !== truncated) {
    throw new FormatError(`${path}.truncated`, `must be ${truncated} for this summary`);
  }
  return `${item.summary ?? ''}${item.source ?? ''} - ${age.text}${itemSeparator ? ' -' : ''}`;
}

function singleLine(path: string, text: string): void {
  if (/[\r\n]/.test(text)) throw new FormatError(path, 'holds a line break');
  if (text.length === 0 || text.trim() !== text) throw new FormatError(path, 'must be non-empty text without surrounding whitespace');
}

/** Parse the text back; throw at the first field that would not survive the round trip. */
function readsBack(article: Article, text: string): void {
  const back = parseArticle(text);
  const difference = firstDifference(comparable(article), comparable(back), '');
  if (difference !== null) {
    throw new FormatError(
      difference.path.replace(/^\./, ''),
      `cannot be written unambiguously: it would read back as ${JSON.stringify(difference.got)} instead of ${JSON.stringify(difference.want)}`,
    );
  }
}

/** The parts of an Article a dump carries: not diagnostics, not publishedAt (needs capturedAt). */
function comparable(article: Article): unknown {
  return {
    ...article,
    diagnostics: [],
    rails: article.rails.map((rail) => ({ ...rail, items: rail.items.map((item) => ({ ...item, publishedAt: null })) })),
  };
}

function firstDifference(want: unknown, got: unknown, path: string): { path: string; want: unknown; got: unknown } | null {
  if (want === got) return null;
  if (typeof want === 'object' && typeof got === 'object' && want !== null && got !== null) {
    if (Array.isArray(want) && Array.isArray(got) && want.length !== got.length) {
      return { path: `${path}.length`, want: want.length, got: got.length };
    }
    for (const key of Object.keys(want)) {
      const segment = Array.isArray(want) ? `[${key}]` : `.${key}`;
      const found = firstDifference((want as Record<string, unknown>)[key], (got as Record<string, unknown>)[key], path + segment);
      if (found !== null) return found;
    }
    return null;
  }
  return { path, want, got };
}
