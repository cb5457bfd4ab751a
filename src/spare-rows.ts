// One row buffer kept from one parse to the next, for the tables of a parse (the line
// table, the teaser rows).
//
// A typed array lives outside the JS heap: rows in one cost the collector nothing,
// however long they live. But making one costs ~1–2 µs, as much as splitting a small
// dump's lines. A table takes the spare when it is free and big enough and gives it
// back when done with it; a table never given back leaves it to the collector, and one
// parse inside another (a getter in the options) finds it taken and makes its own.
// Buffers over `maxCells` go to the collector, so a huge dump's is not kept.

export class SpareRows {
  private spare: Int32Array | null = null;

  constructor(private readonly maxCells: number) {}

  /** A buffer of at least `cells` cells. A reused one holds stale rows: write before reading. */
  take(cells: number): Int32Array {
    const { spare } = this;
    if (spare !== null && spare.length >= cells) {
      this.spare = null;
      return spare;
    }
    return new Int32Array(cells);
  }

  /** Done with `rows`: it may serve the next take(). */
  give(rows: Int32Array): void {
    if (rows.length > 0 && rows.length <= this.maxCells) this.spare = rows;
  }
}

/** The rows of a table that has none (yet, or any more). */
export const NO_ROWS = new Int32Array(0);

/** `rows` with room for twice as many cells, the old ones copied. */
export function grown(rows: Int32Array, atLeast: number): Int32Array {
  const larger = new Int32Array(Math.max(rows.length * 2, atLeast));
  larger.set(rows);
  return larger;
}
