// The roles a line (or a piece of an attribution line) can play, with the words the
// page shows for them: the gutter, the legend and the hover label all read these.
//
//   leaf type "teaserTitle" → role "teaserTitle" → label "teaser title"

import type { Leaf } from '../../src/index.js';

/** A leaf's role is its node type. */
export type Role = Leaf['type'];

/**
 * A whole line's role: a leaf's, or `attribution` for a line split into summary,
 * source and age, or `none` where no leaf covers the line.
 */
export type LineRole = Role | 'attribution' | 'none';

/** Every role in legend order (article first, then the rails). */
export const ROLES: readonly Role[] = [
  'headline',
  'byline',
  'image',
  'paragraph',
  'boilerplate',
  'blank',
  'railHeading',
  'separator',
  'teaserTitle',
  'summary',
  'source',
  'age',
  'unknown',
];

export const ROLE_LABELS: Readonly<Record<LineRole, string>> = {
  headline: 'headline',
  byline: 'byline',
  image: 'image',
  paragraph: 'paragraph',
  boilerplate: 'boilerplate',
  blank: 'blank',
  railHeading: 'rail heading',
  separator: 'separator',
  teaserTitle: 'teaser title',
  summary: 'summary',
  source: 'source',
  age: 'age',
  unknown: 'unknown',
  attribution: 'attribution',
  none: 'no node',
};
