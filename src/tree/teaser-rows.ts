// A page's teasers, as rows of one typed array: row t is the page's t-th teaser.
//
//   Mace speaks on House floor                 ← title: line 12 (-1 without one)
//                                              ← between: lines 13 … attribution - 1
//   Rep. Nancy Mace made … ...The Hill - 4h -  ← attribution: line 14; the glued
//                                                "summary + source" is [start, end),
//                                                split at sourceStart / summaryEnd
//
// A teaser's lines are one run: its title, the blank and boilerplate lines that waited
// with it, its attribution. So a row holds two line numbers, not a list of lines.
// Rows, not objects, for the reason the line table gives: a 10 MB dump has ~30,000
// teasers, their plan lives until the Article is read from it, and as objects the
// collector copied and promoted all of them at every young collection.

import { grown, NO_ROWS, SpareRows } from '../spare-rows.js';
import type { SourceSplit, SplitConfidence } from './source-split.js';

/** A row's fields, at `row * FIELDS + field` (8 cells: a row is a shift away). */
const FIELDS = 8;
const TITLE = 0;
const ATTRIBUTION = 1;
/** The glued "summary + source" of the attribution line: [START, END), input offsets. */
const START = 2;
const END = 3;
/** The split (see SourceSplit; its sourceEnd is always END). */
const SOURCE_START = 4;
const SUMMARY_END = 5;
const CONFIDENCE = 6;

/** Each confidence's code in a row: its index here. */
const CONFIDENCES: readonly SplitConfidence[] = ['none', 'weak', 'strong', 'clear', 'known'];
const NONE = 0;

/** The row buffer one page's rows give the next (see SpareRows); up to 1,024 teasers. */
const SPARE = new SpareRows(1024 * FIELDS);

export class TeaserRows {
  /** The number of teasers. */
  count = 0;
  private rows: Int32Array = NO_ROWS;

  /** The title line; -1 without one. */
  title(t: number): number {
    return this.field(t, TITLE);
  }

  /** The attribution line: the teaser's last. */
  attribution(t: number): number {
    return this.field(t, ATTRIBUTION);
  }

  /** The teaser's first line: its title, or its attribution without one. */
  first(t: number): number {
    const title = this.field(t, TITLE);
    return title < 0 ? this.field(t, ATTRIBUTION) : title;
  }

  /** Where the glued "summary + source" starts (an input offset). */
  start(t: number): number {
    return this.field(t, START);
  }

  /** Where the glued "summary + source" ends, before " - age": the source's end. */
  end(t: number): number {
    return this.field(t, END);
  }

  /** Where the source starts; `end(t)` when none was found. */
  sourceStart(t: number): number {
    return this.field(t, SOURCE_START);
  }

  /** Just past the summary (before any spaces); `start(t)` when there is none. */
  summaryEnd(t: number): number {
    return this.field(t, SUMMARY_END);
  }

  confidence(t: number): SplitConfidence {
    return CONFIDENCES[this.field(t, CONFIDENCE)] as SplitConfidence;
  }

  /** Add a teaser, its attribution not split yet (no source: confidence 'none'). */
  add(title: number, attribution: number, start: number, end: number): void {
    const at = this.count * FIELDS;
    if (at === this.rows.length) this.rows = this.rows === NO_ROWS ? SPARE.take(16 * FIELDS) : grown(this.rows, FIELDS);
    const { rows } = this;
    // A row may be reused (see SpareRows): every field is written.
    rows[at + TITLE] = title;
    rows[at + ATTRIBUTION] = attribution;
    rows[at + START] = start;
    rows[at + END] = end;
    rows[at + SOURCE_START] = end;
    rows[at + SUMMARY_END] = end;
    rows[at + CONFIDENCE] = NONE;
    this.count++;
  }

  /** Take the split of teaser t's attribution. */
  split(t: number, split: SourceSplit): void {
    const at = t * FIELDS;
    this.rows[at + SOURCE_START] = split.sourceStart;
    this.rows[at + SUMMARY_END] = split.summaryEnd;
    this.rows[at + CONFIDENCE] = CONFIDENCES.indexOf(split.confidence);
  }

  /** The same split, now vouched for: 'known'. */
  know(t: number): void {
    this.rows[t * FIELDS + CONFIDENCE] = CONFIDENCES.indexOf('known');
  }

  /** Done with the rows: their buffer may serve the next page. Reading afterwards finds none. */
  release(): void {
    SPARE.give(this.rows);
    this.rows = NO_ROWS;
    this.count = 0;
  }

  private field(t: number, field: number): number {
    return this.rows[t * FIELDS + field] as number;
  }
}
