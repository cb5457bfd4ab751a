// Severities as the page shows them: an icon and a word, never colour alone.
//
//   worstSeverity([info, error]) → "error"   SEVERITY_ICONS.error → "✖"

import type { Diagnostic } from '../../src/index.js';

export type Severity = Diagnostic['severity'];

export const SEVERITY_ICONS: Readonly<Record<Severity, string>> = { error: '✖', warning: '⚠', info: 'ℹ' };

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export function worstSeverity(diagnostics: readonly Diagnostic[]): Severity | null {
  let worst: Severity | null = null;
  for (const { severity } of diagnostics) if (worst === null || RANK[severity] > RANK[worst]) worst = severity;
  return worst;
}
