// The data model: zod schemas are the contract, and each TypeScript type shares its
// schema's name. Parsing builds plain objects of these shapes (zod stays off the hot
// path); `Article.parse(x)` validates one, as the tests do for every fixture.

import { z } from 'zod';
import { AGE_PATTERN } from '../lex/age.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics.js';

export { AGE_PATTERN };

export const Image = z.strictObject({
  url: z.string(),
  alt: z.string(),
  title: z.string().nullable(),
});
export type Image = z.infer<typeof Image>;

export const Age = z.strictObject({
  /** As printed: "4h". */
  text: z.string().regex(AGE_PATTERN),
  /** m = 60, h = 3600, d = 86400, w = 604800. */
  seconds: z.number().int().nonnegative(),
});
export type Age = z.infer<typeof Age>;

export const TeaserItem = z.strictObject({
  title: z.string().nullable(),
  /** Verbatim, right-trimmed; a cut-off "..." or "…" is kept. */
  summary: z.string().nullable(),
  /** The summary ends in "..." or "…". */
  truncated: z.boolean(),
  source: z.string().nullable(),
  age: Age.nullable(),
  /** ISO 8601: capturedAt − age; null without capturedAt. */
  publishedAt: z.iso.datetime().nullable(),
});
export type TeaserItem = z.infer<typeof TeaserItem>;

export const RailKind = z.enum(['related', 'publisher', 'section', 'other']);
export type RailKind = z.infer<typeof RailKind>;

export const SectionRail = z.strictObject({
  heading: z.string().nullable(),
  kind: RailKind,
  /** X of "More from X" / "More in X", else the heading; null without a heading. */
  label: z.string().nullable(),
  items: z.array(TeaserItem),
});
export type SectionRail = z.infer<typeof SectionRail>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

const codes = Object.keys(DIAGNOSTIC_CODES) as [DiagnosticCode, ...DiagnosticCode[]];

export const Diagnostic = z.strictObject({
  severity: Severity,
  code: z.enum(codes),
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Article = z.strictObject({
  /** The first line with text. */
  headline: z.string().nullable(),
  /** The image line right after the headline (or after a byline). */
  heroImage: Image.nullable(),
  /** "By Jane Doe" → "Jane Doe". */
  byline: z.string().nullable(),
  /** Body lines, trimmed: no image, byline, boilerplate or blank lines. */
  paragraphs: z.array(z.string()),
  /** Image lines inside the body, in order. */
  images: z.array(Image),
  /** X of the first "More from X" rail. */
  publisher: z.string().nullable(),
  /** X of the first "More in X" rail. */
  section: z.string().nullable(),
  rails: z.array(SectionRail),
  diagnostics: z.array(Diagnostic),
});
export type Article = z.infer<typeof Article>;
