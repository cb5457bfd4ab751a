// The article: everything before the first rail.
//
//   headline byline? heroImage? byline? bodyLine*        bodyLine = paragraph | image | boilerplate | blank
//
//   US ferry service resumes after storm       ← headline (first line with text)
//   By Ana Ruiz                                ← byline (only up here)
//   ![Ferry at the pier](https://…/f.jpg)      ← hero image (only up here)
//   The harbor ferry ran again on Monday.      ← paragraph
//   Advertisement                              ← boilerplate (dropped, noted)

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Token } from '../lex/tokenize.js';
import { parseImage } from './image.js';
import { lineSpan } from './position.js';
import type { ArticleContent, ArticleNode, ImageNode } from './types.js';
import { spanOf } from './position.js';

/** Build the article node from `tokens` (the lines before the first rail). */
export function buildArticle(tokens: readonly Token[], diagnostics: Diagnostic[]): ArticleNode {
  const children: ArticleContent[] = [];
  let state: 'before' | 'head' | 'body' = 'before';
  let hasHero = false;
  let hasByline = false;

  for (const token of tokens) {
    const position = lineSpan(token.line);
    const value = token.value;
    switch (token.kind) {
      case 'blank':
      case 'separator': // cannot happen before the first rail; kept as blank for safety
        children.push({ type: 'blank', value, position });
        continue;
      case 'boilerplate':
        children.push({ type: 'boilerplate', value, position });
        diagnostics.push(droppedBoilerplate(token));
        continue;
      case 'image': {
        const image = imageNode(token, diagnostics);
        if (image === null) break; // malformed: read on as text
        if (state !== 'body' && !hasHero) {
          image.hero = true;
          hasHero = true;
        } else {
          state = state === 'before' ? 'before' : 'body';
        }
        children.push(image);
        continue;
      }
      case 'byline':
        if (state === 'head' && !hasByline) {
          children.push({ type: 'byline', value, name: token.name as string, position });
          hasByline = true;
          continue;
        }
        break;
      default:
        break;
    }
    // A line of text: the headline first, paragraphs after.
    if (state === 'before') {
      children.push({ type: 'headline', value, position });
      state = 'head';
    } else {
      children.push({ type: 'paragraph', value, position });
      state = 'body';
    }
  }
  return { type: 'article', children, position: spanOf(children) };
}

function imageNode(token: Token, diagnostics: Diagnostic[]): ImageNode | null {
  const parsed = parseImage(token.value);
  if (parsed === null) {
    const column = token.line.text.indexOf('![') + 1 + (token.line.textStart - token.line.start);
    diagnostics.push(
      diagnostic('malformed-image', 'This line looks like an image but is not one; kept as a paragraph.', token.line.number, column),
    );
    return null;
  }
  return { type: 'image', value: token.value, ...parsed, hero: false, position: lineSpan(token.line) };
}

export function droppedBoilerplate(token: Token): Diagnostic {
  const column = token.line.text.search(/\S/) + 1 + (token.line.textStart - token.line.start);
  return diagnostic('dropped-boilerplate', `Dropped boilerplate line: ${token.value}`, token.line.number, column);
}
