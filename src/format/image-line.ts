// Write an image as one Markdown line that the image construct reads back exactly.
//
//   { url: "https://x/a_(1).jpg", alt: "Pier [west]", title: "Dawn" }
//   → ![Pier \[west\]](https://x/a_(1).jpg "Dawn")
//
// Only what CommonMark would otherwise read differently is escaped: brackets and
// emphasis marks in the alt text, a backslash, an ampersand that starts an entity, and
// the quote in the title. A URL with spaces or unbalanced parentheses goes in <…>.

import type { Image } from '../model/schema.js';

/** Characters CommonMark gives a meaning to inside link text. */
const ALT_SPECIAL = /[\\[\]*_`!<>]/g;
/** An ampersand that would start a character reference ("&amp;", "&#38;"). */
const ENTITY_START = /&(?=#?[A-Za-z0-9]{1,32};)/g;
const URL_PLAIN = /^[^\s<>\\]*$/;

export function imageLine(image: Image): string {
  const alt = image.alt.replace(ALT_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
  const title = image.title === null ? '' : ` "${escapeTitle(image.title)}"`;
  return `![${alt}](${destination(image.url)}${title})`;
}

function destination(url: string): string {
  if (url.length > 0 && URL_PLAIN.test(url) && balanced(url)) return url.replace(ENTITY_START, '\\&');
  return `<${url.replace(/[\\<>]/g, '\\$&').replace(ENTITY_START, '\\&')}>`;
}

function escapeTitle(title: string): string {
  return title.replace(/[\\"]/g, '\\$&').replace(ENTITY_START, '\\&');
}

/** Parentheses nest properly, as a raw CommonMark destination requires. */
function balanced(url: string): boolean {
  let depth = 0;
  for (const ch of url) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
