// The publisher names an attribution split can lean on, ranked by how much we trust
// where they came from: the caller's `sources` over names seen on this very page
// over the built-in list.

import { DEFAULT_SOURCES } from './publishers.js';

/** 0: unknown, 1: built-in list, 2: seen on this page, 3: given by the caller. */
export type SourceRank = 0 | 1 | 2 | 3;

export interface SourceBook {
  /** How trusted `name` is as a whole publisher name (exact spelling). */
  rank(name: string): SourceRank;
  /** No known name is longer than this. */
  readonly longest: number;
}

const BUILT_IN: ReadonlySet<string> = new Set(DEFAULT_SOURCES);
const BUILT_IN_LONGEST = longestOf(DEFAULT_SOURCES);

/** Is `name` on the built-in publisher list (exact spelling)? */
export function isBuiltInSource(name: string): boolean {
  return BUILT_IN.has(name);
}

function longestOf(names: Iterable<string>): number {
  let longest = 0;
  for (const name of names) if (name.length > longest) longest = name.length;
  return longest;
}

/** A book over the built-in list, the caller's names and the page's evidence. */
export function createSourceBook(
  caller: readonly string[] = [],
  page: ReadonlySet<string> = new Set(),
): SourceBook {
  const callerSet = new Set<string>();
  for (const name of caller) {
    const trimmed = name.trim();
    if (trimmed.length > 0) callerSet.add(trimmed);
  }
  const longest = Math.max(BUILT_IN_LONGEST, longestOf(callerSet), longestOf(page));
  return {
    longest,
    rank(name) {
      if (callerSet.has(name)) return 3;
      if (page.has(name)) return 2;
      if (BUILT_IN.has(name)) return 1;
      return 0;
    },
  };
}
