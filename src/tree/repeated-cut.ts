// A cut of the input that repeats the one before it, given out as the same string.
//
//   "…squad.ESPN - 4h -"
//   "…final.ESPN - 2h -"   → both teasers' source is one "ESPN" string
//
// A rail's teasers often share their source ("More from The Hill": all of them), and
// a 10 MB dump's ~30,000 sources are a few dozen names. Shared, they are not a string
// each for the collector to copy. Strings cannot change, so nobody can tell. The test
// is one length comparison, and a character comparison when the lengths agree.

export class RepeatedCut {
  private last = '';

  constructor(private readonly input: string) {}

  /** `input.slice(from, to)`, or the string the last cut gave when it holds the same text. */
  cut(from: number, to: number): string {
    const { last } = this;
    if (last.length === to - from && this.input.startsWith(last, from)) return last;
    this.last = this.input.slice(from, to);
    return this.last;
  }
}
