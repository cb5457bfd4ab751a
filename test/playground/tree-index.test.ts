// Indexing the tree (path ids, offsets, line ranges) and finding the node at a caret.

import { describe, expect, it } from 'vitest';
import { parseTree, type TreeNode } from '../../src/index.js';
import { nodeAt } from '../../playground/src/node-at.js';
import { indexTree, type IndexedNode } from '../../playground/src/tree-index.js';
import { DUMP_FILES, SMALL_DUMP } from './dumps.js';

const LINES = SMALL_DUMP.split('\n');
/** Offset of the first character of a 1-based line of SMALL_DUMP (LF only). */
const lineStart = (line: number): number => LINES.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);

describe('indexTree', () => {
  const tree = parseTree(SMALL_DUMP);
  const index = indexTree(tree);

  it('gives each node a path id that leads to it from the root', () => {
    for (const [id, entry] of index.nodes) {
      let node: TreeNode = tree;
      for (const step of id.split('.').slice(1)) node = (node as { children: TreeNode[] }).children[Number(step)] as TreeNode;
      expect(entry.node, id).toBe(node);
      if (entry.parent !== null) expect(index.nodes.get(entry.parent)?.children, id).toContain(id);
    }
  });

  it('records a teaser by its offsets and the lines it spans (title + attribution)', () => {
    const rail = tree.children[1];
    const teaserAt = rail?.children.findIndex((child) => child.type === 'teaser') ?? -1;
    const teaser = index.nodes.get(`0.1.${teaserAt}`) as IndexedNode;
    expect(teaser.node.type).toBe('teaser');
    expect([teaser.firstLine, teaser.lastLine]).toEqual([9, 10]);
    expect(teaser.start).toBe(lineStart(9));
    expect(teaser.end).toBe(lineStart(11));
  });

  it('lists the leaves in document order, tiling the text', () => {
    let at = 0;
    for (const leaf of index.leaves) {
      expect(leaf.start).toBe(at);
      at = leaf.end;
    }
    expect(at).toBe(SMALL_DUMP.length);
  });

  it('keeps the last line of a node without a final line ending', () => {
    const last = index.leaves[index.leaves.length - 1] as IndexedNode;
    expect(last.node.type).toBe('age');
    expect([last.firstLine, last.lastLine]).toEqual([LINES.length, LINES.length]);
  });
});

describe('nodeAt', () => {
  const index = indexTree(parseTree(SMALL_DUMP));

  it('finds the source leaf for a caret inside a glued source', () => {
    const offset = lineStart(10) + (LINES[9] as string).indexOf('Eastbank') + 3;
    const node = nodeAt(index, offset).node;
    expect(node.type).toBe('source');
    expect('value' in node && node.value).toBe('Eastbank Herald');
  });

  it('finds the headline at offset 0 and the last leaf at the very end', () => {
    expect(nodeAt(index, 0).node.type).toBe('headline');
    expect(nodeAt(index, SMALL_DUMP.length)).toBe(index.leaves[index.leaves.length - 1]);
  });

  it('finds the whole-line leaf when the caret sits at the end of its line', () => {
    const offset = lineStart(2) + (LINES[1] as string).length;
    expect(nodeAt(index, offset).node.type).toBe('byline');
  });

  describe.each(DUMP_FILES)('$name', ({ text }) => {
    it('returns each non-empty leaf for its own offsets', () => {
      const fileIndex = indexTree(parseTree(text));
      for (const leaf of fileIndex.leaves) {
        if (leaf.end === leaf.start) continue;
        expect(nodeAt(fileIndex, leaf.start).id).toBe(leaf.id);
        expect(nodeAt(fileIndex, leaf.end - 1).id).toBe(leaf.id);
      }
    });
  });
});
