// Does a string look like a publisher's name?
//
//   yes: "The Wall Street Journal"  "9to5Mac"  "U.S. News & World Report"  "Barron's"
//        "Yahoo!"  "Inc."  "NJ.com"  "FOX 5 DC"  "Voice of the People"  "iNews"
//        "ABC News (Australia)"
//   no:  "the year before"  "Wins.Reuters"  "S.Metro Ledger"  "Hamas, designated ..."
//
// Used for sources no list knows: the words must be capitalised (or numbers, or small
// connectors inside), and the punctuation must be the kind names carry.

import { isDigitCode, isLetterCode, isLowerCode, isUpperCode } from './chars.js';

export const MAX_SOURCE_LENGTH = 60;
export const MAX_SOURCE_WORDS = 7;

/** Small words that may sit inside a name, never at either end. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', 'am',
  'de', 'la', 'le', 'du', 'des', 'del', 'da', 'di', 'do', 'dos', 'das', 'van', 'von', 'y', 'e',
  "'n'", '’n’', '&', '+', '-', '–', '—', '/',
]);

const MARK = /\p{M}/u;
/** No connector is longer than this ("the", "des", "von"): longer words skip the lookup. */
const MAX_CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((connector) => connector.length));

export function isPlausibleName(name: string): boolean {
  const length = name.length;
  if (length === 0 || length > MAX_SOURCE_LENGTH) return false;
  // The words of name.split(' ') (two spaces make an empty word), read in place by
  // index: this runs for many candidate splits of every teaser line, so no array and
  // no copies.
  let spaces = 0;
  for (let k = name.indexOf(' '); k !== -1; k = name.indexOf(' ', k + 1)) spaces++;
  if (spaces + 1 > MAX_SOURCE_WORDS) return false;
  let from = 0;
  for (let w = 0; w <= spaces; w++) {
    const space = name.indexOf(' ', from);
    const to = space === -1 ? length : space;
    if (w === 0 ? !isFirstWord(name, from, to) : !isLaterWord(name, from, to, w === spaces)) return false;
    from = to + 1;
  }
  return true;
}

/** Can `name.slice(from, to)` be a name's first word? Any word of a name but a connector. */
export function isFirstWord(name: string, from: number, to: number): boolean {
  return !isConnector(name, from, to) && isNameWord(name, from, to);
}

/**
 * Can `name.slice(from, to)` be a word after a name's first one (`last`: its last)?
 * A connector inside ("Voice of the People"), a qualifier in brackets at the end
 * ("ABC News (Australia)", "The Independent (UK)"), or a word of a name.
 */
export function isLaterWord(name: string, from: number, to: number, last: boolean): boolean {
  if (isConnector(name, from, to)) return !last;
  if (last && to - from > 1 && name.charCodeAt(from) === 40 /* ( */ && name.charCodeAt(to - 1) === 41 /* ) */) {
    return isNameWord(name, from + 1, to - 1);
  }
  return isNameWord(name, from, to);
}

function isConnector(name: string, from: number, to: number): boolean {
  return to - from <= MAX_CONNECTOR_LENGTH && CONNECTORS.has(name.slice(from, to));
}

/**
 * Is `name.slice(from, to)` a word of a name?
 * "Journal", "9to5Mac", "U.S.", "Post-Gazette", "Barron's", "Yahoo!", "NJ.com", "iNews".
 */
function isNameWord(name: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = name.charCodeAt(from);
  if (!isUpperCode(first) && !isDigitCode(first)) {
    // "iNews", "eWeek": a lowercase start needs a capital soon after;
    // "l'Estuaire", "d’Italia": an elided article before a capital.
    const second = name.charCodeAt(from + 1);
    const elided = (second === 39 || second === 0x2019) && to - from > 2 && isUpperCode(name.charCodeAt(from + 2));
    if (!isLowerCode(first) || to - from < 2 || (!isUpperCode(second) && !elided)) return false;
  }
  let segmentStart = from; // start of the current dot-separated segment
  for (let k = from + 1; k < to; k++) {
    const code = name.charCodeAt(k);
    if (isLetterCode(code) || isDigitCode(code)) continue;
    const atEnd = k + 1 === to;
    switch (code) {
      case 39: // '
      case 0x2019: // ’
      case 38: // &
      case 47: // /
      case 43: // +
        continue;
      case 45: // -
      case 0x2013: // –
        if (atEnd) return false;
        continue;
      case 33: // !
        if (!atEnd) return false;
        continue;
      case 46: // .
        // "NJ.com", "U.S.", "101.5": a domain, initials or a decimal number.
        if (
          !atEnd &&
          !isLowerCode(name.charCodeAt(k + 1)) &&
          !(isDigitCode(name.charCodeAt(k - 1)) && isDigitCode(name.charCodeAt(k + 1))) &&
          !isInitials(name, segmentStart, k, to)
        ) {
          return false;
        }
        segmentStart = k + 1;
        continue;
      default:
        if (MARK.test(name.charAt(k))) continue;
        return false;
    }
  }
  return true;
}

/** "U.S." style: the segment before the dot and the one after are single letters. */
function isInitials(name: string, segmentStart: number, dot: number, to: number): boolean {
  if (dot - segmentStart !== 1) return false;
  return isUpperCode(name.charCodeAt(dot + 1)) && (dot + 2 >= to || name.charCodeAt(dot + 2) === 46 /* . */);
}
