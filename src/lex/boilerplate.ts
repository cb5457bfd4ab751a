// Boilerplate: page furniture flattened into the body, never part of the story.
//
//   "Advertisement"   "ADVERTISEMENT"   "Continue reading…"   "Story continues below advertisement"
//
// Matched whole (case, spacing and trailing punctuation ignored) against a fixed list,
// so a sentence that merely starts with "Read more" stays a paragraph.

/** The phrases, lowercase, single-spaced, without trailing punctuation. */
export const BOILERPLATE_PHRASES: ReadonlySet<string> = new Set([
  'advertisement',
  'advertisements',
  'advertisement - scroll to continue',
  'ad',
  'skip advertisement',
  'sponsored',
  'sponsored content',
  'scroll to continue',
  'scroll to continue with content',
  'continue reading',
  'continue reading below',
  'continue reading the main story',
  'story continues below',
  'story continues below advertisement',
  'article continues below',
  'article continues below advertisement',
  'read more',
  'read full article',
  'read the full article',
  'read the full story',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign up for our newsletter',
  'sign up for our newsletters',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share on x',
  'copy link',
  'link copied',
  'print',
  'email',
  'listen to this article',
  'listen to article',
  'click to expand',
  'click here to subscribe',
  'follow us on google news',
  'recommended videos',
  'watch video',
  'play video',
  'view comments',
  'show comments',
  'leave a comment',
  'comments',
  'loading',
  'open in app',
  'download the app',
  'supported by',
  'opens in new window',
]);

const MAX_BOILERPLATE_LENGTH = 60;
/** Trailing decoration: "Continue reading…", "Read more »", "Share:". */
const DECORATION = new Set([...' \t.:…!>»›→']);

/** Normalise a trimmed line for lookup: lowercase, single spaces, no trailing decoration. */
export function normaliseBoilerplate(text: string): string {
  return text.slice(0, decorationStart(text)).toLowerCase().replace(/\s+/g, ' ');
}

/** Where the trailing decoration begins (the text's length when there is none). */
function decorationStart(text: string): number {
  // A loop, not /[…]+$/: an unanchored run before "$" would rescan from every start.
  let end = text.length;
  while (end > 0 && DECORATION.has(text.charAt(end - 1))) end--;
  return end;
}

/**
 * How every phrase opens: its first three characters (two for "ad"), as one number.
 * A line that opens with none of these cannot be boilerplate, and most lines are
 * turned away here without being copied or lowercased.
 */
const OPENINGS: ReadonlySet<number> = new Set([...BOILERPLATE_PHRASES].map((phrase) => openingKey(phrase, phrase.length)));
/** The opening cannot be a phrase's. */
const NO_OPENING = -2;
/** The opening needs the full normalisation to tell. */
const ANY_OPENING = -1;

/**
 * The first (up to) three characters of `text.slice(0, end)`, lowercased, as one
 * number. Outside ASCII only two characters lowercase to ASCII letters: "K" (the
 * Kelvin sign, to "k") and "İ" (to "i" and a combining dot, which shifts the rest:
 * ANY_OPENING). Any other one stays outside ASCII or is whitespace (which becomes " "),
 * and no phrase holds either in its first three characters: NO_OPENING.
 */
function openingKey(text: string, end: number): number {
  let key = 0;
  for (let i = 0; i < 3 && i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 128) {
      if (code === 0x212a) code = 107; // K → k
      else return code === 0x130 ? ANY_OPENING : NO_OPENING;
    }
    key = key * 128 + code;
  }
  return key;
}

/** Is this trimmed line boilerplate? */
export function isBoilerplate(text: string): boolean {
  if (text.length === 0 || text.length > MAX_BOILERPLATE_LENGTH) return false;
  const opening = openingKey(text, decorationStart(text));
  if (opening !== ANY_OPENING && !OPENINGS.has(opening)) return false;
  return BOILERPLATE_PHRASES.has(normaliseBoilerplate(text));
}
