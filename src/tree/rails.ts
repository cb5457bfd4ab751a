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
import { ageAt, type Age } from '../lex/age.js';
import { isSponsorLabel } from '../lex/boilerplate.js';
import type { LineTable } from '../lex/tokenize.js';
import { droppedBoilerplate } from './article.js';
import { columnOf, lineSpan, pointAfter, pointAt, spanOf } from './position.js';
import { classifyHeading, type RailKind } from './rail-heading.js';
import { callerSourceBook, createSourceBook, insertStart, type SourceBook, type VouchedNames } from './source-book.js';
import { newSplit, noSplit, splitSource, staysWhenVouched, type MutableSplit, type SourceSplit } from './source-split.js';
import type { RepeatedCut } from './repeated-cut.js';
import { TeaserRows } from './teaser-rows.js';
import type { AgeNode, Attribution, Rail, RailContent, Source, Summary, Teaser } from './types.js';

/**
 * A rail: a run of lines [first, end), with the teasers [firstTeaser, endTeaser) of the
 * page's TeaserRows. Rails tile the lines from the first rail's to the last line.
 */
export interface RailPlan {
  /** The heading line; -1 without one. */
  readonly heading: number;
  readonly kind: RailKind;
  /** X of "More from X" / "More in X", else the heading, null without one. */
  readonly label: string | null;
  /** The rail's first line: its heading, or its "-" without one. */
  readonly first: number;
  end: number;
  readonly firstTeaser: number;
  endTeaser: number;
}

/** The rails of a page, and their teasers. */
export interface RailsPlan {
  readonly rails: RailPlan[];
  readonly teasers: TeaserRows;
}

/** What an attribution line says: "…squad.ESPN - 4h -" → "…squad." · "ESPN" · "4h". */
export interface AttributionText {
  readonly summary: string | null;
  readonly source: string | null;
  readonly age: Age;
}

/**
 * Plan the rails from line `start` on: the first rail's heading or its separator.
 * Every attribution comes back split.
 */
export function planRails(
  lines: LineTable,
  start: number,
  callerSources: readonly string[] | undefined,
  diagnostics: Diagnostic[],
): RailsPlan {
  const teasers = new TeaserRows();
  const rails = groupRails(lines, start, teasers, diagnostics);
  for (let r = 0; r < rails.length; r++) {
    const rail = rails[r] as RailPlan;
    if (rail.endTeaser === rail.firstTeaser) emptyRail(lines, rail, diagnostics);
  }
  splitWithEvidence(lines.input, rails, teasers, callerSources);
  for (let t = 0; t < teasers.count; t++) sourceDiagnostic(lines, teasers, t, diagnostics);
  return { rails, teasers };
}

/**
 * Group the lines into rails and teasers. A text line's role waits on the next line
 * that is not furniture (blank or boilerplate): before an attribution it is the
 * teaser's title, before a "-" the next rail's heading, before anything else it
 * belongs to nothing (an orphan, reported). The furniture after it waits with it and
 * goes where it goes: into the teaser, the heading's rail, or the rail it is in.
 */
function groupRails(lines: LineTable, start: number, teasers: TeaserRows, diagnostics: Diagnostic[]): RailPlan[] {
  const rails: RailPlan[] = [];
  let current: RailPlan | null = null;
  /** The waiting line; -1 when none waits. */
  let pending = -1;

  const open = (heading: number, kind: RailKind, label: string | null, first: number): RailPlan => {
    if (current !== null) close(current, first, teasers);
    const rail: RailPlan = { heading, kind, label, first, end: first, firstTeaser: teasers.count, endTeaser: teasers.count };
    rails.push(rail);
    return rail;
  };
  // Unreachable: the first line is a heading (pending) or a "-". Stay total anyway: the
  // lines from `start` make a rail of their own.
  const inRail = (): void => {
    current ??= open(-1, 'related', null, start);
  };
  const orphanPending = (): void => {
    if (pending < 0) return;
    diagnostics.push(orphanLine(lines, pending));
    inRail();
    pending = -1;
  };

  for (let i = start; i < lines.count; i++) {
    const kind = lines.kind(i);
    switch (kind) {
      case 'separator': {
        const heading = pending;
        pending = -1;
        const meaning = classifyHeading(heading < 0 ? null : lines.value(heading));
        current = open(heading, meaning.kind, meaning.label, heading < 0 ? i : heading);
        break;
      }
      case 'blank':
      case 'boilerplate':
        if (isRailLabel(lines, i)) {
          // "Sponsored" right before a "-": the next rail's heading.
          orphanPending();
          pending = i;
          break;
        }
        if (kind === 'boilerplate') diagnostics.push(droppedBoilerplate(lines, i));
        // Furniture, never a title or a heading: it waits with a waiting line.
        if (pending < 0) inRail();
        break;
      case 'attribution': {
        const title = pending;
        pending = -1;
        inRail();
        // The glued "summary + source": from the line's first non-space character to " - age".
        const gluedEnd = lines.textStart(i) + lines.sourceEnd(i);
        teasers.add(title, i, Math.min(gluedEnd, lines.valueStart(i)), gluedEnd);
        break;
      }
      case 'image':
        orphanPending();
        diagnostics.push(
          diagnostic('unexpected-image', 'An image line inside a rail belongs to no teaser.', lines.number(i), columnOf(lines, i)),
        );
        inRail();
        break;
      default:
        // text or byline: a title or a heading, depending on what follows.
        orphanPending();
        pending = i;
        break;
    }
  }
  orphanPending();
  if (current !== null) close(current, lines.count, teasers);
  return rails;
}

function close(rail: RailPlan, end: number, teasers: TeaserRows): void {
  rail.end = end;
  rail.endTeaser = teasers.count;
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
  rails: readonly RailPlan[],
  teasers: TeaserRows,
  callerSources: readonly string[] | undefined,
): void {
  const callerBook = callerSources === undefined || callerSources.length === 0 ? BARE_BOOK : callerSourceBook(callerSources);
  // The splitter's book: the caller's, and the page's names as they are at each pass.
  const page = new PageNames(callerBook);
  // Indexed loops: a parse of a big dump runs them once, long before V8 optimizes them,
  // and for-of then made an iterator result per step.
  for (let r = 0; r < rails.length; r++) {
    const { kind, label } = rails[r] as RailPlan;
    if (kind === 'publisher' && label !== null) page.addLabel(label);
  }
  const split = newSplit();
  for (let t = 0; t < teasers.count; t++) teasers.split(t, splitOf(input, teasers, t, page, split));

  for (let t = 0; t < teasers.count; t++) {
    if (teasers.confidence(t) === 'clear') page.addFound(input, teasers.sourceStart(t), teasers.end(t));
  }
  if (page.newBits === 0) return;
  for (let t = 0; t < teasers.count; t++) {
    const start = teasers.start(t);
    const end = teasers.end(t);
    if (end <= start) continue; // nothing to split: no name ends there
    const longest = page.longestNewEnding(input, end);
    if (longest === 0) continue;
    // "…the vote.Harborview Ledger", split clear at the longest new name it ends with:
    // the same split, now known.
    const sourceStart = teasers.sourceStart(t);
    const ownName = teasers.confidence(t) === 'clear' && longest <= end - sourceStart;
    if (ownName && staysWhenVouched(input, start, end, sourceStart)) teasers.know(t);
    else teasers.split(t, splitOf(input, teasers, t, page, split));
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

/** Split teaser t's glued "summary + source", read in the input, into `split`. */
function splitOf(input: string, teasers: TeaserRows, t: number, book: VouchedNames, split: MutableSplit): SourceSplit {
  const start = teasers.start(t);
  const end = teasers.end(t);
  if (end <= start) return noSplit(end, split);
  return splitSource(input, start, end, book, split);
}

/**
 * The summary, source and age of split teaser t's attribution line. With `sources`, a
 * source that repeats the one before comes back as the same string (see RepeatedCut).
 */
export function attributionText(lines: LineTable, teasers: TeaserRows, t: number, sources?: RepeatedCut): AttributionText {
  const start = teasers.start(t);
  const end = teasers.end(t);
  const sourceStart = teasers.sourceStart(t);
  const summaryEnd = teasers.summaryEnd(t);
  const line = teasers.attribution(t);
  const { input } = lines;
  return {
    summary: summaryEnd > start ? input.slice(start, summaryEnd) : null,
    source: sourceStart >= end ? null : sources === undefined ? input.slice(sourceStart, end) : sources.cut(sourceStart, end),
    age: ageAt(input, lines.ageFrom(line), lines.ageTo(line)),
  };
}

/** "…" or "..." at the end of a summary: the outlet cut it short. */
export function isTruncated(summary: string): boolean {
  return summary.endsWith('...') || summary.endsWith('…');
}

// ---------------------------------------------------------------------------------
// Positioned nodes

/** The positioned node of a planned rail. */
export function railNode(lines: LineTable, teasers: TeaserRows, plan: RailPlan): Rail {
  const children: RailContent[] = [];
  let t = plan.firstTeaser;
  for (let line = plan.first; line < plan.end; line++) {
    if (t < plan.endTeaser && line === teasers.first(t)) {
      children.push(teaserNode(lines, teasers, t));
      line = teasers.attribution(t);
      t++;
      continue;
    }
    const position = lineSpan(lines, line);
    const value = lines.value(line);
    const kind = lines.kind(line);
    if (line === plan.heading) children.push({ type: 'railHeading', value, position });
    else if (kind === 'separator') children.push({ type: 'separator', value, position });
    else if (kind === 'blank') children.push({ type: 'blank', value, position });
    else if (kind === 'boilerplate') children.push({ type: 'boilerplate', value, position });
    else children.push({ type: 'unknown', value, position });
  }
  return { type: 'rail', kind: plan.kind, label: plan.label, children, position: spanOf(children) };
}

function teaserNode(lines: LineTable, teasers: TeaserRows, t: number): Teaser {
  const children: Teaser['children'] = [];
  const title = teasers.title(t);
  const attribution = teasers.attribution(t);
  if (title >= 0) {
    children.push({ type: 'teaserTitle', value: lines.value(title), position: lineSpan(lines, title) });
  }
  // The blank and boilerplate lines that waited with the title.
  for (let line = teasers.first(t) + 1; line < attribution; line++) {
    const position = lineSpan(lines, line);
    const value = lines.value(line);
    if (lines.kind(line) === 'boilerplate') children.push({ type: 'boilerplate', value, position });
    else children.push({ type: 'blank', value, position });
  }
  children.push(attributionNode(lines, teasers, t));
  return { type: 'teaser', children, position: spanOf(children) };
}

function attributionNode(lines: LineTable, teasers: TeaserRows, t: number): Attribution {
  const line = teasers.attribution(t);
  const sourceStart = teasers.sourceStart(t);
  const end = teasers.end(t);
  const { summary, source, age } = attributionText(lines, teasers, t);
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
    value: age.text,
    seconds: age.seconds,
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
  let separator = plan.first;
  while (separator < plan.end && lines.kind(separator) !== 'separator') separator++;
  if (separator === plan.end) return;
  diagnostics.push(
    diagnostic('empty-rail', 'This separator opens a rail with no teasers.', lines.number(separator), columnOf(lines, separator)),
  );
}

function sourceDiagnostic(lines: LineTable, teasers: TeaserRows, t: number, diagnostics: Diagnostic[]): void {
  const confidence = teasers.confidence(t);
  if (confidence !== 'none' && confidence !== 'weak') return;
  const line = teasers.attribution(t);
  const start = teasers.start(t);
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
        `Guessed the source "${lines.input.slice(teasers.sourceStart(t), teasers.end(t))}" without a clear boundary.`,
        lines.number(line),
        base + teasers.sourceStart(t),
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
