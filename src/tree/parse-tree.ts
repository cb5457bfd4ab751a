// Text → positioned tree: the grammar's plan (dump-plan.ts), every line a node.
//
//   "Headline\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → root [ article [headline, paragraph], rail [separator, teaser [teaserTitle, attribution]] ]

import { describe } from '../errors.js';
import { articleNode } from './article.js';
import { planDump, releasePlan, type PlanOptions } from './dump-plan.js';
import { pointAfter } from './position.js';
import { railNode } from './rails.js';
import type { Root } from './types.js';

export type TreeOptions = PlanOptions;

export function parseTree(text: string, options: TreeOptions = {}): Root {
  if (typeof text !== 'string') {
    throw new TypeError(`parseTree expects a string, got ${describe(text)}`);
  }
  const plan = planDump(text, options);
  const { lines } = plan;
  const root: Root = {
    type: 'root',
    children: [articleNode(lines, plan.article), ...plan.rails.map((rail) => railNode(lines, plan.teasers, rail))],
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAfter(lines, lines.count - 1) },
    data: { diagnostics: plan.diagnostics },
  };
  releasePlan(plan); // the tree holds strings and positions only, never the tables
  return root;
}
