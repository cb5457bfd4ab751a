// The positioned tree (unist-compatible): one node per input line at least, every
// node with a position, leaves that tile the input exactly once.

import type { Diagnostic } from '../diagnostics.js';
import type { RailKind } from './rail-heading.js';

/** A place in the input: 1-based line and column, 0-based offset (UTF-16 units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Where a node sits: `start` inclusive, `end` exclusive. */
export interface Position {
  start: Point;
  end: Point;
}

interface NodeBase {
  position: Position;
}

/**
 * A leaf: one whole line (with its line ending) or a piece of an attribution line.
 * `value` is the meaningful text (trimmed); `position` spans the raw characters.
 */
interface LeafBase extends NodeBase {
  value: string;
}

export interface Headline extends LeafBase {
  type: 'headline';
}
export interface Byline extends LeafBase {
  type: 'byline';
  /** "By Jane Doe" → "Jane Doe". */
  name: string;
}
export interface ImageNode extends LeafBase {
  type: 'image';
  url: string;
  alt: string;
  title: string | null;
  /** The hero image at the top of the article (not a body image). */
  hero: boolean;
}
export interface Paragraph extends LeafBase {
  type: 'paragraph';
}
export interface Boilerplate extends LeafBase {
  type: 'boilerplate';
}
export interface Blank extends LeafBase {
  type: 'blank';
}
/** A line the grammar could not place; a diagnostic says why. */
export interface Unknown extends LeafBase {
  type: 'unknown';
}
export interface RailHeading extends LeafBase {
  type: 'railHeading';
}
export interface Separator extends LeafBase {
  type: 'separator';
}
export interface TeaserTitle extends LeafBase {
  type: 'teaserTitle';
}
/** The summary before the glued source (leading spaces of the line included in the span). */
export interface Summary extends LeafBase {
  type: 'summary';
  truncated: boolean;
}
export interface Source extends LeafBase {
  type: 'source';
}
/** " - 4h -⏎": the age, with the " - " before it, an item separator and the line ending. */
export interface AgeNode extends LeafBase {
  type: 'age';
  seconds: number;
}
export interface Attribution extends NodeBase {
  type: 'attribution';
  /** The line ended with the item separator " -". */
  itemSeparator: boolean;
  children: Array<Summary | Source | AgeNode>;
}
/** An optional title, any blank or boilerplate lines, then the attribution (always last). */
export interface Teaser extends NodeBase {
  type: 'teaser';
  children: Array<TeaserTitle | Blank | Boilerplate | Attribution>;
}

export type ArticleContent =
  | Headline
  | Byline
  | ImageNode
  | Paragraph
  | Boilerplate
  | Blank
  | Unknown;

export interface ArticleNode extends NodeBase {
  type: 'article';
  children: ArticleContent[];
}

export type RailContent = RailHeading | Separator | Teaser | Boilerplate | Blank | Unknown;

export interface Rail extends NodeBase {
  type: 'rail';
  kind: RailKind;
  /** X of "More from X" / "More in X", else the heading, null without one. */
  label: string | null;
  children: RailContent[];
}

export interface Root extends NodeBase {
  type: 'root';
  children: [ArticleNode, ...Rail[]];
  data: { diagnostics: Diagnostic[] };
}

export type Leaf =
  | ArticleContent
  | RailHeading
  | Separator
  | TeaserTitle
  | Summary
  | Source
  | AgeNode;

export type TreeNode = Root | ArticleNode | Rail | Teaser | Attribution | Leaf;
