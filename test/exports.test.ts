// The public API is a promise: this fails when an export appears or disappears, so
// that the change is made on purpose (update the list and the README together).

import { describe, expect, it } from 'vitest';
import * as newsdump from '../src/index.js';

describe('public exports', () => {
  it('are exactly these', () => {
    expect(Object.keys(newsdump).sort()).toEqual(
      [
        'AGE_PATTERN',
        'Age',
        'Article',
        'DEFAULT_SOURCES',
        'DIAGNOSTIC_CODES',
        'Diagnostic',
        'FormatError',
        'Image',
        'NewsDumpError',
        'RailKind',
        'SectionRail',
        'Severity',
        'TeaserItem',
        'formatArticle',
        'parseAge',
        'parseArticle',
        'parseTree',
        'toArticle',
      ].sort(),
    );
  });

  it('export schemas that validate', () => {
    expect(newsdump.Age.parse({ text: '4h', seconds: 14_400 })).toEqual({ text: '4h', seconds: 14_400 });
    expect(() => newsdump.Age.parse({ text: '4 hours', seconds: 14_400 })).toThrow();
    expect(newsdump.RailKind.options).toEqual(['related', 'publisher', 'section', 'other']);
  });

  it('ship a built-in publisher list of the promised kind', () => {
    const sources = newsdump.DEFAULT_SOURCES;
    expect(sources.length).toBeGreaterThanOrEqual(150);
    expect(new Set(sources).size).toBe(sources.length);
    expect(Object.isFrozen(sources)).toBe(true);
    expect(sources.some((s) => s.endsWith('.'))).toBe(true);
    for (const mark of ['&', "'", '!']) expect(sources.some((s) => s.includes(mark))).toBe(true);
    expect(sources.some((s) => /\d/.test(s))).toBe(true);
    expect(sources.some((s) => /^[A-Z]{3,}$/.test(s))).toBe(true);
    for (const name of ['Reuters', 'Associated Press', 'ESPN', 'Inc.', 'The Hill', 'BBC News', 'The Guardian']) {
      expect(sources).toContain(name);
    }
  });

  it('document every diagnostic code with its severity', () => {
    for (const [code, entry] of Object.entries(newsdump.DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });
});
