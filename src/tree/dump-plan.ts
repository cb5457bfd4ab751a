// Text → the grammar's decisions: each line's role, the rails, the split of every
// attribution and the diagnostics, before anything is positioned.
//
//   dump = article rail*
//
// The article runs to the first lone "-". The line right before that "-" is the
// article's last paragraph unless it reads like a rail heading ("Related", "More from
// X", …): the same line shape means different things on either side of the first rail.
//
// parseTree turns a plan into the positioned tree; parseArticle reads the plan
// straight into an Article (src/model/from-plan.ts), because positions for every line
// cost several times the input in memory and most callers never look at them.

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { tokenize, type LineTable } from '../lex/tokenize.js';
import { planArticle, type ArticlePlan } from './article.js';
import { isFirstRailHeading } from './rail-heading.js';
import { isRailLabel, planRails, type RailPlan } from './rails.js';
import { TeaserRows } from './teaser-rows.js';

export interface PlanOptions {
  /** Extra publisher names to recognise in attributions. */
  readonly sources?: readonly string[] | undefined;
}

export interface DumpPlan {
  /** One token per input line; the plan names lines by their index here. */
  readonly lines: LineTable;
  /** The lines before the first rail, with their roles. */
  readonly article: ArticlePlan;
  readonly rails: readonly RailPlan[];
  /** The rails' teasers, in order; a rail names its own by their rows here. */
  readonly teasers: TeaserRows;
  /** Sorted by line, then column. */
  readonly diagnostics: Diagnostic[];
}

export function planDump(text: string, options: PlanOptions = {}): DumpPlan {
  const controls: number[] = []; // where a line's first control character sits
  const lines = tokenize(text, controls);
  const diagnostics: Diagnostic[] = [];

  const railStart = findRailStart(lines);
  const article = planArticle(lines, railStart < 0 ? lines.count : railStart, diagnostics);
  const { rails, teasers } = railStart < 0 ? NO_RAILS() : planRails(lines, railStart, options.sources, diagnostics);

  if (article.headline < 0) {
    let first = 0;
    while (first < lines.count && lines.kind(first) === 'blank') first++;
    if (first === lines.count) diagnostics.push(diagnostic('empty-input', 'The input holds no text.', 1, 1));
    else diagnostics.push(diagnostic('missing-headline', 'The dump has no headline line before its first rail.', lines.number(first), 1));
  }
  if (controls.length > 0) reportControlCharacters(lines, controls, diagnostics);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { lines, article, rails, teasers, diagnostics };
}

/**
 * Done with the plan: the buffers of its tables may serve the next parse. Reading the
 * plan afterwards is a bug, and finds no lines or teasers.
 */
export function releasePlan(plan: DumpPlan): void {
  plan.lines.release();
  plan.teasers.release();
}

const NO_RAILS = () => ({ rails: [], teasers: new TeaserRows() });

/** Index of the first rail's first line (its heading or its "-"), or -1 without rails. */
function findRailStart(lines: LineTable): number {
  let separator = 0;
  while (separator < lines.count && lines.kind(separator) !== 'separator') separator++;
  if (separator === lines.count) return -1;
  // Blank and boilerplate lines between a heading and its "-" do not hide it; a
  // sponsored rail's label ("Sponsored") right before it is the heading.
  let before = separator - 1;
  while (before >= 0 && isFurniture(lines, before)) {
    if (isRailLabel(lines, before)) return hasTextBefore(lines, before) ? before : separator;
    before--;
  }
  if (before < 0) return separator;
  // Only plain text can head the first rail: not a byline, boilerplate, image or teaser.
  if (lines.kind(before) !== 'text') return separator;
  // The headline itself never heads a rail.
  if (!hasTextBefore(lines, before)) return separator;
  return isFirstRailHeading(lines.value(before)) ? before : separator;
}

/** Is there a line other than furniture before line `index` (the headline, at least)? */
function hasTextBefore(lines: LineTable, index: number): boolean {
  for (let k = index - 1; k >= 0; k--) if (!isFurniture(lines, k)) return true;
  return false;
}

function isFurniture(lines: LineTable, i: number): boolean {
  const kind = lines.kind(i);
  return kind === 'blank' || kind === 'boilerplate';
}

/** `controls`: ascending input offsets, at most one per line (see splitLines). */
function reportControlCharacters(lines: LineTable, controls: readonly number[], diagnostics: Diagnostic[]): void {
  let i = 0;
  for (const offset of controls) {
    while (lines.end(i) < offset) i++;
    diagnostics.push(
      diagnostic('control-characters', 'This line holds control characters; the input may not be text.', lines.number(i), offset - lines.start(i) + 1),
    );
  }
}
