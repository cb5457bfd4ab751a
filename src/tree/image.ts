// An image line: the one place where the dump really is Markdown.
//
//   ![Harbor at dawn](https://img.example/a_(1).jpg "Photo: K. Lund")
//   → { url: "https://img.example/a_(1).jpg", alt: "Harbor at dawn", title: "Photo: K. Lund" }
//
// The line is handed to one frozen remark-parse processor (CommonMark's rules for
// titles, escapes and parentheses in URLs); only the running text of the dump is kept
// away from Markdown, where `text⏎-` would turn into a setext heading.

import type { Image, Paragraph, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ParsedImage {
  url: string;
  alt: string;
  title: string | null;
}

const markdown = unified().use(remarkParse).freeze();

/**
 * Bounds that keep Markdown's bracket matching linear: CommonMark's link-label search
 * grows faster than the input on lines such as 10,000 nested "![" / "](". No real image
 * line comes near either bound; one that does is reported as a malformed image.
 */
const MAX_IMAGE_LINE = 16_384;
const MAX_BRACKETS = 32;

/** Parse a trimmed image-shaped line; `null` when it is not exactly one image. */
export function parseImage(line: string): ParsedImage | null {
  if (line.length > MAX_IMAGE_LINE || countOf(line, '[') > MAX_BRACKETS) return null;
  const root = markdown.parse(line) as Root;
  if (root.children.length !== 1) return null;
  const paragraph = root.children[0];
  if (paragraph === undefined || paragraph.type !== 'paragraph') return null;
  const image = onlyImage(paragraph);
  if (image === null) return null;
  return { url: image.url, alt: image.alt ?? '', title: image.title ?? null };
}

function onlyImage(paragraph: Paragraph): Image | null {
  if (paragraph.children.length !== 1) return null;
  const child = paragraph.children[0];
  return child !== undefined && child.type === 'image' ? child : null;
}

function countOf(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) count++;
  return count;
}
