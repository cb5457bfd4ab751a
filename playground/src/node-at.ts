// The deepest node at a caret offset: where the editor's caret sits in the tree.
//
//   caret inside "Reuters" on an attribution line → the `source` leaf's id
//
// A caret at the very end of the text (after the last line ending) belongs to the
// last leaf, as an editor would show it.

import type { IndexedNode, TreeIndex } from './tree-index.js';

export function nodeAt(index: TreeIndex, offset: number): IndexedNode {
  let current = index.nodes.get(index.rootId) as IndexedNode;
  for (;;) {
    const kids = current.children.map((id) => index.nodes.get(id) as IndexedNode);
    const inside = kids.find((kid) => kid.start <= offset && offset < kid.end);
    const last = kids[kids.length - 1];
    const next = inside ?? (last !== undefined && offset >= last.end ? last : undefined);
    if (next === undefined) return current;
    current = next;
  }
}
