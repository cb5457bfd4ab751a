// Index a parsed tree for the page: every node gets a path id ("0.2.1" is the root's
// first child's third child's second child), its parent, its offsets and its lines.
//
// Path ids survive a re-parse when the structure is the same, so a selection made
// before an edit still points at the same teaser after it.

import type { Root, TreeNode } from '../../src/index.js';

export interface IndexedNode {
  readonly id: string;
  readonly node: TreeNode;
  readonly parent: string | null;
  readonly children: readonly string[];
  /** 0-based offset of the first character. */
  readonly start: number;
  /** 0-based offset just past the last character (line ending included). */
  readonly end: number;
  /** 1-based first line. */
  readonly firstLine: number;
  /** 1-based last line the node has characters on (its line ending aside). */
  readonly lastLine: number;
}

export interface TreeIndex {
  readonly rootId: string;
  readonly nodes: ReadonlyMap<string, IndexedNode>;
  /** The leaves in document order. */
  readonly leaves: readonly IndexedNode[];
}

export const ROOT_ID = '0';

export function indexTree(tree: Root): TreeIndex {
  const nodes = new Map<string, IndexedNode>();
  const leaves: IndexedNode[] = [];

  const visit = (node: TreeNode, id: string, parent: string | null): void => {
    const kids: readonly TreeNode[] = 'children' in node ? node.children : [];
    const { start, end } = node.position;
    const endsAtLineStart = end.column === 1 && end.line > start.line;
    const indexed: IndexedNode = {
      id,
      node,
      parent,
      children: kids.map((_, i) => `${id}.${i}`),
      start: start.offset,
      end: end.offset,
      firstLine: start.line,
      lastLine: endsAtLineStart ? end.line - 1 : end.line,
    };
    nodes.set(id, indexed);
    if (!('children' in node)) leaves.push(indexed);
    kids.forEach((kid, i) => visit(kid, `${id}.${i}`, id));
  };
  visit(tree, ROOT_ID, null);

  return { rootId: ROOT_ID, nodes, leaves };
}
