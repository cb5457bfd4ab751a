// The tree as nested buttons: type, position and the meaningful value of each node.
//
//   teaser 13:1–15:1
//     teaserTitle 13:1–14:1 “Frost warnings issued …”
//     attribution 14:1–15:1
//       summary … source “Associated Press” age “35m”

import type { TreeNode } from '../../src/index.js';
import { h } from './dom.js';
import type { IndexedNode, TreeIndex } from './tree-index.js';

const VALUE_WIDTH = 60;

export function treeView(index: TreeIndex): HTMLElement {
  return h('ul', { class: 'tree', role: 'tree' }, treeItem(index, index.rootId));
}

function treeItem(index: TreeIndex, id: string): HTMLLIElement {
  const entry = index.nodes.get(id) as IndexedNode;
  const { start, end } = entry.node.position;
  const item = h(
    'li',
    { role: 'treeitem' },
    h(
      'button',
      { type: 'button', class: `tree-node role-${entry.node.type}`, 'data-node': id },
      h('span', { class: 'type' }, entry.node.type),
      h('span', { class: 'pos' }, `${start.line}:${start.column}–${end.line}:${end.column}`),
      h('span', { class: 'value' }, describeNode(entry.node)),
    ),
  );
  if (entry.children.length > 0) {
    item.append(h('ul', { role: 'group' }, ...entry.children.map((child) => treeItem(index, child))));
  }
  return item;
}

function describeNode(node: TreeNode): string {
  if (node.type === 'rail') return node.label === null ? node.kind : `${node.kind} “${node.label}”`;
  if (node.type === 'attribution') return node.itemSeparator ? 'item separator " -"' : '';
  if (!('value' in node)) return '';
  const value = node.value.length > VALUE_WIDTH ? `${node.value.slice(0, VALUE_WIDTH - 1)}…` : node.value;
  return value === '' ? '' : `“${value}”`;
}
