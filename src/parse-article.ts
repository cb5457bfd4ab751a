// The front door: text → Article, lenient by default, strict on request.

import { describe, NewsDumpError } from './errors.js';
import { captureTime, toArticle } from './model/to-article.js';
import type { Article } from './model/schema.js';
import { parseTree } from './tree/parse-tree.js';

export interface ParseOptions {
  /** When the page was captured (Date, ISO string or epoch ms); enables `publishedAt`. */
  capturedAt?: Date | string | number;
  /** Extra publisher names to recognise in teaser attributions. */
  sources?: readonly string[];
  /** Throw a NewsDumpError at the first error diagnostic instead of returning it. */
  strict?: boolean;
}

/**
 * Parse a news page dump into an Article.
 *
 * Never throws on a string in lenient mode: problems become `article.diagnostics`.
 * Throws a TypeError for a non-string `text` or invalid options, and a NewsDumpError
 * (code, line, column) at the first error diagnostic when `strict` is true.
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`parseArticle expects a string, got ${describe(text)}`);
  }
  checkOptions(options);
  const article = toArticle(parseTree(text, { sources: options.sources }), { capturedAt: options.capturedAt });
  if (options.strict === true) {
    const error = article.diagnostics.find((d) => d.severity === 'error');
    if (error !== undefined) throw new NewsDumpError(error);
  }
  return article;
}

function checkOptions(options: ParseOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`parseArticle options must be an object, got ${describe(options)}`);
  }
  const { sources, strict, capturedAt } = options;
  if (sources !== undefined && (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string'))) {
    throw new TypeError(`options.sources must be an array of strings, got ${describe(sources)}`);
  }
  if (strict !== undefined && typeof strict !== 'boolean') {
    throw new TypeError(`options.strict must be a boolean, got ${describe(strict)}`);
  }
  captureTime(capturedAt); // throws a TypeError when invalid
}
