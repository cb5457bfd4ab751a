// One parse as the page runs it: the tree (for the editor), the Article (for the
// cards), the time it took, and what went wrong with the options or in strict mode.
//
//   runParse(text, { capturedAt: "2025-03-10T08:00:00Z", sources: ["Millpond Gazette"], strict: true })
//
// The tree and the Article come from parseTree and toArticle; strict mode asks
// parseArticle itself, so the page shows exactly the NewsDumpError a caller would get.

import { NewsDumpError, parseArticle, parseTree, toArticle, type Article, type Root } from '../../src/index.js';

export interface PlaygroundOptions {
  /** As typed: an ISO date-time, or empty for none. */
  readonly capturedAt: string;
  /** Extra publisher names, one per entry. */
  readonly sources: readonly string[];
  readonly strict: boolean;
}

export interface ParseProblem {
  /** `options`: an option was refused (the Article is shown without it); `strict`: strict mode threw. */
  readonly kind: 'options' | 'strict';
  readonly message: string;
  readonly code: string | null;
  readonly line: number | null;
  readonly column: number | null;
}

export interface ParseRun {
  readonly tree: Root;
  readonly article: Article;
  readonly problem: ParseProblem | null;
  /** Milliseconds spent in parseTree + toArticle. */
  readonly ms: number;
}

export function runParse(text: string, options: PlaygroundOptions): ParseRun {
  const capturedAt = options.capturedAt.trim() === '' ? undefined : options.capturedAt.trim();
  const started = performance.now();
  const tree = parseTree(text, { sources: options.sources });
  let article: Article;
  let problem: ParseProblem | null = null;
  try {
    article = toArticle(tree, { capturedAt });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    problem = { kind: 'options', message: error.message, code: null, line: null, column: null };
    article = toArticle(tree);
  }
  const ms = performance.now() - started;

  if (options.strict && problem === null) problem = strictProblem(text, options.sources, capturedAt);
  return { tree, article, problem, ms };
}

function strictProblem(text: string, sources: readonly string[], capturedAt: string | undefined): ParseProblem | null {
  try {
    parseArticle(text, capturedAt === undefined ? { sources, strict: true } : { sources, capturedAt, strict: true });
    return null;
  } catch (error) {
    if (!(error instanceof NewsDumpError)) throw error;
    return { kind: 'strict', message: error.message, code: error.code, line: error.line, column: error.column };
  }
}
