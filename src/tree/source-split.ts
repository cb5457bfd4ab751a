// Where does the summary end and the source begin?
//
//   "…championship squad.ESPN"     → "…championship squad." | "ESPN"       (known, after ".")
//   "…Hamas, designated ...The Hill" → "…designated ..."     | "The Hill"
//   "…from exile abroadABC News"    → "…abroad"              | "ABC News"   (case change)
//   "…compared to the year before.Inc." → "…before."         | "Inc."
//   "…the vote.Harborview Ledger"   → "…the vote."           | "Harborview Ledger" (unknown, after ".")
//   "Reuters"                       → (no summary)           | "Reuters"
//
// Every position near the end is a candidate split. A candidate scores by the kind of
// boundary in front of it (glued after punctuation beats a case change beats a space)
// and by what vouches for the name after it (the caller's sources, this page, the
// built-in list); names nobody vouches for must at least look like names. The best
// score wins; ties go to the longer name. Only the last `longest` characters are
// looked at, so the cost per line is bounded.

import { isCaselessCode, isDigitCode, isLowerCode, isMarkCode, isSpaceCode, isSummaryEndCode, isUpperCode } from './chars.js';
import type { VouchedNames } from './source-book.js';
import {
  isCapitalsWord,
  isFirstWord,
  isInvertedMark,
  isLaterWord,
  isLowercaseBrand,
  isWholeTextName,
  MAX_SOURCE_LENGTH,
  MAX_SOURCE_WORDS,
  spoilsWord,
} from './source-name.js';

/**
 * known: a vouched-for name; clear: an unknown name glued after punctuation (or the
 * whole text); strong: after a case change, digit or capitals; weak: after a plain
 * space only; none: no source found. Only known and clear splits become page evidence.
 */
export type SplitConfidence = 'known' | 'clear' | 'strong' | 'weak' | 'none';

export interface SourceSplit {
  /** Index where the source starts; equals `sourceEnd` when no source was found. */
  readonly sourceStart: number;
  /** Index just past the source (the end of the glued text). */
  readonly sourceEnd: number;
  /** Index just past the summary (before any spaces); equals `start` when there is none. */
  readonly summaryEnd: number;
  readonly confidence: SplitConfidence;
}

/** A split to write into: one serves every line of a page (see splitSource). */
export type MutableSplit = { -readonly [K in keyof SourceSplit]: SourceSplit[K] };

export const newSplit = (): MutableSplit => ({ sourceStart: 0, sourceEnd: 0, summaryEnd: 0, confidence: 'none' });

/** `into`, holding the split [sourceStart, end) with the summary up to summaryEnd. */
function splitAs(into: MutableSplit, sourceStart: number, end: number, summaryEnd: number, confidence: SplitConfidence): SourceSplit {
  into.sourceStart = sourceStart;
  into.sourceEnd = end;
  into.summaryEnd = summaryEnd;
  into.confidence = confidence;
  return into;
}

/** `into`, holding "no source" for a text ending at `end`. */
export const noSplit = (end: number, into: MutableSplit = newSplit()): SourceSplit => splitAs(into, end, end, end, 'none');

/** Boundary scores. Negative: valid only in front of a known name. */
const BOUNDARY = {
  /** The whole text is the name: a teaser with no summary. */
  start: 25,
  /** Glued after punctuation: "squad.ESPN", "...The Hill", "5%Bloomberg". */
  punctuation: 30,
  /** Glued after a lowercase letter: "abroadABC News". */
  caseChange: 20,
  /** A case change into "The …": "on YouTubeThe Verge". */
  caseChangeThe: 30,
  /** After punctuation and a space: "squad. ESPN". */
  punctuationSpace: 15,
  /**
   * Glued after a digit: "in 2024Bloomberg" (above punctuationSpace: "… 12Harbor Ledger";
   * as strong as a case change, so a camel-cased name after a number stays whole:
   * "58:31LetsRun.com").
   */
  digit: 20,
  /** A word in capitals said twice: "his agent told TSNTSN", "told the APAP News". */
  repeatedCapitals: 18,
  /** After capitals, into a capitalised word: "the UNKyiv Post". */
  capitals: 12,
  /** A letter glued to a digit: "the year9News". */
  letterDigit: 8,
  /** After a plain word and a space: "said Tuesday Reuters". */
  space: 2,
  /** Inside a run of capitals: "the UNCNN" (known names only). */
  insideCapitals: -5,
  /** Inside a word: "AFPtheGrio", "20249to5Mac" (known names only). */
  insideWord: -3,
} as const;

/** The most a guess scores by its boundary alone. */
const BEST_GUESS = Math.max(...Object.values(BOUNDARY));

/** Base score of a name someone vouches for (caller, page or built-in list): above any guess. */
const VOUCHED = 50;
/** A vouched name at any valid boundary: after that, the longer name wins the tie. */
const VOUCHED_BOUNDARY = 20;
/** A vouched name only reachable inside a word or a run of capitals ("the UNCNN"). */
const VOUCHED_INSIDE = 1;

/**
 * Split `text.slice(start, end)` — a teaser line before " - age" — into summary and
 * source. `start` is the first non-space character of the line. `text` may hold more
 * than the line (the parse passes the whole input): nothing left of `start` is read,
 * and right of `end` at most three characters, the line's own " - " before the age.
 *
 * Scores: a name someone vouches for (VOUCHED + VOUCHED_BOUNDARY) beats any guess; so
 * does an unknown name glued at a real boundary whose last words are a vouched name
 * ("…said.Thomson Reuters", "…in 2024The Harborview Ledger"), and being longer it wins
 * the tie. Every candidate is a suffix of the same text, so vouched names always nest:
 * the longest at a valid boundary wins ("AppleInsider" over "Insider", "The Daily Wire"
 * over "Daily Wire"), whoever vouches for them. Guesses score by their boundary alone.
 *
 * The split is written into `into` and returned: a page's parse passes one for all its
 * lines, so that ~30,000 lines of a big dump make no object each.
 */
export function splitSource(text: string, start: number, end: number, book: VouchedNames, into: MutableSplit = newSplit()): SourceSplit {
  const window = Math.max(book.longest, MAX_SOURCE_LENGTH);
  const lowest = Math.max(start, end - window);
  let bestScore = 0;
  let bestAt = -1;
  let bestVouched = false;
  let bestBoundary = 0;
  // A vouched name starts after a space somewhere right of i.
  let vouchedWordSuffix = false;
  // Where the known names this text ends with start, nearest first (the loop's order).
  // `nextVouched` is the next one the loop will meet (-1: none left), held in a local
  // rather than read from the array at every character.
  const vouchedStarts = vouchedBuffer(end - lowest);
  const vouchedCount = book.fillVouchedStarts(text, lowest, end, vouchedStarts);
  let vouchedIndex = 0;
  let nextVouched = vouchedCount > 0 ? (vouchedStarts[0] as number) : -1;
  // Guesses must pass isPlausibleName. Once a whole word right of i can sit in no name,
  // or there are too many words, every longer candidate fails it too: from then on only
  // the known names can win, and the loop jumps from one to the next.
  let guessesOver = false;
  let wordEnd = end; // the end of the word right of the next space
  let spaces = 0;
  // Where a word passed isFirstWord: met again at the space in front of it, it passes
  // isLaterWord too (not a connector, and a name word), so that scan is not redone.
  let firstWordAt = -1;
  // The rightmost Latin capital glued to a letter of a script without case (-1: none):
  // "…내려갔다JTBC뉴스", "…12月1日から始めるImpress Watch". A guess starting left of it
  // would run across that glue point into the name, so none is taken there.
  let latinAfterCaseless = -1;
  // Are text[i + 1 .. wordEnd) all ASCII letters and digits? Then the word from i (or from
  // the space's i + 1) is a name word when it opens with a capital or digit, and
  // isFirstWord and isLaterWord need not read it again: "Ledger", "Harborview", "9News".
  let plainTail = true;
  // The last word is judged inside its brackets when it is one like "(UK)" or "[NL]": spoilsWord
  // cannot speak for it.
  const last = text.charCodeAt(end - 1);
  const endsInBracket = last === 41 /* ) */ || last === 93 /* ] */;
  // text[i], read as text[i - 1] the step before: a step reads one new character, not two.
  let next = last;
  for (let i = end - 1; i >= lowest; i--) {
    let isVouched: boolean;
    let code: number;
    // text[i - 1]; -1 at the start, where nothing reads it. (Reading past a string's
    // start would make charCodeAt here a call for good: V8 stops inlining it there.)
    let before: number;
    let quickName = false; // text[i, wordEnd) passes isFirstWord by the plainTail test
    if (guessesOver) {
      if (nextVouched < 0) break;
      i = nextVouched;
      isVouched = true;
      code = text.charCodeAt(i);
      before = i > start ? text.charCodeAt(i - 1) : -1;
    } else {
      code = next;
      before = next = i > start ? text.charCodeAt(i - 1) : -1;
      isVouched = nextVouched === i;
      if (code === 32 /* the words of a name are split at " " */) {
        spaces++;
        if (
          spaces >= MAX_SOURCE_WORDS ||
          (firstWordAt !== i + 1 &&
            !(plainTail && i + 1 < wordEnd && isAsciiCapitalOrDigit(text.charCodeAt(i + 1))) &&
            !isLaterWord(text, i + 1, wordEnd, wordEnd === end))
        ) {
          guessesOver = true;
        }
        wordEnd = i;
        plainTail = true;
        // No source starts at a space (boundaryAt gives 0).
        if (isVouched) nextVouched = ++vouchedIndex < vouchedCount ? (vouchedStarts[vouchedIndex] as number) : -1;
        continue;
      }
      // Most characters here are lowercase letters, where only a known name can start
      // (boundaryAt gives 0 or insideWord) unless they open the text or follow the
      // summary's punctuation ("?the Lantern", "…tagesschau.de"): skip the others
      // without working out which. (They leave plainTail as it is.)
      if (
        !isVouched &&
        code >= 97 &&
        code <= 122 &&
        i > start &&
        ((before >= 97 && before <= 122) || (!endsSummary(before) && !(code === 116 /* t */ && before >= 48 && before <= 57)))
      ) {
        continue; // "ab": the usual case first
      }
      const plain = isAsciiLetterOrDigit(code);
      quickName = plainTail && isAsciiCapitalOrDigit(code);
      plainTail &&= plain;
      // Quick path: a character that spoils its word (",", "…", "month.Barrow's") ends
      // the guesses here, not at the space in front of the word, which the loop then
      // need not walk to: that word would fail isLaterWord there, and every candidate
      // in it isFirstWord. ASCII letters and digits spoil no word.
      if (!plain && (wordEnd !== end || !endsInBracket) && spoilsWord(text, i, wordEnd)) {
        guessesOver = true;
      }
    }
    if (isVouched) nextVouched = ++vouchedIndex < vouchedCount ? (vouchedStarts[vouchedIndex] as number) : -1;
    const boundary = boundaryOf(text, i, start, end, code, before);
    if (boundary === 0) continue;
    if (boundary === BOUNDARY.caseChange && before >= 128 && (isCaselessCode(before) || isMarkCode(before))) latinAfterCaseless = i;
    let score: number;
    let vouched = false;
    if (isVouched) {
      vouched = true;
      score = VOUCHED + (boundary > 0 ? VOUCHED_BOUNDARY : VOUCHED_INSIDE);
      if (i > start && isSpaceCode(before)) vouchedWordSuffix = true;
      // A vouched name glued on at a real boundary is whole: what is left of it is
      // summary ("OpinionThe Washington Post"), not a longer name it ends.
      else if (boundary > 0) vouchedWordSuffix = false;
    } else {
      if (boundary < 0 || latinAfterCaseless > i) continue;
      const extends_ = vouchedWordSuffix && isGlued(boundary);
      score = extends_ ? VOUCHED + VOUCHED_BOUNDARY : boundary;
      // isPlausibleName(text.slice(i, end)), knowing that the words right of i pass
      // and are not too many (or guesses would be over): only the first word is new.
      if (score < bestScore || guessesOver || end - i > MAX_SOURCE_LENGTH) continue;
      if (!quickName && !isFirstWord(text, i, wordEnd) && !(wordEnd === end && isLowercaseBrand(text, i, end))) continue;
      // "…9 p.m. CSTThe Weather Channel": a name may begin with that "The", but none
      // holds "CSTThe", and no longer guess can either.
      if (endsInGluedThe(text, i, wordEnd, end)) {
        guessesOver = true;
        continue;
      }
      firstWordAt = i;
      // "se llama 'English for Work'Valley Morning Star": right after an opening quote,
      // a guess that holds the closing quote glued to a capital is the quotation.
      if (i > start && isQuoteCode(before) && holdsGluedQuote(text, i, end)) continue;
      vouched = extends_;
    }
    if (score >= bestScore) {
      bestScore = score;
      bestAt = i;
      bestVouched = vouched;
      bestBoundary = boundary;
    }
    // The last vouched name is behind, and it left no name suffix a guess could extend
    // ("…in 2024Bloomberg" at "B"): what is left of i holds only guesses, which score
    // their boundary alone, and none beats a vouched name. Stop here, rather than walk
    // on through "2024", "in" and "hit" to where guesses end.
    if (isVouched && nextVouched < 0 && !vouchedWordSuffix && bestScore > BEST_GUESS) break;
  }
  // A line that is one word in capitals ("CIDRAP") is an outlet standing alone, not a
  // summary glued to a known name found only inside the capitals ("CIDR" + "AP").
  if (bestVouched && bestScore === VOUCHED + VOUCHED_INSIDE && isCapitalsWord(text, start, end)) {
    return splitAs(into, start, end, start, 'clear');
  }
  // No glue point and nobody vouches: a teaser with no summary, or a guess at a space.
  // (isWholeTextName first: it turns long lines away before hasGluePoint reads them.)
  if ((bestAt < 0 || (!bestVouched && bestBoundary === BOUNDARY.space)) && isWholeTextName(text, start, end) && !hasGluePoint(text, start, end)) {
    return splitAs(into, start, end, start, 'clear');
  }
  if (bestAt < 0) return noSplit(end, into);
  let summaryEnd = bestAt;
  while (summaryEnd > start && isSpaceCode(text.charCodeAt(summaryEnd - 1))) summaryEnd--;
  const confidence: SplitConfidence =
    bestVouched
      ? 'known'
      : bestBoundary >= BOUNDARY.start
        ? 'clear'
        : bestBoundary >= BOUNDARY.punctuationSpace
          ? 'strong'
          : 'weak';
  return splitAs(into, bestAt, end, summaryEnd, confidence);
}

/**
 * Once the book also vouches for the source a 'clear' split found,
 * `text.slice(sourceStart, end)`, and for no longer name the text ends with, would
 * splitSource put the source at the same place (now 'known')? Then the line need not
 * be split again: most lines splitWithEvidence would split again are these
 * ("…the vote.Harborview Ledger" when that name was new on the page).
 *
 * It would when a source can start at `sourceStart` (a boundary above 0), as it can
 * after any clear guess but the whole text ("CIDRAP", "Le Monde diplomatique"), which
 * starts at `start`, so only that needs a look. Vouched for, it then scores VOUCHED +
 * VOUCHED_BOUNDARY, the most any candidate scores, and nothing left of it ties:
 *   - no name vouched for before starts left of it where a source can start (it would
 *     have beaten the clear guess);
 *   - the new names the text ends with start at or right of it;
 *   - a guess left of it scores its boundary alone: it is glued on (no space in
 *     front), so nothing extends it into a vouched name.
 * The loop meets the same characters either way: where guesses end does not hang on
 * scores, nor does the window (a clear name is no longer than a guess may be, or is
 * the whole text).
 */
export function staysWhenVouched(text: string, start: number, end: number, sourceStart: number): boolean {
  return sourceStart > start || boundaryOf(text, start, start, end, text.charCodeAt(start), -1) > 0;
}

/** The buffer splitSource has the book write the vouched starts into: one, grown as needed. */
let vouchedStartsBuffer = new Int32Array(64);

function vouchedBuffer(length: number): Int32Array {
  if (vouchedStartsBuffer.length < length) vouchedStartsBuffer = new Int32Array(length);
  return vouchedStartsBuffer;
}

/** "A"–"Z", "0"–"9": a word that opens so and goes on in ASCII letters and digits is a name word. */
function isAsciiCapitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 57);
}

/** A boundary with no space in it (or the start of the text): the source is glued on. */
function isGlued(boundary: number): boolean {
  return boundary !== BOUNDARY.space && boundary !== BOUNDARY.punctuationSpace;
}

/**
 * The kind of boundary in front of `text[i]`, as its score (see BOUNDARY); 0 when a
 * source cannot start there.
 */
function boundaryAt(text: string, i: number, start: number, end: number): number {
  return boundaryOf(text, i, start, end, text.charCodeAt(i), text.charCodeAt(i - 1));
}

/** boundaryAt, given `ch` (text[i]) and `before` (text[i - 1]), which splitSource has read already. */
function boundaryOf(text: string, i: number, start: number, end: number, ch: number, before: number): number {
  // "¡Hola!" starts where a capital would.
  const upper = isUpperCode(ch) || (isInvertedMark(ch) && isUpperCode(text.charCodeAt(i + 1)));
  const digit = !upper && isDigitCode(ch);
  const lower = !upper && !digit && isLowerCode(ch);
  // Neither a letter nor a digit (a space among them): a caseless letter or nothing.
  if (!upper && !digit && !lower) return isCaselessCode(ch) ? caselessBoundaryAt(text, i, start, end) : 0;
  // A lowercase start ("the Lantern", "tagesschau.de", "iHarbor") only where nothing
  // glues it to the summary; whether it is a name is isFirstWord's call.
  if (i === start) return BOUNDARY.start;
  if (i - start >= MIN_KICKER_LENGTH && i - start <= MAX_KICKER_LENGTH && isKicker(text, start, i)) return BOUNDARY.punctuation;
  if (isSpaceCode(before)) {
    if (!upper && !digit) return 0;
    let j = i - 1;
    while (j > start && isSpaceCode(text.charCodeAt(j - 1))) j--;
    return j > start && endsSummaryAt(text, j - 1, start) ? BOUNDARY.punctuationSpace : BOUNDARY.space;
  }
  if (digit && (isInsideNumber(text, i, start) || isAmountSign(before))) return BOUNDARY.insideWord;
  if (endsSummary(before)) return isElision(text, i, start, before) ? BOUNDARY.insideWord : BOUNDARY.punctuation;
  // "theGrio" after a letter: known names only; but "…at 5:30the Driftwood Dispatch":
  // a name's "the" glued to a number.
  if (lower) return isDigitCode(before) && isTheBeforeCapital(text, i) ? BOUNDARY.digit : BOUNDARY.insideWord;
  return boundaryAfterLetterOrDigit(text, i, start, end, before, digit);
}

/**
 * boundaryAt for a letter of a script without case ("밝혔다.연합뉴스", "述べた。函館みなと新聞"):
 * no case change can show where a name starts, so a guess starts only right after the
 * end of a sentence (not after a quote or a comma, which such sentences run on past:
 * "관건\"이라고 지적했다") and holds at most MAX_CASELESS_WORDS words; anywhere else
 * only a known name can start (page evidence, the built-in list, the caller's
 * sources), as inside a word.
 */
function caselessBoundaryAt(text: string, i: number, start: number, end: number): number {
  if (i === start || !isCaselessSentenceEnd(text.charCodeAt(i - 1))) return BOUNDARY.insideWord;
  let spaces = 0;
  for (let k = i; k < end; k++) if (isSpaceCode(text.charCodeAt(k)) && ++spaces >= MAX_CASELESS_WORDS) return BOUNDARY.insideWord;
  return BOUNDARY.punctuation;
}

const MAX_CASELESS_WORDS = 3;

/** ". ! ? …", their full-width and Arabic forms, the danda, closing brackets, "%", a price's "~", emoji. */
function isCaselessSentenceEnd(code: number): boolean {
  switch (code) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 41: // )
    case 0x2026: // …
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff09: // ）
    case 0x3011: // 】
    case 0x061f: // ؟
    case 0x0964: // ।
    case 37: // % ("계약금 5%센텀 더 퍼스트")
    case 0xff05: // ％
    case 0x066a: // ٪
    case 126: // ~ (a price "from": "29,900원~에어마린")
    case 0x301c: // 〜
      return true;
    default:
      return isSymbolEnd(code);
  }
}

/** boundaryAt for a capital or digit glued to a letter or digit: "abroadABC", "2024Bloomberg". */
function boundaryAfterLetterOrDigit(text: string, i: number, start: number, end: number, before: number, digit: boolean): number {
  if (isLowerCode(before)) {
    if (digit) return BOUNDARY.letterDigit;
    if (isSurnamePrefix(text, i, start)) return BOUNDARY.insideWord;
    return text.startsWith('The ', i) ? BOUNDARY.caseChangeThe : BOUNDARY.caseChange;
  }
  if (isDigitCode(before)) {
    if (digit) return BOUNDARY.insideWord;
    // "$1.2MMendon Co. Record": a magnitude after the number, then the name.
    return isMagnitude(text, i) ? BOUNDARY.insideWord : BOUNDARY.digit;
  }
  // Latin capitals right after a script without case: "المبكرOxford House Muscat", also
  // after its vowel sign or virama ("வலியுறுத்தல்News18 Tamil"). Digits there are
  // mostly the sentence's own numbers ("约5天IT之家"): a weak start.
  if (isCaselessCode(before) || isMarkCode(before)) return digit ? BOUNDARY.letterDigit : BOUNDARY.caseChange;
  if (isUpperCode(before)) {
    if (digit) return BOUNDARY.letterDigit;
    // "$1.2MMendon": the number's magnitude, then the name, as right after a digit
    if (i - 2 >= start && isDigitCode(text.charCodeAt(i - 2)) && isMagnitude(text, i - 1)) return BOUNDARY.digit;
    if (isLowerCode(text.charCodeAt(i + 1))) return BOUNDARY.capitals;
    return repeatsCapitals(text, i, start, end) ? BOUNDARY.repeatedCapitals : BOUNDARY.insideCapitals;
  }
  // “ ‘ « closing a quotation: „…gerettet“Bote aus dem Ennstal (see closesQuote)
  return closesQuote(text, i - 1, start, before) ? BOUNDARY.punctuation : BOUNDARY.insideWord;
}

/** A single M, K, B or T right after a number and before a capitalised word: "$1.2MMendon". */
function isMagnitude(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code === 77 || code === 75 || code === 66 || code === 84) && isUpperCode(text.charCodeAt(i + 1)) && isLowerCode(text.charCodeAt(i + 2));
}

/** "the " and a capital at `i`. */
function isTheBeforeCapital(text: string, i: number): boolean {
  return text.startsWith('the ', i) && isUpperCode(text.charCodeAt(i + 4));
}

/** Does the word `text[from, wordEnd)`, with more words after it, end in a "The" glued to a capital or digit ("CSTThe")? */
function endsInGluedThe(text: string, from: number, wordEnd: number, end: number): boolean {
  return wordEnd - from > 3 && wordEnd < end && text.startsWith('The', wordEnd - 3) && isAsciiCapitalOrDigit(text.charCodeAt(wordEnd - 4));
}

/** Prefixes of surnames and names written with a capital after them: "McAllister", "MacLeod", "DeWitt". */
const SURNAME_PREFIXES: ReadonlySet<string> = new Set(['Mc', 'Mac', 'De', 'Di', 'Da', 'Du', 'Le', 'La', 'Van', 'Von', 'Fitz']);

/**
 * Does the word before the capital at `i` consist of a surname prefix only? Then the
 * capital goes on the same name ("Cameron DeWittAlbertaNow" → "AlbertaNow"), not
 * after a case change into a new one.
 */
function isSurnamePrefix(text: string, i: number, start: number): boolean {
  let wordStart = i - 1;
  while (wordStart > start && i - wordStart <= 4 && isLowerCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (i - wordStart > 3 || wordStart <= start) return false;
  // the prefix's capital, at the start of a word
  wordStart--;
  if (!isUpperCode(text.charCodeAt(wordStart))) return false;
  if (wordStart > start && !isSpaceCode(text.charCodeAt(wordStart - 1))) return false;
  return SURNAME_PREFIXES.has(text.slice(wordStart, i));
}

/**
 * Is the digit at `i` inside a number (after its decimal point, thousands separator or
 * a time's colon) rather than the start of a name glued to one?
 *
 *   "reconnected 9,800KORB"   → the name is "KORB"
 *   "quasi 1.200ANSA"         → likewise with a full stop
 *   "rand at R17.85Rand Ledger" → a decimal: "Rand Ledger"
 *   "won in 2:03:45Runner's World" → a time: "Runner's World"
 *   "feeMagic 88.5"           → inside "Magic 88.5"
 *
 * A digit-led name right after a number and a full stop ("in 2024.9News") is then
 * found only if someone vouches for it: decimals are far more common there.
 */
function isInsideNumber(text: string, i: number, start: number): boolean {
  const separator = text.charCodeAt(i - 1);
  return (
    (separator === 44 /* , */ || separator === 46 /* . */ || separator === 58 /* : */) &&
    i - 2 >= start &&
    isDigitCode(text.charCodeAt(i - 2))
  );
}

/** Quotation marks, straight and curly, and guillemets. */
function isQuoteCode(code: number): boolean {
  return code === 39 || code === 34 || (code >= 0x2018 && code <= 0x201f) || code === 0xab || code === 0xbb || code === 0x2039 || code === 0x203a;
}

/**
 * Does `text.slice(from, end)` hold a closing quotation mark glued to a capital
 * ("Work'Valley")? Not the apostrophe after a name's first letter ("O'Malley").
 */
function holdsGluedQuote(text: string, from: number, end: number): boolean {
  for (let k = from + 2; k < end - 1; k++) {
    if (isQuoteCode(text.charCodeAt(k)) && isUpperCode(text.charCodeAt(k + 1)) && !isSpaceCode(text.charCodeAt(k - 2))) return true;
  }
  return false;
}

/**
 * A sign that opens an amount: a digit after it belongs to the number ("above €10k",
 * "is ₹800", "up +2.3%"), though the sign ends a summary before a name ("16 €Stern").
 */
function isAmountSign(code: number): boolean {
  return code === 43 /* + */ || code === 0x20ac /* € */ || code === 0xa3 /* £ */ || code === 0xa5 /* ¥ */ || (code >= 0x20a0 && code <= 0x20c0);
}

/**
 * Does the word in capitals that ends at `i` start again at `i`? A summary that ends
 * with an outlet ("…told TSN") glued to the same outlet as the source ("TSN"):
 *
 *   "told TSNTSN"          → "TSN" | "TSN"
 *   "told the APAP News"   → "AP" | "AP News"
 *   "the NATONATO Review"  → likewise, whoever NATO Review is
 */
function repeatsCapitals(text: string, i: number, start: number, end: number): boolean {
  // The word can be no longer than what follows it: a long run of capitals costs no more.
  const earliest = Math.max(start, i - (end - i));
  let wordStart = i;
  while (wordStart > earliest && isUpperCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart > start && isUpperCode(text.charCodeAt(wordStart - 1))) return false; // longer than that
  const length = i - wordStart;
  if (length < 2 || i + length > end) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(wordStart + k) !== text.charCodeAt(i + k)) return false;
  return true;
}

/**
 * Is there a place in the text where a source could be glued on ("ExplainedBack roads
 * review", "sôngĐài Phát thanh")? Then the text is not a name standing alone, whatever
 * the guesses made of it.
 */
function hasGluePoint(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const boundary = boundaryAt(text, k, start, end);
    if (boundary > 0 && isGlued(boundary)) return true;
  }
  return false;
}

/**
 * Labels a page sets before a teaser instead of a summary; glued to the source they
 * end where it starts: "OpinionThe Washington Post", "ExplainedGulf Coast Journal",
 * "Part 2Harbor Ledger". Words that open outlets' names ("Live", "Watch", "Review")
 * are left out.
 */
const KICKERS: ReadonlySet<string> = new Set([
  'Opinion', 'Analysis', 'Explained', 'Explainer', 'Commentary', 'Editorial', 'Photos',
  'Gallery', 'Podcast', 'Interview', 'Exclusive', 'Recap', 'Preview', 'Obituary',
  'Perspective', 'Column', 'Satire',
  'Opinión', 'Análisis', 'Analisi', 'Análise', 'Opinião', 'Meinung', 'Kommentar',
  'Analyse', 'Éditorial', 'Chronique', 'Tribune', 'Editoriale', 'Commento', 'Entrevista',
  'Intervista', 'Fotos',
]);
const MIN_KICKER_LENGTH = 5;
const MAX_KICKER_LENGTH = 12;
/** "Part 2", "Episode 14": a series label. */
const SERIES_LABEL = /^(?:Part|Episode|Chapter) \d{1,3}$/;

/** Is `text.slice(start, i)` a kicker ("Opinion", "Part 2") glued to what follows? */
function isKicker(text: string, start: number, i: number): boolean {
  if (!isUpperCode(text.charCodeAt(start))) return false;
  const word = text.slice(start, i);
  return KICKERS.has(word) || SERIES_LABEL.test(word);
}

/** Can a summary end with `code`: punctuation ("." "…" "”" ")") or an emoji or symbol? */
function endsSummary(code: number): boolean {
  return isSummaryEndCode(code) || isSymbolEnd(code);
}

/** endsSummary for `text[k]`, or a quotation mark that closes there (see closesQuote). */
function endsSummaryAt(text: string, k: number, start: number): boolean {
  const code = text.charCodeAt(k);
  return endsSummary(code) || closesQuote(text, k, start, code);
}

/**
 * Does the quotation mark `code` at `text[k]` close a quotation? “ ‘ « open one in
 * English and French, but close one opened by „ ‚ » (German, Czech, Polish, Danish):
 * „Die Beschneiung hat uns gerettet“Bote aus dem Ennstal, »Det er på tide«Berlingske.
 */
function closesQuote(text: string, k: number, start: number, code: number): boolean {
  if (code !== 0x201c && code !== 0x2018 && code !== 0xab) return false;
  const opener = code === 0x201c ? '„' : code === 0x2018 ? '‚' : '»';
  return text.lastIndexOf(opener, k - 1) >= start;
}

/**
 * Is the apostrophe before `text[i]` an elided article's or a prefix's, glued to the
 * summary with the name it opens ("…montée des eauxL'Indépendant", "…saidO'Brien
 * Weekly")? A single capital before it, not ending a word in capitals: then the name
 * starts at that capital, not after the apostrophe.
 */
function isElision(text: string, i: number, start: number, before: number): boolean {
  if ((before !== 39 && before !== 0x2019) || i - 2 < start) return false;
  return isUpperCode(text.charCodeAt(i - 2)) && (i - 2 === start || !isUpperCode(text.charCodeAt(i - 3)));
}

/**
 * Does `code` end an emoji or a symbol ("🤔", "☕️", "→", "★")? A name glued after one
 * starts there, as after punctuation: "…needs four lenses 🤔Harbor Pod".
 */
function isSymbolEnd(code: number): boolean {
  return (
    (code >= 0xdc00 && code <= 0xdfff) || // the second half of an astral character: most emoji
    code === 0xfe0f || // the emoji presentation selector: "☕️"
    (code >= 0x2190 && code <= 0x2bff) // arrows, technical and other symbols, dingbats
  );
}
