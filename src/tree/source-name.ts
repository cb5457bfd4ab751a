// Does a string look like a publisher's name?
//
//   yes: "The Wall Street Journal"  "9to5Mac"  "U.S. News & World Report"  "Barron's"
//        "Yahoo!"  "Inc."  "NJ.com"  "FOX 5 DC"  "Voice of the People"  "iNews"
//        "ABC News (Australia)"
//   no:  "the year before"  "Wins.Reuters"  "S.Metro Ledger"  "Hamas, designated ..."
//
// Used for sources no list knows: the words must be capitalised (or numbers, or small
// connectors inside), and the punctuation must be the kind names carry.

import { isDigit, isLetter, isLower, isUpper } from './chars.js';

export const MAX_SOURCE_LENGTH = 60;
export const MAX_SOURCE_WORDS = 7;

/** Small words that may sit inside a name, never at either end. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', 'am',
  'de', 'la', 'le', 'du', 'des', 'del', 'da', 'di', 'van', 'von', 'y',
  '&', '+', '-', '–', '—', '/',
]);

const MARK = /\p{M}/u;

export function isPlausibleName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_SOURCE_LENGTH) return false;
  const words = name.split(' ');
  if (words.length > MAX_SOURCE_WORDS) return false;
  const lastWord = words.length - 1;
  for (let w = 0; w <= lastWord; w++) {
    const word = words[w] as string;
    if (CONNECTORS.has(word)) {
      if (w === 0 || w === lastWord) return false;
      continue;
    }
    // A qualifier in brackets may close a name: "ABC News (Australia)", "The Independent (UK)".
    if (w === lastWord && w > 0 && word.startsWith('(') && word.endsWith(')')) {
      if (!isNameWord(word.slice(1, -1))) return false;
      continue;
    }
    if (!isNameWord(word)) return false;
  }
  return true;
}

/** "Journal", "9to5Mac", "U.S.", "Post-Gazette", "Barron's", "Yahoo!", "NJ.com", "iNews". */
function isNameWord(word: string): boolean {
  if (word.length === 0) return false;
  const first = word.charAt(0);
  if (!isUpper(first) && !isDigit(first)) {
    // "iNews", "eWeek": a lowercase start needs a capital soon after.
    if (!isLower(first) || word.length < 2 || !isUpper(word.charAt(1))) return false;
  }
  let segmentStart = 0; // start of the current dot-separated segment
  for (let k = 1; k < word.length; k++) {
    const ch = word.charAt(k);
    if (isLetter(ch) || isDigit(ch)) continue;
    const next = word.charAt(k + 1); // "" at the end of the word
    switch (ch) {
      case "'":
      case '’':
      case '&':
      case '/':
      case '+':
        continue;
      case '-':
      case '–':
        if (next === '') return false;
        continue;
      case '!':
        if (next !== '') return false;
        continue;
      case '.': {
        if (next !== '' && !isLower(next) && !isInitials(word, segmentStart, k)) return false;
        segmentStart = k + 1;
        continue;
      }
      default:
        if (MARK.test(ch)) continue;
        return false;
    }
  }
  return true;
}

/** "U.S." style: the segment before the dot and the one after are single letters. */
function isInitials(word: string, segmentStart: number, dot: number): boolean {
  if (dot - segmentStart !== 1) return false;
  const after = word.charAt(dot + 2);
  return isUpper(word.charAt(dot + 1)) && (after === '' || after === '.');
}
