// The publisher names an attribution split can lean on: the caller's `sources`, names
// seen on this very page and the built-in list. The splitter trusts them alike: a
// vouched name beats any guess, whoever vouches for it (see splitSource).
//
// The splitter asks "which known names does this teaser line end with?" once per line.
// The built-in names are kept in a suffix trie (a name's characters from its last one
// back), so the answer costs one step per character the line shares with some name's
// ending, instead of a slice and three set lookups at every candidate position.

import { DEFAULT_SOURCES } from './publishers.js';

export interface SourceBook {
  /** No known name is longer than this. */
  readonly longest: number;
  /**
   * Every `i` in [lowest, end) where `text.slice(i, end)` is a known name (any rank),
   * in descending order: the nearest start first. Names as of the book's creation.
   */
  vouchedStarts(text: string, lowest: number, end: number): readonly number[];
  /**
   * vouchedStarts written into `starts` from index 0 (it must have room for
   * `end - lowest` of them); returns how many. The splitter asks once per teaser line,
   * into one buffer it keeps, rather than have an array made each time.
   */
  fillVouchedStarts(text: string, lowest: number, end: number, starts: Int32Array): number;
}

/** What the splitter asks of a book (see SourceBook): rails.ts adds the page's names to one. */
export type VouchedNames = Pick<SourceBook, 'longest' | 'fillVouchedStarts'>;

/**
 * A suffix trie node while the trie is built: a name's characters from its last one
 * back. Built once, then flattened (see SuffixTrie).
 */
interface SuffixNode {
  /** A whole name ends here (that is, starts here, read backwards). */
  terminal: boolean;
  readonly codes: number[];
  readonly children: SuffixNode[];
  /** Where its record starts in the flat trie, once laid out. */
  at: number;
}

/**
 * The suffix trie, flattened into one typed array of records; a node is the index of
 * its record: twice its number of children, plus 1 if a whole name ends there, then
 * each child's character and node. Below the root a node has few children, so they
 * are searched in order. Records are laid out depth first, so the nodes along a name
 * follow one another: the walk, which runs for every teaser line, reads on through
 * one stretch of memory (in a parse, the lexer's work in between pushes the trie out of
 * the nearest cache). The root, with one child per final character, is looked up by
 * code in `rootAscii` (-1: none) for ASCII, by search else. 16-bit cells while the
 * records fit: ~38 KB for the built-in list.
 */
interface SuffixTrie {
  readonly rootAscii: Int32Array;
  readonly cells: Uint16Array | Int32Array;
}

/** The trie's root node. */
const ROOT = 0;

function suffixTrie(names: Iterable<string>): SuffixTrie {
  const newNode = (): SuffixNode => ({ terminal: false, codes: [], children: [], at: 0 });
  const root = newNode();
  let count = 1;
  for (const name of names) {
    let node = root;
    for (let k = name.length - 1; k >= 0; k--) {
      const code = name.charCodeAt(k);
      const c = node.codes.indexOf(code);
      let child = c === -1 ? undefined : node.children[c];
      if (child === undefined) {
        child = newNode();
        count++;
        node.codes.push(code);
        node.children.push(child);
      }
      node = child;
    }
    if (node !== root) node.terminal = true;
  }
  // A cell per node, two per edge: every node but the root has one edge in.
  const size = count + 2 * (count - 1);
  const cells = size <= 0xffff ? new Uint16Array(size) : new Int32Array(size);
  // Lay the records out depth first (a stack, not recursion: a caller's name may be
  // long), then write them, each child's place known by then.
  const order: SuffixNode[] = [];
  const stack = [root];
  let free = 0;
  while (stack.length > 0) {
    const node = stack.pop() as SuffixNode;
    node.at = free;
    free += 1 + 2 * node.codes.length;
    order.push(node);
    for (let c = node.children.length - 1; c >= 0; c--) stack.push(node.children[c] as SuffixNode);
  }
  for (const node of order) {
    cells[node.at] = 2 * node.codes.length + (node.terminal ? 1 : 0);
    for (let c = 0; c < node.codes.length; c++) {
      cells[node.at + 1 + 2 * c] = node.codes[c] as number;
      cells[node.at + 2 + 2 * c] = (node.children[c] as SuffixNode).at;
    }
  }
  const rootAscii = new Int32Array(128).fill(-1);
  for (let c = 0; c < root.codes.length; c++) {
    const code = root.codes[c] as number;
    if (code < 128) rootAscii[code] = cells[ROOT + 2 + 2 * c] as number;
  }
  return { rootAscii, cells };
}

/** The child of `node` along `code` (a code unit; NaN never matches); -1 if none. */
function childOf(trie: SuffixTrie, node: number, code: number): number {
  if (node === ROOT && code < 128) return trie.rootAscii[code] as number;
  const cells = trie.cells;
  const last = node + 1 + ((cells[node] as number) & ~1); // past its edges
  for (let e = node + 1; e < last; e += 2) if (cells[e] === code) return cells[e + 1] as number;
  return -1;
}

/** Walk `trie` back from `end`; write each start of a whole name into `starts`, nearest first; return how many. */
function collectStarts(trie: SuffixTrie, text: string, lowest: number, end: number, starts: Int32Array): number {
  if (end <= lowest) return 0;
  const cells = trie.cells;
  let count = 0;
  let node = childOf(trie, ROOT, text.charCodeAt(end - 1));
  for (let k = end - 1; node >= 0; ) {
    if (((cells[node] as number) & 1) === 1) starts[count++] = k; // a whole name starts at k
    if (--k < lowest) break;
    node = childOf(trie, node, text.charCodeAt(k));
  }
  return count;
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
  return new Book(caller, page);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The book of a caller's `sources` (no page names), made once per array and reused
 * while the array holds the same names: a caller passes the same list with every
 * dump, and indexing a list of thousands costs more than parsing a dump. The names
 * are compared one by one at each call (a string compare each, ~1 ns when they are
 * the same strings), so a list changed in place is indexed again.
 */
export function callerSourceBook(caller: readonly string[]): SourceBook {
  const cached = callerBooks.get(caller);
  if (cached !== undefined && sameNames(cached.names, caller)) return cached.book;
  const book = new Book(caller, NO_NAMES);
  callerBooks.set(caller, { names: caller.slice(), book });
  return book;
}

const callerBooks = new WeakMap<readonly string[], { readonly names: readonly string[]; readonly book: SourceBook }>();

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** vouchedStarts fills this and copies it out: a typed array costs more to make than the walk. */
let scratch = new Int32Array(64);

/**
 * A SourceBook. A class, not an object of closures: the splitter calls it once per
 * teaser line.
 */
class Book implements SourceBook {
  readonly longest: number;
  /**
   * The caller's and the page's names in a suffix trie of their own, like the built-in
   * list's: a caller may give thousands (a data team's list of outlets), and a list
   * per last character made every teaser line compare itself with hundreds of them.
   * Null while there are none.
   */
  private readonly own: SuffixTrie | null = null;

  constructor(caller: readonly string[], page: ReadonlySet<string>) {
    let callerSet = NO_NAMES;
    if (caller.length > 0) {
      const set = new Set<string>();
      for (const name of caller) {
        const trimmed = name.trim();
        if (trimmed.length > 0) set.add(trimmed);
      }
      callerSet = set;
    }
    this.longest = Math.max(BUILT_IN_LONGEST, longestOf(callerSet), longestOf(page));
    if (callerSet.size + page.size > 0) this.own = suffixTrie([...callerSet, ...page]);
  }

  vouchedStarts(text: string, lowest: number, end: number): readonly number[] {
    if (scratch.length < end - lowest) scratch = new Int32Array(end - lowest);
    const buffer = scratch;
    const starts: number[] = [];
    for (let k = 0, count = this.fillVouchedStarts(text, lowest, end, buffer); k < count; k++) starts.push(buffer[k] as number);
    return starts;
  }

  fillVouchedStarts(text: string, lowest: number, end: number, starts: Int32Array): number {
    let count = collectStarts(BUILT_IN_TRIE, text, lowest, end, starts);
    if (this.own === null || end <= lowest) return count;
    // The own trie's starts, merged in order (few lines end in one of its names).
    const found = collectStarts(this.own, text, lowest, end, ownScratch(end - lowest));
    for (let k = 0; k < found; k++) count = insertStart(starts, count, ownStarts[k] as number);
    return count;
  }
}

/** Where fillVouchedStarts collects the own trie's starts: one buffer, grown as needed. */
let ownStarts = new Int32Array(64);

function ownScratch(length: number): Int32Array {
  if (ownStarts.length < length) ownStarts = new Int32Array(length);
  return ownStarts;
}

/**
 * Add `at` to the `count` descending starts in `starts` (with room for one more), unless
 * it is there already; return the new count.
 */
export function insertStart(starts: Int32Array, count: number, at: number): number {
  // Its place among the descending starts: shift the nearer-to-`lowest` ones along.
  let k = count;
  while (k > 0 && (starts[k - 1] as number) < at) k--;
  if (k > 0 && starts[k - 1] === at) return count; // the trie (or another name) found it
  starts.copyWithin(k + 1, k, count);
  starts[k] = at;
  return count + 1;
}
