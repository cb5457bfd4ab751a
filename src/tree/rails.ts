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
import type { LineTable } from '../lex/tokenize.js';
import { droppedBoilerplate } from './article.js';
import { columnOf, lineSpan, pointAfter, pointAt, spanOf } from './position.js';
import { classifyHeading, type RailKind } from './rail-heading.js';
import { callerSourceBook, createSourceBook, insertStart, type SourceBook, type VouchedNames } from './source-book.js';
import { splitSource, staysWhenVouched, type SourceSplit, type SplitConfidence } from './source-split.js';
import type { AgeNode, Attribution, Rail, RailContent, Source, Summary, Teaser } from './types.js';

/**
 * A teaser's lines (indices in the line table), and how its attribution splits once
 * the page's evidence is in.
 */
export interface TeaserPlan {
  /** The title line; -1 without one. */
  readonly title: number;
  /** Blank and boilerplate lines between the title and the attribution. */
  readonly between: readonly number[];
  readonly attribution: number;
  /**
   * The glued "summary + source" of the attribution line: [start, end), offsets in the
   * input (`lines.input`), as are the split's. The splitter reads the input itself:
   * no copy of the line is made.
   */
  readonly start: number;
  readonly end: number;
  /**
   * The split, once the page's evidence is in (see SourceSplit; its sourceEnd is
   * always `end`). Kept in the plan's own fields rather than as the splitter's
   * object: a 10 MB dump has ~30,000 teasers, and each object outlives the parse.
   */
  sourceStart: number;
  summaryEnd: number;
  confidence: SplitConfidence;
}

/** A rail's line: its index in the line table, or a teaser's lines as one TeaserPlan. */
export type RailPart = number | TeaserPlan;

/** One rail's lines, grouped, in order. */
export interface RailPlan {
  /** The heading line; -1 without one. */
  readonly heading: number;
  readonly kind: RailKind;
  /** X of "More from X" / "More in X", else the heading, null without one. */
  readonly label: string | null;
  /** Every line of the rail in order. */
  readonly parts: RailPart[];
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
  readonly line: number;
  /** Shared and empty until a line waits with it: most teasers have none. */
  between: readonly number[];
}

const NOTHING_BETWEEN: readonly number[] = Object.freeze([]);

export const isTeaserPlan = (part: RailPart): part is TeaserPlan => typeof part !== 'number';

/**
 * Plan the rails from line `start` on: the first rail's heading or its separator.
 * Every attribution comes back split.
 */
export function planRails(
  lines: LineTable,
  start: number,
  callerSources: readonly string[] | undefined,
  diagnostics: Diagnostic[],
): RailPlan[] {
  const plans = groupRails(lines, start, diagnostics);
  const teasers: TeaserPlan[] = [];
  // Indexed loops here and in splitWithEvidence: a parse of a big dump runs them once,
  // long before V8 optimizes them, and for-of then made an iterator result per step
  // (~3 MB on the 10 MB bench dump, which the collector had to make room for).
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p] as RailPlan;
    let count = 0;
    for (let k = 0; k < plan.parts.length; k++) {
      const part = plan.parts[k] as RailPart;
      if (!isTeaserPlan(part)) continue;
      teasers.push(part);
      count++;
    }
    if (count === 0) emptyRail(lines, plan, diagnostics);
  }
  splitWithEvidence(lines.input, plans, teasers, callerSources);
  for (let t = 0; t < teasers.length; t++) sourceDiagnostic(lines, teasers[t] as TeaserPlan, diagnostics);
  return plans;
}

/**
 * Group the lines into rails. A text line's role waits on the next line that is not
 * furniture (blank or boilerplate):
 * before an attribution it is the teaser's title, before a "-" the next rail's heading,
 * before anything else it belongs to nothing (an orphan, reported).
 */
function groupRails(lines: LineTable, start: number, diagnostics: Diagnostic[]): RailPlan[] {
  const plans: RailPlan[] = [];
  let current: RailPlan | null = null;
  let pending: Pending | null = null;

  const emit = (part: RailPart) => {
    if (current === null) {
      // Unreachable: the first line is a heading (pending) or a separator. Stay total anyway.
      current = { heading: -1, kind: 'related', label: null, parts: [] };
      plans.push(current);
    }
    current.parts.push(part);
  };
  const emitPendingAsOrphan = () => {
    if (pending === null) return;
    diagnostics.push(orphanLine(lines, pending.line));
    emit(pending.line);
    for (const line of pending.between) emit(line);
    pending = null;
  };

  for (let i = start; i < lines.count; i++) {
    const kind = lines.kind(i);
    switch (kind) {
      case 'separator': {
        const heading: Pending | null = pending;
        pending = null;
        const meaning = classifyHeading(heading === null ? null : lines.value(heading.line));
        current = { heading: heading?.line ?? -1, kind: meaning.kind, label: meaning.label, parts: [] };
        if (heading !== null) current.parts.push(heading.line, ...heading.between);
        current.parts.push(i);
        plans.push(current);
        break;
      }
      case 'blank':
      case 'boilerplate':
        if (isRailLabel(lines, i)) {
          // "Sponsored" right before a "-": the next rail's heading.
          emitPendingAsOrphan();
          pending = { line: i, between: NOTHING_BETWEEN };
          break;
        }
        if (kind === 'boilerplate') diagnostics.push(droppedBoilerplate(lines, i));
        // Furniture, never a title or a heading: it waits with a waiting line, in order.
        if (pending !== null) pending.between = [...pending.between, i];
        else emit(i);
        break;
      case 'attribution': {
        const title: Pending | null = pending;
        pending = null;
        // The glued "summary + source": from the line's first non-space character to " - age".
        const gluedEnd = lines.textStart(i) + lines.sourceEnd(i);
        const gluedStart = Math.min(gluedEnd, lines.valueStart(i));
        emit({
          title: title?.line ?? -1,
          between: title?.between ?? NOTHING_BETWEEN,
          attribution: i,
          start: gluedStart,
          end: gluedEnd,
          sourceStart: gluedEnd,
          summaryEnd: gluedEnd,
          confidence: 'none',
        });
        break;
      }
      case 'image':
        emitPendingAsOrphan();
        diagnostics.push(
          diagnostic('unexpected-image', 'An image line inside a rail belongs to no teaser.', lines.number(i), columnOf(lines, i)),
        );
        emit(i);
        break;
      default:
        // text or byline: a title or a heading, depending on what follows.
        emitPendingAsOrphan();
        pending = { line: i, between: NOTHING_BETWEEN };
        break;
    }
  }
  emitPendingAsOrphan();
  return plans;
}

/**
 * Is line i a sponsored rail's label ("Sponsored", "Paid Content") with nothing
 * but blank lines between it and the next "-"? Then it heads that rail; elsewhere it is
 * boilerplate like any other.
 */
export function isRailLabel(lines: LineTable, i: number): boolean {
  if (lines.kind(i) !== 'boilerplate') return false;
  let next = i + 1;
  while (next < lines.count && lines.kind(next) === 'blank') next++;
  // The "-" first: the table tells it, where the label test lowercases a copy of the line.
  return next < lines.count && lines.kind(next) === 'separator' && isSponsorLabel(lines.value(i));
}

/**
 * Split every attribution, with the names this page vouches for: publishers of
 * "More from X" rails, and sources split off with a clear boundary on a first pass.
 * A new name can only change the split of a line that ends with it (splitSource
 * looks for known names ending where the glued text ends), so only those lines are
 * split again; and a line whose own clear source is the longest new name it ends
 * with keeps its split, now known (see staysWhenVouched).
 */
function splitWithEvidence(
  input: string,
  plans: readonly RailPlan[],
  teasers: readonly TeaserPlan[],
  callerSources: readonly string[] | undefined,
): void {
  const callerBook = callerSources === undefined || callerSources.length === 0 ? BARE_BOOK : callerSourceBook(callerSources);
  // The splitter's book: the caller's, and the page's names as they are at each pass.
  const page = new PageNames(callerBook);
  for (let p = 0; p < plans.length; p++) {
    const { kind, label } = plans[p] as RailPlan;
    if (kind === 'publisher' && label !== null) page.addLabel(label);
  }
  for (let t = 0; t < teasers.length; t++) applySplit(teasers[t] as TeaserPlan, splitOf(input, teasers[t] as TeaserPlan, page));

  for (let t = 0; t < teasers.length; t++) {
    const teaser = teasers[t] as TeaserPlan;
    if (teaser.confidence === 'clear') page.addFound(input, teaser.sourceStart, teaser.end);
  }
  if (page.newBits === 0) return;
  for (let t = 0; t < teasers.length; t++) {
    const teaser = teasers[t] as TeaserPlan;
    const { start, end } = teaser;
    if (end <= start) continue; // nothing to split: no name ends there
    const longest = page.longestNewEnding(input, end);
    if (longest === 0) continue;
    // "…the vote.Harborview Ledger", split clear at the longest new name it ends with:
    // the same split, now known.
    const ownName = teaser.confidence === 'clear' && longest <= end - teaser.sourceStart;
    if (ownName && staysWhenVouched(input, start, end, teaser.sourceStart)) teaser.confidence = 'known';
    else applySplit(teaser, splitOf(input, teaser, page));
  }
}

/** The book of a parse given no names: the built-in list alone. */
const BARE_BOOK = createSourceBook();

/**
 * The names a page vouches for, in the order met: its rails' publishers ("More from
 * The Hill": labels), then the sources its first pass split off clear that are not
 * among them yet (new names). Each name is chained to the others that end with the
 * same character (by `code & 31`), so that the evidence pass finds the names a text
 * ends with, or a name again, without a slice, a hash or a map lookup per line:
 * most pages hold a handful of names, and most of their lines are split clear at one.
 *
 * It is also what the splitter reads them from: the caller's book (built-in and caller's
 * names) and the page's names as they are when asked, so the same one serves both
 * passes, labels only at the first, labels and new names at the second.
 *
 * A chain is walked whole, so past CHAIN_LIMIT names (a page of thousands of outlets)
 * lookups go to sets of the names instead: a text is cut once for each length some
 * name has (a handful) and looked up, whatever the count of names.
 */
class PageNames implements VouchedNames {
  private readonly names: string[] = [];
  /** No name the book or the page vouches for is longer (see SourceBook). */
  longest: number;
  /** Bit `last & 31` set for the last character of every name (labels too). */
  private bits = 0;
  /** How many of `names` are labels: the ones before are, the rest are new. */
  private labels = 0;
  /** Bit `last & 31` set for the last character of each new name: "Ledger" sets bit 18 ("r"). */
  newBits = 0;
  /**
   * The chains: the last name added by `last & 31` (-1: none), and for each name the one
   * added before it. (32 cells written out: a literal is the quickest fresh packed array.)
   */
  private readonly heads: number[] = [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
  private readonly before: number[] = [];
  /** Past CHAIN_LIMIT names: all of them, and the new ones, each with their lengths; null before. */
  private set: NameSet | null = null;
  private fresh: NameSet | null = null;

  constructor(private readonly book: SourceBook) {
    this.longest = book.longest;
  }

  /** A rail's publisher ("More from The Hill" → "The Hill"), unless it is one already. */
  addLabel(label: string): void {
    const bucket = label.charCodeAt(label.length - 1) & 31;
    if (this.has(label, 0, label.length, bucket)) return;
    this.add(label, bucket, false);
  }

  /** `input.slice(from, to)` (not empty), unless it is one of the names already. */
  addFound(input: string, from: number, to: number): void {
    const bucket = input.charCodeAt(to - 1) & 31;
    if (this.has(input, from, to, bucket)) return;
    this.add(input.slice(from, to), bucket, true);
    this.newBits |= 1 << bucket;
  }

  /** Is `text.slice(from, to)` one of the names (in `bucket`, its last character's)? */
  private has(text: string, from: number, to: number, bucket: number): boolean {
    if (this.set !== null) return this.set.names.has(text.slice(from, to));
    for (let k = this.heads[bucket] as number; k >= 0; k = this.before[k] as number) {
      const name = this.names[k] as string;
      if (name.length === to - from && text.startsWith(name, from)) return true;
    }
    return false;
  }

  /** The length of the longest new name that `input` ends with at `end` (> 0); 0 if none. */
  longestNewEnding(input: string, end: number): number {
    const bucket = input.charCodeAt(end - 1) & 31;
    if (((this.newBits >>> bucket) & 1) === 0) return 0;
    if (this.fresh !== null) {
      const { names, lengths } = this.fresh;
      for (let k = lengths.length - 1; k >= 0; k--) {
        const length = lengths[k] as number; // the longest first
        if (length <= end && names.has(input.slice(end - length, end))) return length;
      }
      return 0;
    }
    let longest = 0;
    for (let k = this.heads[bucket] as number; k >= this.labels; k = this.before[k] as number) {
      const name = this.names[k] as string;
      if (name.length > longest && input.endsWith(name, end)) longest = name.length;
    }
    return longest;
  }

  /** The book's starts, then the page's names that `text` ends with at `end` (see SourceBook). */
  fillVouchedStarts(text: string, lowest: number, end: number, starts: Int32Array): number {
    let count = this.book.fillVouchedStarts(text, lowest, end, starts);
    if (end <= lowest) return count;
    const bucket = text.charCodeAt(end - 1) & 31;
    if (((this.bits >>> bucket) & 1) === 0) return count;
    if (this.set !== null) {
      const { names, lengths } = this.set;
      for (let k = 0; k < lengths.length && end - (lengths[k] as number) >= lowest; k++) {
        const at = end - (lengths[k] as number);
        if (names.has(text.slice(at, end))) count = insertStart(starts, count, at);
      }
      return count;
    }
    for (let k = this.heads[bucket] as number; k >= 0; k = this.before[k] as number) {
      const name = this.names[k] as string;
      const at = end - name.length;
      if (at < end && at >= lowest && text.endsWith(name, end)) count = insertStart(starts, count, at);
    }
    return count;
  }

  /** Add a name: a new one, or a label (all labels come before the first new name). */
  private add(name: string, bucket: number, isNew: boolean): void {
    this.before.push(this.heads[bucket] as number);
    this.heads[bucket] = this.names.length;
    this.names.push(name);
    if (!isNew) this.labels = this.names.length;
    if (this.set !== null) {
      addName(this.set, name);
      if (isNew) addName(this.fresh as NameSet, name);
    } else if (this.names.length > CHAIN_LIMIT) {
      // From now on, sets: every name so far, and the new ones among them.
      this.set = nameSet(this.names);
      this.fresh = nameSet(this.names.slice(this.labels));
    }
    this.bits |= 1 << bucket;
    if (name.length > this.longest) this.longest = name.length;
  }
}

/** Past this many names a page's lookups go to tries (see PageNames). */
const CHAIN_LIMIT = 64;

/** Names, and the lengths they come in (ascending, each once). */
interface NameSet {
  readonly names: Set<string>;
  readonly lengths: number[];
}

function nameSet(names: readonly string[]): NameSet {
  const set: NameSet = { names: new Set(), lengths: [] };
  for (const name of names) addName(set, name);
  return set;
}

function addName(set: NameSet, name: string): void {
  set.names.add(name);
  if (name.length === 0) return; // no text ends in it
  const { lengths } = set;
  let k = lengths.length;
  while (k > 0 && (lengths[k - 1] as number) > name.length) k--;
  if (k === 0 || lengths[k - 1] !== name.length) lengths.splice(k, 0, name.length);
}

function applySplit(teaser: TeaserPlan, split: SourceSplit): void {
  teaser.sourceStart = split.sourceStart;
  teaser.summaryEnd = split.summaryEnd;
  teaser.confidence = split.confidence;
}

/** Split one attribution line's glued "summary + source", read in the input. */
function splitOf(input: string, teaser: TeaserPlan, book: VouchedNames): SourceSplit {
  const { start, end } = teaser;
  if (end <= start) return { sourceStart: end, sourceEnd: end, summaryEnd: end, confidence: 'none' };
  return splitSource(input, start, end, book);
}

/** The summary, source and age of a split teaser's attribution line. */
export function attributionText(lines: LineTable, teaser: TeaserPlan): AttributionText {
  const { sourceStart, summaryEnd, start, end } = teaser;
  const { input } = lines;
  const age = lines.age(teaser.attribution);
  return {
    summary: summaryEnd > start ? input.slice(start, summaryEnd) : null,
    source: sourceStart < end ? input.slice(sourceStart, end) : null,
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
export function railNode(lines: LineTable, plan: RailPlan): Rail {
  const children: RailContent[] = [];
  for (const part of plan.parts) {
    if (isTeaserPlan(part)) {
      children.push(teaserNode(lines, part));
      continue;
    }
    const position = lineSpan(lines, part);
    const value = lines.value(part);
    const kind = lines.kind(part);
    if (part === plan.heading) children.push({ type: 'railHeading', value, position });
    else if (kind === 'separator') children.push({ type: 'separator', value, position });
    else if (kind === 'blank') children.push({ type: 'blank', value, position });
    else if (kind === 'boilerplate') children.push({ type: 'boilerplate', value, position });
    else children.push({ type: 'unknown', value, position });
  }
  return { type: 'rail', kind: plan.kind, label: plan.label, children, position: spanOf(children) };
}

function teaserNode(lines: LineTable, plan: TeaserPlan): Teaser {
  const children: Teaser['children'] = [];
  if (plan.title >= 0) {
    children.push({ type: 'teaserTitle', value: lines.value(plan.title), position: lineSpan(lines, plan.title) });
  }
  for (const line of plan.between) {
    const position = lineSpan(lines, line);
    const value = lines.value(line);
    if (lines.kind(line) === 'boilerplate') children.push({ type: 'boilerplate', value, position });
    else children.push({ type: 'blank', value, position });
  }
  children.push(attributionNode(lines, plan));
  return { type: 'teaser', children, position: spanOf(children) };
}

function attributionNode(lines: LineTable, plan: TeaserPlan): Attribution {
  const { attribution: line, sourceStart, end } = plan;
  const { summary, source, age, seconds } = attributionText(lines, plan);
  const children: Attribution['children'] = [];
  // Leaves tile the line: [line start, source) summary, [source, " - ") source, the rest age.
  let cursor = lines.start(line);
  if (summary !== null) {
    const node: Summary = {
      type: 'summary',
      value: summary,
      truncated: isTruncated(summary),
      position: { start: pointAt(lines, line, cursor), end: pointAt(lines, line, sourceStart) },
    };
    children.push(node);
    cursor = sourceStart;
  }
  if (source !== null) {
    const node: Source = {
      type: 'source',
      value: source,
      position: { start: pointAt(lines, line, cursor), end: pointAt(lines, line, end) },
    };
    children.push(node);
    cursor = end;
  }
  const ageNode: AgeNode = {
    type: 'age',
    value: age,
    seconds,
    position: { start: pointAt(lines, line, cursor), end: pointAfter(lines, line) },
  };
  children.push(ageNode);
  return {
    type: 'attribution',
    itemSeparator: lines.itemSeparator(line),
    children,
    position: { start: pointAt(lines, line, lines.start(line)), end: pointAfter(lines, line) },
  };
}

// ---------------------------------------------------------------------------------
// Diagnostics

function emptyRail(lines: LineTable, plan: RailPlan, diagnostics: Diagnostic[]): void {
  const separator = plan.parts.find((part): part is number => !isTeaserPlan(part) && lines.kind(part) === 'separator');
  if (separator === undefined) return;
  diagnostics.push(
    diagnostic('empty-rail', 'This separator opens a rail with no teasers.', lines.number(separator), columnOf(lines, separator)),
  );
}

function sourceDiagnostic(lines: LineTable, teaser: TeaserPlan, diagnostics: Diagnostic[]): void {
  const { confidence, sourceStart, start, end } = teaser;
  if (confidence !== 'none' && confidence !== 'weak') return;
  const line = teaser.attribution;
  const base = 1 - lines.start(line); // offsets in the input → columns
  if (confidence === 'none') {
    diagnostics.push(
      diagnostic(
        'missing-source',
        'No publisher name found before " - age"; the text is kept as the summary.',
        lines.number(line),
        base + start,
      ),
    );
  } else {
    diagnostics.push(
      diagnostic(
        'guessed-source',
        `Guessed the source "${lines.input.slice(sourceStart, end)}" without a clear boundary.`,
        lines.number(line),
        base + sourceStart,
      ),
    );
  }
}

function orphanLine(lines: LineTable, line: number): Diagnostic {
  return diagnostic(
    'orphan-line',
    `This line is neither a teaser title nor a rail heading: ${lines.value(line).slice(0, 80)}`,
    lines.number(line),
    columnOf(lines, line),
  );
}
