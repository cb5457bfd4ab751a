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

/** Parse a trimmed image-shaped line; `null` when it is not exactly one image. */
export function parseImage(line: string): ParsedImage | null {
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
