// Diagnostics: what lenient parsing says instead of throwing. Codes are stable API
// (documented in the README); messages are for people and may be reworded.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units, like editors and unist). */
  column: number;
}

/** Every code the parser can emit, with its severity and what it means. */
export const DIAGNOSTIC_CODES = Object.freeze({
  'empty-input': {
    severity: 'error',
    description: 'The input holds no text at all (empty or only whitespace).',
  },
  'missing-headline': {
    severity: 'error',
    description: 'No text line comes before the first rail (the dump starts with "-", or holds only images or boilerplate before it).',
  },
  'orphan-line': {
    severity: 'error',
    description:
      'A text line inside a rail that is neither a teaser title (directly before an attribution line) nor a rail heading (directly before a "-"); its text is in the message.',
  },
  'unexpected-image': {
    severity: 'error',
    description: 'An image line inside a rail, where only headings and teasers belong.',
  },
  'malformed-image': {
    severity: 'warning',
    description:
      'A line shaped like a markdown image ("![" … ")") that does not parse as one; it is kept as a paragraph.',
  },
  'missing-source': {
    severity: 'warning',
    description:
      'An attribution line where no publisher name could be found before " - age"; the text is kept as the summary and source is null.',
  },
  'empty-rail': {
    severity: 'warning',
    description: 'A separator that opens a rail with no teasers.',
  },
  'guessed-source': {
    severity: 'info',
    description:
      'The summary/source boundary was found by a weak rule (no known publisher, no punctuation or case change at the boundary); check the source.',
  },
  'dropped-boilerplate': {
    severity: 'info',
    description: 'A boilerplate line ("Advertisement", "Continue reading" …) was left out; its text is in the message.',
  },
  'control-characters': {
    severity: 'warning',
    description: 'A line holds control characters (binary-looking input); it is parsed as text.',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>);

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  line: number,
  column: number,
): Diagnostic {
  return { severity: DIAGNOSTIC_CODES[code].severity, code, message, line, column };
}
