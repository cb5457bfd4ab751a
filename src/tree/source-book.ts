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
 * A suffix trie node while the trie is built: a name's characters from its last one
 * back. Built once, then flattened (see SuffixTrie).
 */
interface SuffixNode {
  /** Its number in the flat trie: nodes are numbered as they are made, the root 0. */
  readonly id: number;
  /** A whole name ends here (that is, starts here, read backwards). */
  terminal: boolean;
  readonly codes: number[];
  readonly children: SuffixNode[];
}

/**
 * The suffix trie, flattened into typed arrays: node n's children are the edges
 * firstEdge[n] up to firstEdge[n + 1], with their characters in edgeCode and their
 * nodes in edgeTo. Below the root a node has few children, so they are searched in
 * order; doing it in flat arrays instead of a tree of objects makes a step a few array
 * reads (the walk runs for every teaser line). The root, with one child per final
 * character, is looked up by code in `rootAscii` (-1: none) for ASCII, by search else.
 */
interface SuffixTrie {
  readonly rootAscii: Int32Array;
  readonly terminal: Uint8Array;
  readonly firstEdge: Int32Array;
  readonly edgeCode: Uint16Array;
  readonly edgeTo: Int32Array;
}

/** The trie's root node. */
const ROOT = 0;

function suffixTrie(names: Iterable<string>): SuffixTrie {
  const nodes: SuffixNode[] = [];
  const newNode = (): SuffixNode => {
    const node: SuffixNode = { id: nodes.length, terminal: false, codes: [], children: [] };
    nodes.push(node);
    return node;
  };
  const root = newNode();
  for (const name of names) {
    let node = root;
    for (let k = name.length - 1; k >= 0; k--) {
      const code = name.charCodeAt(k);
      const c = node.codes.indexOf(code);
      let child = c === -1 ? undefined : node.children[c];
      if (child === undefined) {
        child = newNode();
        node.codes.push(code);
        node.children.push(child);
      }
      node = child;
    }
    if (node !== root) node.terminal = true;
  }
  // Flatten: each node's edges in a row, the nodes in the order of their ids.
  const terminal = new Uint8Array(nodes.length);
  const firstEdge = new Int32Array(nodes.length + 1);
  const edgeCode = new Uint16Array(nodes.length - 1); // every node but the root has one edge in
  const edgeTo = new Int32Array(nodes.length - 1);
  let edge = 0;
  for (const node of nodes) {
    terminal[node.id] = node.terminal ? 1 : 0;
    firstEdge[node.id] = edge;
    for (let c = 0; c < node.codes.length; c++, edge++) {
      edgeCode[edge] = node.codes[c] as number;
      edgeTo[edge] = (node.children[c] as SuffixNode).id;
    }
  }
  firstEdge[nodes.length] = edge;
  const rootAscii = new Int32Array(128).fill(-1);
  for (let c = 0; c < root.codes.length; c++) {
    const code = root.codes[c] as number;
    if (code < 128) rootAscii[code] = (root.children[c] as SuffixNode).id;
  }
  return { rootAscii, terminal, firstEdge, edgeCode, edgeTo };
}

/** The child of `node` along `code` (a code unit; NaN never matches); -1 if none. */
function childOf(trie: SuffixTrie, node: number, code: number): number {
  if (node === ROOT && code < 128) return trie.rootAscii[code] as number;
  const { edgeCode, firstEdge } = trie;
  const last = firstEdge[node + 1] as number;
  for (let e = firstEdge[node] as number; e < last; e++) if (edgeCode[e] === code) return trie.edgeTo[e] as number;
  return -1;
}

/** Walk `trie` back from `end`; push each start of a whole name, nearest first. */
function collectStarts(trie: SuffixTrie, text: string, lowest: number, end: number, starts: number[]): void {
  if (end <= lowest) return;
  const terminal = trie.terminal;
  let node = childOf(trie, ROOT, text.charCodeAt(end - 1));
  for (let k = end - 1; node >= 0; ) {
    if (terminal[node] === 1) starts.push(k);
    if (--k < lowest) return;
    node = childOf(trie, node, text.charCodeAt(k));
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
