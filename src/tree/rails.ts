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
// Built in two passes: the first groups lines into rails and teasers and gathers the
// names this page vouches for ("More from X", sources found with a clear boundary);
// the second splits every attribution with that evidence at hand.

import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { parseAge } from '../lex/age.js';
import type { Token } from '../lex/tokenize.js';
import { droppedBoilerplate } from './article.js';
import { lineSpan, pointAfter, pointAt, spanOf } from './position.js';
import { classifyHeading } from './rail-heading.js';
import { createSourceBook, type SourceBook } from './source-book.js';
import { splitSource, type SourceSplit } from './source-split.js';
import type { AgeNode, Attribution, Rail, RailContent, Source, Summary, Teaser } from './types.js';

/** A teaser before its attribution is split. */
interface TeaserPlan {
  readonly title: Token | null;
  /** Blank and boilerplate lines between the title and the attribution. */
  readonly between: readonly Token[];
  readonly attribution: Token;
}

/** One rail's lines, grouped, in order. */
interface RailPlan {
  readonly heading: Token | null;
  readonly parts: Array<Token | TeaserPlan>;
}

/**
 * A line whose role waits on the next one: a title, a heading, or neither. Blank and
 * boilerplate lines after it do not decide its role; they wait with it, in order.
 */
interface Pending {
  readonly token: Token;
  readonly between: Token[];
}

const isTeaserPlan = (part: Token | TeaserPlan): part is TeaserPlan => 'attribution' in part;

/**
 * Build the rails from `tokens[start]` on: `tokens[start]` is the first rail's heading
 * or its separator.
 */
export function buildRails(
  tokens: readonly Token[],
  start: number,
  callerSources: readonly string[] | undefined,
  diagnostics: Diagnostic[],
): Rail[] {
  const plans = planRails(tokens, start, diagnostics);
  const splits = splitWithEvidence(plans, callerSources);
  return plans.map((plan) => buildRail(plan, splits, diagnostics));
}

/**
 * Group the lines into rails. A text line's role waits on the next line that is not
 * furniture (blank or boilerplate):
 * before an attribution it is the teaser's title, before a "-" the next rail's heading,
 * before anything else it belongs to nothing (an orphan, reported).
 */
function planRails(tokens: readonly Token[], start: number, diagnostics: Diagnostic[]): RailPlan[] {
  const plans: RailPlan[] = [];
  let current: RailPlan | null = null;
  let pending: Pending | null = null;

  const emit = (part: Token | TeaserPlan) => {
    if (current === null) {
      // Unreachable: the first token is a heading (pending) or a separator. Stay total anyway.
      current = { heading: null, parts: [] };
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
        current = { heading: heading?.token ?? null, parts: [] };
        if (heading !== null) current.parts.push(heading.token, ...heading.between);
        current.parts.push(token);
        plans.push(current);
        break;
      }
      case 'blank':
      case 'boilerplate':
        // Furniture, never a title or a heading: it waits with a waiting line, in order.
        if (pending !== null) pending.between.push(token);
        else emit(token);
        break;
      case 'attribution': {
        const title: Pending | null = pending;
        pending = null;
        emit({ title: title?.token ?? null, between: title?.between ?? [], attribution: token });
        break;
      }
      case 'image':
        emitPendingAsOrphan();
        diagnostics.push(
          diagnostic('unexpected-image', 'An image line inside a rail belongs to no teaser.', token.line.number, columnOf(token)),
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
 * Split every attribution, with the names this page vouches for: publishers of
 * "More from X" rails, and sources split off with a clear boundary on a first pass.
 * When the first pass finds no new name, its splits are final.
 */
function splitWithEvidence(plans: readonly RailPlan[], callerSources: readonly string[] | undefined): Map<TeaserPlan, SourceSplit> {
  const page = new Set<string>();
  for (const plan of plans) {
    const meaning = classifyHeading(plan.heading?.value ?? null);
    if (meaning.kind === 'publisher' && meaning.label !== null) page.add(meaning.label);
  }
  const teasers = plans.flatMap((plan) => plan.parts.filter(isTeaserPlan));
  const splitAll = (book: SourceBook) => new Map(teasers.map((teaser) => [teaser, splitOf(teaser.attribution, book)]));
  const first = splitAll(createSourceBook(callerSources, page));
  const known = page.size;
  for (const [teaser, split] of first) {
    if (split.confidence === 'clear') page.add(teaser.attribution.line.text.slice(split.sourceStart, split.sourceEnd));
  }
  return page.size === known ? first : splitAll(createSourceBook(callerSources, page));
}

/** Split one attribution line's glued "summary + source". */
function splitOf(token: Token, book: SourceBook): SourceSplit {
  const { text, start, end } = gluedPart(token);
  if (end <= start) return { sourceStart: end, sourceEnd: end, summaryEnd: end, confidence: 'none' };
  return splitSource(text, start, end, book);
}

function buildRail(plan: RailPlan, splits: ReadonlyMap<TeaserPlan, SourceSplit>, diagnostics: Diagnostic[]): Rail {
  const meaning = classifyHeading(plan.heading?.value ?? null);
  const children: RailContent[] = [];
  let teasers = 0;
  let separator: Token | null = null;
  for (const part of plan.parts) {
    if (isTeaserPlan(part)) {
      children.push(buildTeaser(part, splits.get(part) as SourceSplit, diagnostics));
      teasers++;
      continue;
    }
    const position = lineSpan(part.line);
    const value = part.value;
    if (part === plan.heading) children.push({ type: 'railHeading', value, position });
    else if (part.kind === 'separator') {
      children.push({ type: 'separator', value, position });
      separator = part;
    } else if (part.kind === 'blank') children.push({ type: 'blank', value, position });
    else if (part.kind === 'boilerplate') {
      children.push({ type: 'boilerplate', value, position });
      diagnostics.push(droppedBoilerplate(part));
    } else children.push({ type: 'unknown', value, position });
  }
  if (teasers === 0 && separator !== null) {
    diagnostics.push(
      diagnostic('empty-rail', 'This separator opens a rail with no teasers.', separator.line.number, columnOf(separator)),
    );
  }
  return { type: 'rail', kind: meaning.kind, label: meaning.label, children, position: spanOf(children) };
}

/** The glued "summary + source" part of an attribution line, without surrounding spaces. */
function gluedPart(token: Token): { text: string; start: number; end: number } {
  const text = token.line.text;
  const end = (token.tail as NonNullable<Token['tail']>).sourceEnd;
  return { text, start: Math.min(end, text.length - text.trimStart().length), end };
}

function buildTeaser(plan: TeaserPlan, split: SourceSplit, diagnostics: Diagnostic[]): Teaser {
  const children: Teaser['children'] = [];
  if (plan.title !== null) {
    children.push({ type: 'teaserTitle', value: plan.title.value, position: lineSpan(plan.title.line) });
  }
  for (const line of plan.between) {
    const position = lineSpan(line.line);
    if (line.kind === 'boilerplate') {
      children.push({ type: 'boilerplate', value: line.value, position });
      diagnostics.push(droppedBoilerplate(line));
    } else children.push({ type: 'blank', value: line.value, position });
  }
  children.push(buildAttribution(plan.attribution, split, diagnostics));
  return { type: 'teaser', children, position: spanOf(children) };
}

function buildAttribution(token: Token, split: SourceSplit, diagnostics: Diagnostic[]): Attribution {
  const line = token.line;
  const tail = token.tail as NonNullable<Token['tail']>;
  const { text, start, end } = gluedPart(token);
  const base = line.textStart; // offsets in `text` → offsets in the input
  const children: Attribution['children'] = [];
  // Leaves tile the line: [line start, source) summary, [source, " - ") source, the rest age.
  let cursor = line.start;
  if (split.summaryEnd > start) {
    const value = text.slice(start, split.summaryEnd);
    const summary: Summary = {
      type: 'summary',
      value,
      truncated: value.endsWith('...') || value.endsWith('…'),
      position: { start: pointAt(line, cursor), end: pointAt(line, base + split.sourceStart) },
    };
    children.push(summary);
    cursor = base + split.sourceStart;
  }
  if (split.sourceStart < end) {
    const source: Source = {
      type: 'source',
      value: text.slice(split.sourceStart, end),
      position: { start: pointAt(line, cursor), end: pointAt(line, base + end) },
    };
    children.push(source);
    cursor = base + end;
  }
  const ageText = text.slice(tail.ageStart, tail.ageEnd);
  const age: AgeNode = {
    type: 'age',
    value: ageText,
    seconds: (parseAge(ageText) as NonNullable<ReturnType<typeof parseAge>>).seconds,
    position: { start: pointAt(line, cursor), end: pointAfter(line) },
  };
  children.push(age);

  if (split.confidence === 'none') {
    diagnostics.push(
      diagnostic('missing-source', 'No publisher name found before " - age"; the text is kept as the summary.', line.number, base + start - line.start + 1),
    );
  } else if (split.confidence === 'weak') {
    diagnostics.push(
      diagnostic(
        'guessed-source',
        `Guessed the source "${text.slice(split.sourceStart, end)}" without a clear boundary.`,
        line.number,
        base + split.sourceStart - line.start + 1,
      ),
    );
  }
  return {
    type: 'attribution',
    itemSeparator: tail.itemSeparator,
    children,
    position: { start: pointAt(line, line.start), end: pointAfter(line) },
  };
}

function orphanLine(token: Token): Diagnostic {
  return diagnostic(
    'orphan-line',
    `This line is neither a teaser title nor a rail heading: ${token.value.slice(0, 80)}`,
    token.line.number,
    columnOf(token),
  );
}

/** Column of the token's first non-space character. */
function columnOf(token: Token): number {
  const index = token.line.text.search(/\S/);
  return (index < 0 ? 0 : index) + 1 + (token.line.textStart - token.line.start);
}
