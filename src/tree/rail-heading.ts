// Rail headings: the line right before a "-" inside the rails.
//
//   "More from The Hill" → publisher, label "The Hill"
//   "More in Politics"   → section,   label "Politics"
//   "Related Stories"    → related,   label "Related Stories"
//   "Trending Now"       → other,     label "Trending Now"
//   "More from around the web" → other (a widget, no publisher)
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
/** What follows "More from" / "More in" on widgets that name no publisher or section. */
const NO_PUBLISHER = /^(?:around the (?:web|network|internet)|(?:our|the) (?:web|partners|network|sponsors)|elsewhere|partners)$/i;

/** What a rail heading (trimmed) says about its rail. */
export function classifyHeading(heading: string | null): HeadingMeaning {
  if (heading === null) return { kind: 'related', label: null };
  const bare = withoutTrailingColons(heading);
  let match = MORE_FROM.exec(bare);
  if (match !== null && !NO_PUBLISHER.test(match[1] as string)) return { kind: 'publisher', label: (match[1] as string).trim() };
  match = MORE_IN.exec(bare);
  if (match !== null && !NO_PUBLISHER.test(match[1] as string)) return { kind: 'section', label: (match[1] as string).trim() };
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
  /^(?:related|more (?:from|in|on) |more (?:stories|news|coverage|to read|headlines|articles|videos)|top (?:stories|news|headlines|picks)|trending|most (?:read|popular|viewed|shared|watched)|popular|recommended|you (?:may|might) also (?:like|enjoy)|read next|up next|next up|latest|also read|also on|editor['’]?s['’]? (?:picks|choice)|around the (?:web|network)|from the web|from our partners|in case you missed it|further reading|see also|what to read next|don['’]t miss|must read|catch up|keep reading)/i;

/** The same in other languages: "Lesen Sie auch", "Le plus lu", "Lo más leído", "Tin liên quan", "関連記事", … */
const FIRST_RAIL_HEADING_OTHER =
  /^(?:lesen sie auch|mehr zum thema|meistgelesen|meist gelesen|das könnte sie auch interessieren|auch interessant|weitere artikel|weitere nachrichten|(?:à |a )?lire aussi|les? plus lu|les plus lues?|sur le même sujet|à découvrir|voir aussi|dans la même rubrique|lo más leído|lo mas leido|(?:también )?te puede interesar|te recomendamos|noticias relacionadas|más noticias|lee también|leggi anche|(?:i )?più letti|ti potrebbe interessare|potrebbe interessarti|articoli correlati|altre notizie|leia também|veja também|mais lid[ao]s|notícias relacionadas|lees ook|meest gelezen|gerelateerd|meer nieuws|läs också|mest läst|les også|mest lest|læs også|mest læste|tin liên quan|đọc nhiều|berita terkait|baca juga|terpopuler|i̇lgili haberler|ilgili haberler|İlgili haberler|çok okunanlar|powiązane|czytaj też|czytaj także|najczęściej czytane|関連記事|関連ニュース|관련 기사|관련기사|많이 본 뉴스|أخبار ذات صلة|الأكثر قراءة|संबंधित खबरें|संबंधित)/i;

const MAX_HEADING_LENGTH = 60;
const MAX_GENERIC_HEADING_WORDS = 5;
const MAX_GENERIC_HEADING_LENGTH = 40;
/** Small words a Title Case heading may hold in lowercase: "Stories for You", "Best of the Week". */
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with', 'you', 'your', 'this', 'our', '&']);
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
/** Anything a sentence has and a heading does not: digits and sentence punctuation. */
const NOT_A_HEADING = /[\d.,;:!?"“”()\[\]…]/;

/**
 * Can this line (trimmed) head the first rail rather than end the article?
 * "More from Yahoo!" and "More in Science & Tech" can (the rest must be a name);
 * "Top stories", "Trending now" can; a short Title Case line ("Picks for You") can;
 * "More from the interview airs tonight." and "Thanks for reading" cannot.
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
  return FIRST_RAIL_HEADING.test(line) || FIRST_RAIL_HEADING_OTHER.test(line) || isTitleCaseHeading(line);
}

/** "Don't Miss", "Picks for You", "Around Harbor City" — not "Thanks for reading". */
function isTitleCaseHeading(line: string): boolean {
  if (line.length > MAX_GENERIC_HEADING_LENGTH || NOT_A_HEADING.test(line)) return false;
  const words = line.split(' ');
  if (words.length > MAX_GENERIC_HEADING_WORDS) return false;
  return words.every((word, i) => UPPER_START.test(word) || (i > 0 && HEADING_SMALL_WORDS.has(word)));
}
