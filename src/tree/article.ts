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
import type { Token } from '../lex/tokenize.js';
import { parseImage, type ParsedImage } from './image.js';
import { lineSpan, spanOf } from './position.js';
import type { ArticleContent, ArticleNode } from './types.js';

/** One article line and the role the grammar gave it. */
export type ArticlePart =
  | { readonly role: 'headline' | 'byline' | 'paragraph' | 'blank' | 'boilerplate'; readonly token: Token }
  | { readonly role: 'image'; readonly token: Token; readonly image: ParsedImage; readonly hero: boolean };

/** The roles of `tokens` (the lines before the first rail), in order, one per line. */
export function planArticle(tokens: readonly Token[], diagnostics: Diagnostic[]): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let state: 'before' | 'head' | 'body' = 'before';
  let hasHero = false;
  let hasByline = false;

  for (const token of tokens) {
    switch (token.kind) {
      case 'blank':
      case 'separator': // cannot happen before the first rail; kept as blank for safety
        parts.push({ role: 'blank', token });
        continue;
      case 'boilerplate':
        parts.push({ role: 'boilerplate', token });
        diagnostics.push(droppedBoilerplate(token));
        continue;
      case 'image': {
        const image = imageOf(token, diagnostics);
        if (image === null) break; // malformed: read on as text
        const hero = state !== 'body' && !hasHero;
        if (hero) hasHero = true;
        else if (state === 'head') state = 'body';
        parts.push({ role: 'image', token, image, hero });
        continue;
      }
      case 'byline':
        if (state === 'head' && !hasByline) {
          parts.push({ role: 'byline', token });
          hasByline = true;
          continue;
        }
        break;
      default:
        break;
    }
    // A line of text: the headline first, paragraphs after.
    if (state === 'before') {
      parts.push({ role: 'headline', token });
      state = 'head';
    } else {
      parts.push({ role: 'paragraph', token });
      state = 'body';
    }
  }
  return parts;
}

/** The positioned article node of the planned lines. */
export function articleNode(parts: readonly ArticlePart[]): ArticleNode {
  const children: ArticleContent[] = parts.map((part) => {
    const { token } = part;
    const position = lineSpan(token);
    const value = token.value;
    switch (part.role) {
      case 'image':
        return { type: 'image', value, ...part.image, hero: part.hero, position };
      case 'byline':
        return { type: 'byline', value, name: token.name as string, position };
      default:
        return { type: part.role, value, position };
    }
  });
  return { type: 'article', children, position: spanOf(children) };
}

function imageOf(token: Token, diagnostics: Diagnostic[]): ParsedImage | null {
  const parsed = parseImage(token.value);
  if (parsed === null) {
    const column = token.text.indexOf('![') + 1 + (token.textStart - token.start);
    diagnostics.push(
      diagnostic('malformed-image', 'This line looks like an image but is not one; kept as a paragraph.', token.number, column),
    );
  }
  return parsed;
}

export function droppedBoilerplate(token: Token): Diagnostic {
  const column = token.text.search(/\S/) + 1 + (token.textStart - token.start);
  return diagnostic('dropped-boilerplate', `Dropped boilerplate line: ${token.value}`, token.number, column);
}
