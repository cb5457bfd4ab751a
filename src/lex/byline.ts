// A byline line: "By" and a name.
//
//   "By Jane Doe"              → "Jane Doe"
//   "By Jane Doe, Staff Writer" → "Jane Doe"
//   "BY: Ana Ruiz and Tom Lee" → "Ana Ruiz and Tom Lee"
//   "By the numbers: a year"   → null (a sentence, not a name)
//
// Only the shape is checked here; whether a byline-shaped line *is* the byline is
// the grammar's call (it must sit at the top of the article).

/** "By", an optional colon, then the rest. */
const BYLINE = /^by:?[ \t\u00a0]+(\S.*)$/i;

/** Lowercase words that can sit inside a name ("Maria de la Cruz", "Ana Ruiz and Tom Lee"). */
const NAME_PARTICLES = new Set([
  'and', '&', 'de', 'del', 'della', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'du',
  'la', 'le', 'van', 'von', 'y', 'e', 'bin', 'bint', 'al', 'el', 'ter', 'ten',
]);

const MAX_NAME_LENGTH = 120;
const MAX_NAME_WORDS = 14;
/** A name may end in "Jr." or an initial, not in a sentence's full stop. */
const NAME_FINAL_ABBREVIATION = /(?:^|\s)(?:\p{Lu}|Jr|Sr|St)\.$/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;

/** The name of a byline-shaped line, or `null`. `text` is the trimmed line. */
export function matchByline(text: string): string | null {
  if (text.length < 4 || (text.charCodeAt(0) | 32) !== 98 /* b */) return null;
  const match = BYLINE.exec(text);
  if (match === null) return null;
  const name = (match[1] as string).trim();
  if (name.length > MAX_NAME_LENGTH) return null;
  const last = name.charAt(name.length - 1);
  if (last === '!' || last === '?' || last === ':' || last === ';' || last === ',') return null;
  if (last === '.' && !NAME_FINAL_ABBREVIATION.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  // The first two words decide: "Jane Doe", "Jane de Vries"; not "the numbers".
  for (let i = 0; i < Math.min(words.length, 2); i++) {
    const word = words[i] as string;
    if (i > 0 && NAME_PARTICLES.has(word.toLowerCase())) continue;
    if (!UPPER_START.test(word)) return null;
  }
  // "Jane Doe, Staff Writer" → "Jane Doe": what follows a comma is a role, not the name.
  const comma = name.indexOf(',');
  return comma > 0 ? name.slice(0, comma).trimEnd() : name;
}
