// The rails: everything from the first rail's heading (or its "-") to the end.
//
//   rail   = railHeading? SEP teaser ( ITEM_SEP teaser )* ITEM_SEP?
//   teaser = titleLine? attributionLine
//
//   More from The Hill                         ← heading: the line right before a "-"
//   -                                          ← separator
//   Mace speaks on House floor                 ← teaser title: the line right before an attribution
//   Rep. Nancy Mace made … ...The Hill - 4h -  ← attribution: summary, source, age, item separator
//
// Planned in two passes: the first groups lines into rails and teasers and gathers the
// names this page vouches for ("More from X", sources found with a clear boundary);
// the second splits the attributions with that evidence at hand. railNode turns a plan
// into positioned nodes; parseArticle reads the plans directly (src/model/from-plan.ts).

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { parseAge } from '../lex/age.js';
import { isSponsorLabel } from '../lex/boilerplate.js';
import type { Token } from '../lex/tokenize.js';
import { droppedBoilerplate } from './article.js';
import { lineSpan, pointAfter, pointAt, spanOf } from './position.js';
import { classifyHeading, type RailKind } from './rail-heading.js';
import { createSourceBook, type SourceBook } from './source-book.js';
import { splitSource, type SourceSplit } from './source-split.js';
import type { AgeNode, Attribution, Rail, RailContent, Source, Summary, Teaser } from './types.js';

/** A teaser's lines, and how its attribution splits once the page's evidence is in. */
export interface TeaserPlan {
  readonly title: Token | null;
  /** Blank and boilerplate lines between the title and the attribution. */
  readonly between: readonly Token[];
  readonly attribution: Token;
  /** The glued "summary + source" in the attribution's `line.text`: [start, end). */
  readonly start: number;
  readonly end: number;
  split: SourceSplit;
}

/** One rail's lines, grouped, in order. */
export interface RailPlan {
  readonly heading: Token | null;
  readonly kind: RailKind;
  /** X of "More from X" / "More in X", else the heading, null without one. */
  readonly label: string | null;
  /** Every line of the rail in order, a teaser's lines as one TeaserPlan. */
  readonly parts: Array<Token | TeaserPlan>;
}

/** What an attribution line says: "…squad.ESPN - 4h -" → "…squad." · "ESPN" · "4h". */
export interface AttributionText {
  readonly summary: string | null;
  readonly source: string | null;
  readonly age: string;
  readonly seconds: number;
}

/**
 * A line whose role waits on the next one: a title, a heading, or neither. Blank and
 * boilerplate lines after it do not decide its role; they wait with it, in order.
 */
interface Pending {
  readonly token: Token;
  readonly between: Token[];
}

/** A teaser's split before the attributions are split. */
const UNSPLIT: SourceSplit = Object.freeze({ sourceStart: 0, sourceEnd: 0, summaryEnd: 0, confidence: 'none' });
const NOTHING_BETWEEN: readonly Token[] = Object.freeze([]);

export const isTeaserPlan = (part: Token | TeaserPlan): part is TeaserPlan => 'attribution' in part;

/**
 * Plan the rails from `tokens[start]` on: `tokens[start]` is the first rail's heading
 * or its separator. Every attribution comes back split.
 */
export function planRails(
  tokens: readonly Token[],
  start: number,
  callerSources: readonly string[] | undefined,
  diagnostics: Diagnostic[],
): RailPlan[] {
  const plans = groupRails(tokens, start, diagnostics);
  const teasers: TeaserPlan[] = [];
  for (const plan of plans) {
    let count = 0;
    for (const part of plan.parts) {
      if (!isTeaserPlan(part)) continue;
      teasers.push(part);
      count++;
    }
    if (count === 0) emptyRail(plan, diagnostics);
  }
  splitWithEvidence(plans, teasers, callerSources);
  for (const teaser of teasers) sourceDiagnostic(teaser, diagnostics);
  return plans;
}

/**
 * Group the lines into rails. A text line's role waits on the next line that is not
 * furniture (blank or boilerplate):
 * before an attribution it is the teaser's title, before a "-" the next rail's heading,
 * before anything else it belongs to nothing (an orphan, reported).
 */
function groupRails(tokens: readonly Token[], start: number, diagnostics: Diagnostic[]): RailPlan[] {
  const plans: RailPlan[] = [];
  let current: RailPlan | null = null;
  let pending: Pending | null = null;

  const emit = (part: Token | TeaserPlan) => {
    if (current === null) {
      // Unreachable: the first token is a heading (pending) or a separator. Stay total anyway.
      current = { heading: null, kind: 'related', label: null, parts: [] };
      plans.push(current);
    }
    current.parts.push(part);
  };
  const emitPendingAsOrphan = () => {
    if (pending === null) return;
    diagnostics.push(orphanLine(pending.token));
    emit(pending.token);
    for (const line of pending.between) emit(line);
    pending = null;
  };

  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.kind) {
      case 'separator': {
        const heading: Pending | null = pending;
        pending = null;
        const meaning = classifyHeading(heading?.token.value ?? null);
        current = { heading: heading?.token ?? null, kind: meaning.kind, label: meaning.label, parts: [] };
        if (heading !== null) current.parts.push(heading.token, ...heading.between);
        current.parts.push(token);
        plans.push(current);
        break;
      }
      case 'blank':
      case 'boilerplate':
        if (isRailLabel(tokens, i)) {
          // "Sponsored" right before a "-": the next rail's heading.
          emitPendingAsOrphan();
          pending = { token, between: [] };
          break;
        }
        if (token.kind === 'boilerplate') diagnostics.push(droppedBoilerplate(token));
        // Furniture, never a title or a heading: it waits with a waiting line, in order.
        if (pending !== null) pending.between.push(token);
        else emit(token);
        break;
      case 'attribution': {
        const title: Pending | null = pending;
        pending = null;
        const { start: gluedStart, end: gluedEnd } = gluedPart(token);
        emit({ title: title?.token ?? null, between: title?.between ?? NOTHING_BETWEEN, attribution: token, start: gluedStart, end: gluedEnd, split: UNSPLIT });
        break;
      }
      case 'image':
        emitPendingAsOrphan();
        diagnostics.push(
          diagnostic('unexpected-image', 'An image line inside a rail belongs to no teaser.', token.number, columnOf(token)),
        );
        emit(token);
        break;
      default:
        // text or byline: a title or a heading, depending on what follows.
        emitPendingAsOrphan();
        pending = { token, between: [] };
        break;
    }
  }
  emitPendingAsOrphan();
  return plans;
}

/**
 * Is `tokens[i]` a sponsored rail's label ("Sponsored", "Paid Content") with nothing
 * but blank lines between it and the next "-"? Then it heads that rail; elsewhere it is
 * boilerplate like any other.
 */
export function isRailLabel(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind !== 'boilerplate' || !isSponsorLabel(token.value)) return false;
  let next = i + 1;
  while (next < tokens.length && (tokens[next] as Token).kind === 'blank') next++;
  return next < tokens.length && (tokens[next] as Token).kind === 'separator';
}

/**
 * Split every attribution, with the names this page vouches for: publishers of
 * "More from X" rails, and sources split off with a clear boundary on a first pass.
 * A new name can only change the split of a line that ends with it (splitSource
 * looks for known names ending where the glued text ends), so only those lines are
 * split again.
 */
function splitWithEvidence(
  plans: readonly RailPlan[],
  teasers: readonly TeaserPlan[],
  callerSources: readonly string[] | undefined,
): void {
  const page = new Set<string>();
  for (const plan of plans) if (plan.kind === 'publisher' && plan.label !== null) page.add(plan.label);
  const firstBook = createSourceBook(callerSources, page);
  for (const teaser of teasers) teaser.split = splitOf(teaser, firstBook);

  // The new names, by their last character: "ESPN" under "N".
  const found = new Map<number, string[]>();
  for (const teaser of teasers) {
    const { split } = teaser;
    if (split.confidence !== 'clear') continue;
    const name = teaser.attribution.text.slice(split.sourceStart, split.sourceEnd);
    if (page.has(name)) continue;
    page.add(name);
    const last = name.charCodeAt(name.length - 1);
    const names = found.get(last);
    if (names === undefined) found.set(last, [name]);
    else names.push(name);
  }
  if (found.size === 0) return;
  const book = createSourceBook(callerSources, page);
  for (const teaser of teasers) {
    const { end } = teaser;
    const text = teaser.attribution.text;
    const names = end > 0 ? found.get(text.charCodeAt(end - 1)) : undefined;
    if (names !== undefined && names.some((name) => text.endsWith(name, end))) {
      teaser.split = splitOf(teaser, book);
    }
  }
}

/** Split one attribution line's glued "summary + source". */
function splitOf(teaser: TeaserPlan, book: SourceBook): SourceSplit {
  const { start, end } = teaser;
  if (end <= start) return { sourceStart: end, sourceEnd: end, summaryEnd: end, confidence: 'none' };
  return splitSource(teaser.attribution.text, start, end, book);
}

/** The glued "summary + source" part of an attribution line, without surrounding spaces. */
function gluedPart(token: Token): { start: number; end: number } {
  const text = token.text;
  const end = (token.tail as NonNullable<Token['tail']>).sourceEnd;
  // Most lines start with a printable ASCII character: no whitespace to measure.
  const first = text.charCodeAt(0);
  const leading = first > 32 && first < 127 ? 0 : text.length - text.trimStart().length;
  return { start: Math.min(end, leading), end };
}

/** The summary, source and age of a split teaser's attribution line. */
export function attributionText(teaser: TeaserPlan): AttributionText {
  const { split, attribution } = teaser;
  const tail = attribution.tail as NonNullable<Token['tail']>;
  const { start, end } = teaser;
  const text = attribution.text;
  const age = text.slice(tail.ageStart, tail.ageEnd);
  return {
    summary: split.summaryEnd > start ? text.slice(start, split.summaryEnd) : null,
    source: split.sourceStart < end ? text.slice(split.sourceStart, end) : null,
    age,
    seconds: (parseAge(age) as NonNullable<ReturnType<typeof parseAge>>).seconds,
  };
}

/** "…" or "..." at the end of a summary: the outlet cut it short. */
export function isTruncated(summary: string): boolean {
  return summary.endsWith('...') || summary.endsWith('…');
}

// ---------------------------------------------------------------------------------
// Positioned nodes

/** The positioned node of a planned rail. */
export function railNode(plan: RailPlan): Rail {
  const children: RailContent[] = [];
  for (const part of plan.parts) {
    if (isTeaserPlan(part)) {
      children.push(teaserNode(part));
      continue;
    }
    const position = lineSpan(part);
    const value = part.value;
    if (part === plan.heading) children.push({ type: 'railHeading', value, position });
    else if (part.kind === 'separator') children.push({ type: 'separator', value, position });
    else if (part.kind === 'blank') children.push({ type: 'blank', value, position });
    else if (part.kind === 'boilerplate') children.push({ type: 'boilerplate', value, position });
    else children.push({ type: 'unknown', value, position });
  }
  return { type: 'rail', kind: plan.kind, label: plan.label, children, position: spanOf(children) };
}

function teaserNode(plan: TeaserPlan): Teaser {
  const children: Teaser['children'] = [];
  if (plan.title !== null) {
    children.push({ type: 'teaserTitle', value: plan.title.value, position: lineSpan(plan.title) });
  }
  for (const line of plan.between) {
    const position = lineSpan(line);
    if (line.kind === 'boilerplate') children.push({ type: 'boilerplate', value: line.value, position });
    else children.push({ type: 'blank', value: line.value, position });
  }
  children.push(attributionNode(plan));
  return { type: 'teaser', children, position: spanOf(children) };
}

function attributionNode(plan: TeaserPlan): Attribution {
  const { attribution: token, split } = plan;
  const line = token;
  const { end } = plan;
  const base = line.textStart; // offsets in `text` → offsets in the input
  const { summary, source, age, seconds } = attributionText(plan);
  const children: Attribution['children'] = [];
  // Leaves tile the line: [line start, source) summary, [source, " - ") source, the rest age.
  let cursor = line.start;
  if (summary !== null) {
    const node: Summary = {
      type: 'summary',
      value: summary,
      truncated: isTruncated(summary),
      position: { start: pointAt(line, cursor), end: pointAt(line, base + split.sourceStart) },
    };
    children.push(node);
    cursor = base + split.sourceStart;
  }
  if (source !== null) {
    const node: Source = {
      type: 'source',
      value: source,
      position: { start: pointAt(line, cursor), end: pointAt(line, base + end) },
    };
    children.push(node);
    cursor = base + end;
  }
  const ageNode: AgeNode = {
    type: 'age',
    value: age,
    seconds,
    position: { start: pointAt(line, cursor), end: pointAfter(line) },
  };
  children.push(ageNode);
  return {
    type: 'attribution',
    itemSeparator: (token.tail as NonNullable<Token['tail']>).itemSeparator,
    children,
    position: { start: pointAt(line, line.start), end: pointAfter(line) },
  };
}

// ---------------------------------------------------------------------------------
// Diagnostics

function emptyRail(plan: RailPlan, diagnostics: Diagnostic[]): void {
  const separator = plan.parts.find((part): part is Token => !isTeaserPlan(part) && part.kind === 'separator');
  if (separator === undefined) return;
  diagnostics.push(
    diagnostic('empty-rail', 'This separator opens a rail with no teasers.', separator.number, columnOf(separator)),
  );
}

function sourceDiagnostic(teaser: TeaserPlan, diagnostics: Diagnostic[]): void {
  const { split } = teaser;
  if (split.confidence !== 'none' && split.confidence !== 'weak') return;
  const line = teaser.attribution;
  const { start, end } = teaser;
  const text = line.text;
  const base = line.textStart - line.start; // offsets in `text` → columns
  if (split.confidence === 'none') {
    diagnostics.push(
      diagnostic('missing-source', 'No publisher name found before " - age"; the text is kept as the summary.', line.number, base + start + 1),
    );
  } else {
    diagnostics.push(
      diagnostic(
        'guessed-source',
        `Guessed the source "${text.slice(split.sourceStart, end)}" without a clear boundary.`,
        line.number,
        base + split.sourceStart + 1,
      ),
    );
  }
}

function orphanLine(token: Token): Diagnostic {
  return diagnostic(
    'orphan-line',
    `This line is neither a teaser title nor a rail heading: ${token.value.slice(0, 80)}`,
    token.number,
    columnOf(token),
  );
}

/** Column of the token's first non-space character. */
function columnOf(token: Token): number {
  const index = token.text.search(/\S/);
  return (index < 0 ? 0 : index) + 1 + (token.textStart - token.start);
}
