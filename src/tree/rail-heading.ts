// Rail headings: the line right before a "-" inside the rails.
//
//   "More from The Hill" → publisher, label "The Hill"
//   "More in Politics"   → section,   label "Politics"
//   "Related Stories"    → related,   label "Related Stories"
//   "Trending Now"       → other,     label "Trending Now"
//   (no heading)         → related,   label null

import { isBuiltInSource } from './source-book.js';
import { isPlausibleName } from './source-name.js';

export type RailKind = 'related' | 'publisher' | 'section' | 'other';

export interface HeadingMeaning {
  readonly kind: RailKind;
  readonly label: string | null;
}

// Anchored, and each space run ends where a non-space starts: linear on any input.
const MORE_FROM = /^more\s+from\s+(\S.*)$/i;
const MORE_IN = /^more\s+in\s+(\S.*)$/i;
const RELATED = /^related\b/i;

/** What a rail heading (trimmed) says about its rail. */
export function classifyHeading(heading: string | null): HeadingMeaning {
  if (heading === null) return { kind: 'related', label: null };
  const bare = withoutTrailingColons(heading);
  let match = MORE_FROM.exec(bare);
  if (match !== null) return { kind: 'publisher', label: (match[1] as string).trim() };
  match = MORE_IN.exec(bare);
  if (match !== null) return { kind: 'section', label: (match[1] as string).trim() };
  if (RELATED.test(heading)) return { kind: 'related', label: heading };
  return { kind: 'other', label: heading };
}

/** "More from X:" → "More from X" */
function withoutTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 58 /* : */) end--;
  return text.slice(0, end).trimEnd();
}

/**
 * Before the first "-" a short line is only a heading if it reads like one; otherwise
 * it is the article's last paragraph. These openings read like rail headings.
 */
const FIRST_RAIL_HEADING =
  /^(?:related|more (?:from|in|on) |more (?:stories|news|coverage|to read)|top (?:stories|news|headlines)|trending|most (?:read|popular|viewed|shared)|popular|recommended|you (?:may|might) also like|read next|up next|latest|also read|editor['’]?s['’]? (?:picks|choice)|around the web|from the web|in case you missed it|further reading|see also|what to read next)/i;

const MAX_HEADING_LENGTH = 60;

/**
 * Can this line (trimmed) head the first rail rather than end the article?
 * "More from Yahoo!" and "More in Science & Tech" can (the rest must be a name);
 * "More from the interview airs tonight." cannot.
 */
export function isFirstRailHeading(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return false;
  const meaning = classifyHeading(line);
  if (meaning.kind === 'publisher' || meaning.kind === 'section') {
    const label = meaning.label ?? '';
    return isPlausibleName(label) || isBuiltInSource(label);
  }
  const last = line.charAt(line.length - 1);
  if (last === '.' || last === '!' || last === '?' || last === '"' || last === '”') return false;
  return FIRST_RAIL_HEADING.test(line);
}
