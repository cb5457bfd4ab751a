// Lines → tokens: every line gets exactly one token, in order.
//
//   "Headline\n![a](u)\nBody.\n-\nTitle\nSum.ESPN - 4h"
//   → text, image, text, separator, text, attribution
//
// The tokens are rows of a table, not objects: the kind and the offsets of line i sit
// in row i of one typed array. A 10 MB dump has ~100,000 lines; as objects they
// outlived the whole parse (the plan points at them) and the collector copied them
// at every scavenge, which took a third or more of the parse. Strings are cut from
// the input only when asked for (`text(i)`, `value(i)`).

import type { AttributionTail } from './attribution-tail.js';
import { grown, NO_ROWS, SpareRows } from '../spare-rows.js';
import { splitLines, type LineSink } from './lines.js';
import { RULES, type Rule, type RuleLine, type RuleMatch, type TokenKind } from './rules.js';

/**
 * The rules one by one: line() walks RULES with one call site per rule, a loop over
 * them unrolled. A loop's single call site sees all seven matchers, and V8 then calls
 * each through a generic stub and inlines none: that cost 3.6 µs of a 35 µs parse on
 * the bench corpus. A test checks the rows against a walk of RULES itself.
 */
if (RULES.length !== 7) throw new Error('tokenize.ts walks seven rules: update line() with RULES');
const [RULE_0, RULE_1, RULE_2, RULE_3, RULE_4, RULE_5, RULE_6] = RULES as readonly [Rule, Rule, Rule, Rule, Rule, Rule, Rule];

/** Each kind's code in the table: its index in RULES. */
const KIND_NAMES: readonly TokenKind[] = RULES.map((rule) => rule.name);

/**
 * A row's fields, at `row * FIELDS + field` of one Int32Array: one allocation per
 * table and a row's fields side by side.
 */
const FIELDS = 8;
/** The line's first character (for line 1 this is 0, before any BOM). */
const START = 0;
/** Just past the line's text (where its line ending begins). */
const END = 1;
/** The trimmed text's bounds. */
const VALUE_START = 2;
const VALUE_END = 3;
/** Attribution lines: see AttributionTail (offsets into the input); 0 elsewhere. */
const SOURCE_END = 4;
const AGE_START = 5;
const AGE_END = 6;
/** The kind's code (its index in RULES), plus ITEM_SEPARATOR on attribution lines ending in " -". */
const FLAGS = 7;
const KIND_MASK = 0xff;
const ITEM_SEPARATOR = 0x100;

/** The row buffer one table gives the next (see SpareRows); up to 4,096 rows. */
const SPARE = new SpareRows(4096 * FIELDS);

/** The tokens of one input: line i (0-based; line number i + 1) in row i. */
export class LineTable implements LineSink {
  readonly input: string;
  /** The number of lines (at least 1: an empty input has one empty line). */
  count = 0;
  /** Where line 1's text starts: 1 after a byte-order mark, else 0. */
  private bom = 0;
  private rows: Int32Array;
  /** Byline lines: the name. */
  private readonly names = new Map<number, string>();
  /** The line being classified, handed to the rules (one object for all lines). */
  private readonly ruleLine: { input: string; from: number; to: number; textFrom: number; textTo: number };

  constructor(input: string) {
    this.input = input;
    // Room for lines of ~64 characters; grown by doubling when a dump has more.
    const size = (16 + (input.length >> 6)) * FIELDS;
    this.rows = SPARE.take(size);
    this.ruleLine = { input, from: 0, to: 0, textFrom: 0, textTo: 0 };
  }

  /** The token kind of line i. */
  kind(i: number): TokenKind {
    return KIND_NAMES[this.field(i, FLAGS) & KIND_MASK] as TokenKind;
  }

  /** 1-based line number. */
  number(i: number): number {
    return i + 1;
  }

  /** Offset of the line's first character (for line 1 this is 0, before any BOM). */
  start(i: number): number {
    return this.field(i, START);
  }

  /** Offset of the line's text (after a BOM on line 1). */
  textStart(i: number): number {
    return i === 0 ? this.bom : this.field(i, START);
  }

  /** Offset just past the line's text (where its line ending begins). */
  end(i: number): number {
    return this.field(i, END);
  }

  /** Offset just past the line's line ending: the next line's start. */
  next(i: number): number {
    return i + 1 < this.count ? this.field(i + 1, START) : this.input.length;
  }

  /** The line's text, without its line ending (and without a leading BOM). */
  text(i: number): string {
    return this.input.slice(this.textStart(i), this.field(i, END));
  }

  /** Offset of the line's first character that String#trim keeps (its end when blank). */
  valueStart(i: number): number {
    return this.field(i, VALUE_START);
  }

  /** The line's text without surrounding whitespace (as String#trim). */
  value(i: number): string {
    return this.input.slice(this.field(i, VALUE_START), this.field(i, VALUE_END));
  }

  /** Byline lines: the name ("By Jane Doe" → "Jane Doe"). */
  name(i: number): string | undefined {
    return this.names.get(i);
  }

  /**
   * Attribution lines: the offset in the line's text just past the glued summary and
   * source, where " - age" begins ("Sum.ESPN - 4h" → 8). See AttributionTail.
   */
  sourceEnd(i: number): number {
    return this.field(i, SOURCE_END) - this.textStart(i);
  }

  /** Attribution lines: the age ("4h"). */
  age(i: number): string {
    return this.input.slice(this.field(i, AGE_START), this.field(i, AGE_END));
  }

  /** Attribution lines: the age's bounds in the input ("4h": [from, to)). */
  ageFrom(i: number): number {
    return this.field(i, AGE_START);
  }

  ageTo(i: number): number {
    return this.field(i, AGE_END);
  }

  /** Attribution lines: does the line end with the item separator " -"? */
  itemSeparator(i: number): boolean {
    return (this.field(i, FLAGS) & ITEM_SEPARATOR) !== 0;
  }

  /**
   * Done with the table: its row buffer may serve the next one. Reading it afterwards
   * is a bug, and finds no rows.
   */
  release(): void {
    SPARE.give(this.rows);
    this.rows = NO_ROWS;
    this.count = 0;
  }

  private field(i: number, field: number): number {
    return this.rows[i * FIELDS + field] as number;
  }

  /** Add the next line and classify it: the first rule in RULES that matches decides. */
  line(start: number, textStart: number, end: number): void {
    const i = this.count;
    const at = i * FIELDS;
    if (at === this.rows.length) this.grow();
    const { input, rows, ruleLine } = this;
    if (i === 0) this.bom = textStart;
    this.count = i + 1;
    let from = textStart;
    let to = end;
    while (from < to && isTrimmed(input.charCodeAt(from))) from++;
    while (to > from && isTrimmed(input.charCodeAt(to - 1))) to--;
    rows[at + START] = start;
    rows[at + END] = end;
    rows[at + VALUE_START] = from;
    rows[at + VALUE_END] = to;
    ruleLine.from = from;
    ruleLine.to = to;
    ruleLine.textFrom = textStart;
    ruleLine.textTo = end;
    // The first rule that matches decides (RULES in order; see RULE_0).
    let rule = 0;
    let match = RULE_0.match(ruleLine);
    if (match === null) { rule = 1; match = RULE_1.match(ruleLine); }
    if (match === null) { rule = 2; match = RULE_2.match(ruleLine); }
    if (match === null) { rule = 3; match = RULE_3.match(ruleLine); }
    if (match === null) { rule = 4; match = RULE_4.match(ruleLine); }
    if (match === null) { rule = 5; match = RULE_5.match(ruleLine); }
    if (match === null) { rule = 6; match = RULE_6.match(ruleLine) as RuleMatch; } // "text": every line
    let flags = rule;
    if (match.name !== undefined) this.names.set(i, match.name);
    // A row may be reused (see SpareRows): every field is written.
    const tail = match.tail;
    rows[at + SOURCE_END] = tail === undefined ? 0 : tail.sourceEnd;
    rows[at + AGE_START] = tail === undefined ? 0 : tail.ageStart;
    rows[at + AGE_END] = tail === undefined ? 0 : tail.ageEnd;
    if (tail?.itemSeparator === true) flags |= ITEM_SEPARATOR;
    rows[at + FLAGS] = flags;
  }

  private grow(): void {
    this.rows = grown(this.rows, FIELDS);
  }
}

/**
 * The tokens of `input`. With `controls`, also push onto it the input offset of the
 * first control character of each line that holds one (see splitLines).
 */
export function tokenize(input: string, controls?: number[]): LineTable {
  const table = new LineTable(input);
  splitLines(input, table, controls);
  return table;
}

/**
 * Does String#trim remove this code unit: ECMAScript's WhiteSpace and LineTerminator
 * (tab, VT, FF, space, NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
 * U+3000, U+FEFF; LF and CR never reach a line)?
 */
function isTrimmed(code: number): boolean {
  if (code > 32 && code < 127) return false; // printable ASCII: most lines' ends
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
