// The article: everything before the first rail.
//
//   headline byline? heroImage? byline? bodyLine*        bodyLine = paragraph | image | boilerplate | blank
//
//   US ferry service resumes after storm       ← headline (first line with text)
//   By Ana Ruiz                                ← byline (only up here)
//   ![Ferry at the pier](https://…/f.jpg)      ← hero image (only up here)
//   The harbor ferry ran again on Monday.      ← paragraph
//   Advertisement                              ← boilerplate (dropped, noted)
//
// planArticle decides each line's role (the grammar); articleNode turns the roles into
// positioned nodes. parseArticle reads the roles directly (src/model/from-plan.ts).

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { LineTable } from '../lex/tokenize.js';
import { parseImage, type ParsedImage } from './image.js';
import { columnOf, lineSpan, spanOf } from './position.js';
import type { ArticleContent, ArticleNode } from './types.js';

/**
 * The grammar's decisions on lines [0, end). Only the lines a line's kind does not
 * decide are named: every other line's role follows from its kind (see roleOf), so a
 * 10 MB dump's ~40,000 article lines make no object each.
 */
export interface ArticlePlan {
  readonly end: number;
  /** The headline's line; -1 without one. */
  readonly headline: number;
  /** The byline's line; -1 without one. */
  readonly byline: number;
  /** The hero image's line; -1 without one. */
  readonly hero: number;
  /** The image lines that read as images (hero or not), by line. */
  readonly images: ReadonlyMap<number, ParsedImage>;
}

export type ArticleRole = 'headline' | 'byline' | 'paragraph' | 'blank' | 'boilerplate' | 'image';

/** Decide the roles of lines [0, end) (the lines before the first rail). */
export function planArticle(lines: LineTable, end: number, diagnostics: Diagnostic[]): ArticlePlan {
  let state: 'before' | 'head' | 'body' = 'before';
  let headline = -1;
  let byline = -1;
  let hero = -1;
  const images = new Map<number, ParsedImage>();

  for (let line = 0; line < end; line++) {
    switch (lines.kind(line)) {
      case 'blank':
      case 'separator': // cannot happen before the first rail; kept as blank for safety
        continue;
      case 'boilerplate':
        diagnostics.push(droppedBoilerplate(lines, line));
        continue;
      case 'image': {
        const image = imageOf(lines, line, diagnostics);
        if (image === null) break; // malformed: read on as text
        if (state !== 'body' && hero < 0) hero = line;
        else if (state === 'head') state = 'body';
        images.set(line, image);
        continue;
      }
      case 'byline':
        if (state === 'head' && byline < 0) {
          byline = line;
          continue;
        }
        break;
      default:
        break;
    }
    // A line of text: the headline first, paragraphs after.
    if (state === 'before') {
      headline = line;
      state = 'head';
    } else {
      state = 'body';
    }
  }
  return { end, headline, byline, hero, images };
}

/** The role the plan gives article line `line`. */
export function roleOf(lines: LineTable, plan: ArticlePlan, line: number): ArticleRole {
  switch (lines.kind(line)) {
    case 'blank':
    case 'separator':
      return 'blank';
    case 'boilerplate':
      return 'boilerplate';
    case 'image':
      if (plan.images.has(line)) return 'image';
      break; // not one: read as text
    default:
      break;
  }
  // A line of text: the headline, the byline, or a paragraph (a byline after the first
  // one, an image line that is not one).
  return line === plan.headline ? 'headline' : line === plan.byline ? 'byline' : 'paragraph';
}

/** The positioned article node of the planned lines. */
export function articleNode(lines: LineTable, plan: ArticlePlan): ArticleNode {
  const children: ArticleContent[] = [];
  for (let line = 0; line < plan.end; line++) {
    const position = lineSpan(lines, line);
    const value = lines.value(line);
    const role = roleOf(lines, plan, line);
    switch (role) {
      case 'image':
        children.push({ type: 'image', value, ...(plan.images.get(line) as ParsedImage), hero: line === plan.hero, position });
        break;
      case 'byline':
        children.push({ type: 'byline', value, name: lines.name(line) as string, position });
        break;
      default:
        children.push({ type: role, value, position });
    }
  }
  return { type: 'article', children, position: spanOf(children) };
}

function imageOf(lines: LineTable, line: number, diagnostics: Diagnostic[]): ParsedImage | null {
  const parsed = parseImage(lines.value(line));
  if (parsed === null) {
    const column = lines.text(line).indexOf('![') + 1 + (lines.textStart(line) - lines.start(line));
    diagnostics.push(
      diagnostic('malformed-image', 'This line looks like an image but is not one; kept as a paragraph.', lines.number(line), column),
    );
  }
  return parsed;
}

export function droppedBoilerplate(lines: LineTable, line: number): Diagnostic {
  return diagnostic('dropped-boilerplate', `Dropped boilerplate line: ${lines.value(line)}`, lines.number(line), columnOf(lines, line));
}
