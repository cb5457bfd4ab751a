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

/** One article line (its index in the line table) and the role the grammar gave it. */
export type ArticlePart =
  | { readonly role: 'headline' | 'byline' | 'paragraph' | 'blank' | 'boilerplate'; readonly line: number }
  | { readonly role: 'image'; readonly line: number; readonly image: ParsedImage; readonly hero: boolean };

/** The roles of lines [0, end) (the lines before the first rail), in order, one per line. */
export function planArticle(lines: LineTable, end: number, diagnostics: Diagnostic[]): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let state: 'before' | 'head' | 'body' = 'before';
  let hasHero = false;
  let hasByline = false;

  for (let line = 0; line < end; line++) {
    switch (lines.kind(line)) {
      case 'blank':
      case 'separator': // cannot happen before the first rail; kept as blank for safety
        parts.push({ role: 'blank', line });
        continue;
      case 'boilerplate':
        parts.push({ role: 'boilerplate', line });
        diagnostics.push(droppedBoilerplate(lines, line));
        continue;
      case 'image': {
        const image = imageOf(lines, line, diagnostics);
        if (image === null) break; // malformed: read on as text
        const hero = state !== 'body' && !hasHero;
        if (hero) hasHero = true;
        else if (state === 'head') state = 'body';
        parts.push({ role: 'image', line, image, hero });
        continue;
      }
      case 'byline':
        if (state === 'head' && !hasByline) {
          parts.push({ role: 'byline', line });
          hasByline = true;
          continue;
        }
        break;
      default:
        break;
    }
    // A line of text: the headline first, paragraphs after.
    if (state === 'before') {
      parts.push({ role: 'headline', line });
      state = 'head';
    } else {
      parts.push({ role: 'paragraph', line });
      state = 'body';
    }
  }
  return parts;
}

/** The positioned article node of the planned lines. */
export function articleNode(lines: LineTable, parts: readonly ArticlePart[]): ArticleNode {
  const children: ArticleContent[] = parts.map((part) => {
    const { line } = part;
    const position = lineSpan(lines, line);
    const value = lines.value(line);
    switch (part.role) {
      case 'image':
        return { type: 'image', value, ...part.image, hero: part.hero, position };
      case 'byline':
        return { type: 'byline', value, name: lines.name(line) as string, position };
      default:
        return { type: part.role, value, position };
    }
  });
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
