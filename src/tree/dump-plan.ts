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
import { tokenize, type Token } from '../lex/tokenize.js';
import { planArticle, type ArticlePart } from './article.js';
import { isFirstRailHeading } from './rail-heading.js';
import { isRailLabel, planRails, type RailPlan } from './rails.js';

export interface PlanOptions {
  /** Extra publisher names to recognise in attributions. */
  readonly sources?: readonly string[] | undefined;
}

export interface DumpPlan {
  /** One token per input line. */
  readonly tokens: readonly Token[];
  /** The lines before the first rail, with their roles. */
  readonly article: readonly ArticlePart[];
  readonly rails: readonly RailPlan[];
  /** Sorted by line, then column. */
  readonly diagnostics: Diagnostic[];
}

export function planDump(text: string, options: PlanOptions = {}): DumpPlan {
  const controls: number[] = []; // where a line's first control character sits
  const tokens = tokenize(text, controls);
  const diagnostics: Diagnostic[] = [];

  const railStart = findRailStart(tokens);
  const article = planArticle(railStart < 0 ? tokens : tokens.slice(0, railStart), diagnostics);
  const rails = railStart < 0 ? [] : planRails(tokens, railStart, options.sources, diagnostics);

  if (!article.some((part) => part.role === 'headline')) {
    const first = tokens.find((token) => token.kind !== 'blank');
    if (first === undefined) diagnostics.push(diagnostic('empty-input', 'The input holds no text.', 1, 1));
    else diagnostics.push(diagnostic('missing-headline', 'The dump has no headline line before its first rail.', first.number, 1));
  }
  if (controls.length > 0) reportControlCharacters(tokens, controls, diagnostics);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { tokens, article, rails, diagnostics };
}

/** Index of the first rail's first line (its heading or its "-"), or -1 without rails. */
function findRailStart(tokens: readonly Token[]): number {
  const separator = tokens.findIndex((token) => token.kind === 'separator');
  if (separator < 0) return -1;
  // Blank and boilerplate lines between a heading and its "-" do not hide it; a
  // sponsored rail's label ("Sponsored") right before it is the heading.
  let before = separator - 1;
  while (before >= 0 && isFurniture(tokens[before] as Token)) {
    if (isRailLabel(tokens, before)) return hasTextBefore(tokens, before) ? before : separator;
    before--;
  }
  if (before < 0) return separator;
  const candidate = tokens[before] as Token;
  // Only plain text can head the first rail: not a byline, boilerplate, image or teaser.
  if (candidate.kind !== 'text') return separator;
  // The headline itself never heads a rail.
  if (!hasTextBefore(tokens, before)) return separator;
  return isFirstRailHeading(candidate.value) ? before : separator;
}

/** Is there a line other than furniture before `tokens[index]` (the headline, at least)? */
function hasTextBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) if (!isFurniture(tokens[k] as Token)) return true;
  return false;
}

function isFurniture(token: Token): boolean {
  return token.kind === 'blank' || token.kind === 'boilerplate';
}

/** `controls`: ascending input offsets, at most one per line (see splitLines). */
function reportControlCharacters(tokens: readonly Token[], controls: readonly number[], diagnostics: Diagnostic[]): void {
  let t = 0;
  for (const offset of controls) {
    while ((tokens[t] as Token).end < offset) t++;
    const line = tokens[t] as Token;
    diagnostics.push(
      diagnostic('control-characters', 'This line holds control characters; the input may not be text.', line.number, offset - line.start + 1),
    );
  }
}
