// The front door: text → Article, lenient by default, strict on request.

import { describe, NewsDumpError } from './errors.js';
import { articleFromPlan } from './model/from-plan.js';
import { captureTime } from './model/time.js';
import type { Article } from './model/schema.js';
import { planDump, releasePlan } from './tree/dump-plan.js';

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
  const capturedMs = checkOptions(options);
  // The same as toArticle(parseTree(text, …)), without positioning every line.
  const plan = planDump(text, { sources: options.sources });
  const article = articleFromPlan(plan, capturedMs);
  releasePlan(plan); // the Article holds strings only, never the tables
  if (options.strict === true) {
    const error = article.diagnostics.find((d) => d.severity === 'error');
    if (error !== undefined) throw new NewsDumpError(error);
  }
  return article;
}

/** Throws a TypeError for invalid options; returns the capture time (see captureTime). */
function checkOptions(options: ParseOptions): number | null {
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
  return captureTime(capturedAt); // throws a TypeError when invalid
}
