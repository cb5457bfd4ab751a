// Character classes the constructs share. ASCII is decided by code ranges; other
// letters by Unicode property, so "Élysée" and "Łódź" behave like "Paris".

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

export function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(ch);
}

export function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(ch);
}

export function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(ch);
}

export function isDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return NUMBER.test(ch);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

/**
 * Characters that can end a summary right before a glued source:
 * (not the hyphen, which names hold: "Post-Gazette")
 * `squad.ESPN`, `unusual — ...The Hill`, `"yes"Reuters`, `(R-S.C.)The Hill`, `5%Bloomberg`.
 */
const SUMMARY_END = new Set('.,;:!?…"”’\')]}%»—–*'.split(''));

export function isSummaryEnd(ch: string): boolean {
  return SUMMARY_END.has(ch);
}
