// The publisher names an attribution split can lean on, ranked by how much we trust
// where they came from: the caller's `sources` over names seen on this very page
// over the built-in list.
//
// The splitter asks "which known names does this teaser line end with?" once per line.
// The built-in names are kept in a suffix trie (a name's characters from its last one
// back), so the answer costs one step per character the line shares with some name's
// ending, instead of a slice and three set lookups at every candidate position.

import { DEFAULT_SOURCES } from './publishers.js';

/** 0: unknown, 1: built-in list, 2: seen on this page, 3: given by the caller. */
export type SourceRank = 0 | 1 | 2 | 3;

export interface SourceBook {
  /** How trusted `name` is as a whole publisher name (exact spelling). */
  rank(name: string): SourceRank;
  /** No known name is longer than this. */
  readonly longest: number;
  /**
   * Every `i` in [lowest, end) where `text.slice(i, end)` is a known name (any rank),
   * in descending order: the nearest start first. Names as of the book's creation.
   */
  vouchedStarts(text: string, lowest: number, end: number): readonly number[];
}

/**
 * A suffix trie node: a name's characters from its last one back. Below the root a
 * node has few children, so they sit in two parallel arrays searched in order (faster
 * than hashing at that size); the root, with one child per final character, uses a Map.
 */
interface SuffixNode {
  /** A whole name ends here (that is, starts here, read backwards). */
  terminal: boolean;
  readonly codes: number[];
  readonly children: SuffixNode[];
}

interface SuffixTrie {
  readonly root: Map<number, SuffixNode>;
}

const newNode = (): SuffixNode => ({ terminal: false, codes: [], children: [] });

function childOf(node: SuffixNode, code: number): SuffixNode | undefined {
  const codes = node.codes;
  for (let c = 0; c < codes.length; c++) if (codes[c] === code) return node.children[c];
  return undefined;
}

function suffixTrie(names: Iterable<string>): SuffixTrie {
  const root = new Map<number, SuffixNode>();
  for (const name of names) {
    if (name.length === 0) continue;
    const last = name.charCodeAt(name.length - 1);
    let node = root.get(last);
    if (node === undefined) root.set(last, (node = newNode()));
    for (let k = name.length - 2; k >= 0; k--) {
      const code = name.charCodeAt(k);
      let child = childOf(node, code);
      if (child === undefined) {
        child = newNode();
        node.codes.push(code);
        node.children.push(child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return { root };
}

/** Walk `trie` back from `end`; push each start of a whole name, nearest first. */
function collectStarts(trie: SuffixTrie, text: string, lowest: number, end: number, starts: number[]): void {
  if (end <= lowest) return;
  let node = trie.root.get(text.charCodeAt(end - 1));
  for (let k = end - 1; node !== undefined; ) {
    if (node.terminal) starts.push(k);
    if (--k < lowest) return;
    node = childOf(node, text.charCodeAt(k));
  }
}

const BUILT_IN: ReadonlySet<string> = new Set(DEFAULT_SOURCES);
const BUILT_IN_LONGEST = longestOf(DEFAULT_SOURCES);
const BUILT_IN_TRIE = suffixTrie(DEFAULT_SOURCES);

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
  // The caller's and the page's names: few, so no trie, only a list per last character
  // (each candidate then checked with endsWith). Copied from the sets: the lists must
  // not go stale if the caller's `page` grows afterwards.
  const own = new Map<number, string[]>();
  for (const name of [...callerSet, ...page]) {
    if (name.length === 0) continue;
    const last = name.charCodeAt(name.length - 1);
    const names = own.get(last);
    if (names === undefined) own.set(last, [name]);
    else if (!names.includes(name)) names.push(name);
  }
  return {
    longest,
    rank(name) {
      if (callerSet.has(name)) return 3;
      if (page.has(name)) return 2;
      if (BUILT_IN.has(name)) return 1;
      return 0;
    },
    vouchedStarts(text, lowest, end) {
      const starts: number[] = [];
      collectStarts(BUILT_IN_TRIE, text, lowest, end, starts);
      const names = end > lowest ? own.get(text.charCodeAt(end - 1)) : undefined;
      if (names === undefined) return starts;
      const builtIn = starts.length;
      for (const name of names) {
        const at = end - name.length;
        if (at >= lowest && text.endsWith(name, end) && !starts.includes(at)) starts.push(at);
      }
      // Both give descending starts; keep them so when both found some.
      return starts.length > 1 && starts.length > builtIn ? starts.sort((a, b) => b - a) : starts;
    },
  };
}
