// newsdump: plain-text news page dumps → typed, validated Article objects.
// This file only re-exports; each piece lives in its layer (src/lex, src/tree, src/model).

export { parseArticle, type ParseOptions } from './parse-article.js';
export { FormatError, NewsDumpError } from './errors.js';
export {
  Article,
  Image,
  SectionRail,
  TeaserItem,
  Age,
  Diagnostic,
  RailKind,
  Severity,
  AGE_PATTERN,
} from './model/schema.js';
export { toArticle, type ModelOptions } from './model/to-article.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics.js';
export { parseAge } from './lex/age.js';
export { DEFAULT_SOURCES } from './tree/publishers.js';
export { parseTree, type TreeOptions } from './tree/parse-tree.js';
export type * from './tree/types.js';
export { formatArticle, type FormatOptions } from './format/format-article.js';
