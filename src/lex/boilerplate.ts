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
  // A loop, not /[…]+$/: an unanchored run before "$" would rescan from every start.
  let end = text.length;
  while (end > 0 && DECORATION.has(text.charAt(end - 1))) end--;
  return text.slice(0, end).toLowerCase().replace(/\s+/g, ' ');
}

/** Is this trimmed line boilerplate? */
export function isBoilerplate(text: string): boolean {
  if (text.length === 0 || text.length > MAX_BOILERPLATE_LENGTH) return false;
  return BOILERPLATE_PHRASES.has(normaliseBoilerplate(text));
}
