// Checks of the tree's promises, shared by the tree and property tests.

import type { Point, Root, TreeNode } from '../../src/index.js';

type AnyNode = TreeNode & { children?: TreeNode[] };

/** Leaves in document order. */
export function leavesOf(tree: Root): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (node: AnyNode) => {
    if (node.children === undefined) out.push(node);
    else for (const child of node.children) walk(child as AnyNode);
  };
  walk(tree as AnyNode);
  return out;
}

/** Every problem with the tree's positions; empty when it is lossless and consistent. */
export function positionProblems(text: string, tree: Root): string[] {
  const problems: string[] = [];
  const lineStarts = lineStartsOf(text);
  const checkPoint = (what: string, point: Point) => {
    const expected = pointOf(lineStarts, point.offset);
    if (expected.line !== point.line || expected.column !== point.column) {
      problems.push(`${what}: ${JSON.stringify(point)} should be line ${expected.line} column ${expected.column}`);
    }
  };
  // Leaves tile the input: each starts where the previous one ended.
  let cursor = 0;
  for (const leaf of leavesOf(tree)) {
    const { start, end } = leaf.position;
    if (start.offset !== cursor) problems.push(`${leaf.type} starts at ${start.offset}, expected ${cursor}`);
    if (end.offset < start.offset) problems.push(`${leaf.type} ends before it starts`);
    checkPoint(`${leaf.type} start`, start);
    checkPoint(`${leaf.type} end`, end);
    cursor = end.offset;
  }
  if (cursor !== text.length) problems.push(`leaves end at ${cursor}, input at ${text.length}`);
  // Parents span their children, which are in order.
  const walk = (node: AnyNode) => {
    if (node.children === undefined || node.children.length === 0) return;
    const first = node.children[0] as TreeNode;
    const last = node.children[node.children.length - 1] as TreeNode;
    if (node.type !== 'root' && first.position.start.offset !== node.position.start.offset) {
      problems.push(`${node.type} starts at ${node.position.start.offset}, its first child at ${first.position.start.offset}`);
    }
    if (node.type !== 'root' && last.position.end.offset !== node.position.end.offset) {
      problems.push(`${node.type} ends at ${node.position.end.offset}, its last child at ${last.position.end.offset}`);
    }
    for (const child of node.children) walk(child as AnyNode);
  };
  walk(tree as AnyNode);
  if (tree.position.start.offset !== 0 || tree.position.end.offset !== text.length) problems.push('root does not span the input');
  return problems;
}

/** Offsets where lines start: after LF, CRLF or CR. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) continue; // the LF of CRLF ends it
    if (ch === 10 || ch === 13) starts.push(i + 1);
  }
  return starts;
}

function pointOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}
