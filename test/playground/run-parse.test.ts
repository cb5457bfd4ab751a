// One parse as the page runs it: options passed through, a refused option reported,
// strict mode reporting the NewsDumpError parseArticle throws.

import { describe, expect, it } from 'vitest';
import { NewsDumpError, parseArticle } from '../../src/index.js';
import { runParse, type PlaygroundOptions } from '../../playground/src/run-parse.js';
import { SMALL_DUMP } from './dumps.js';

const LENIENT: PlaygroundOptions = { capturedAt: '', sources: [], strict: false };

describe('runParse', () => {
  it('returns the tree, the Article parseArticle gives, and a time', () => {
    const run = runParse(SMALL_DUMP, LENIENT);
    expect(run.article).toEqual(parseArticle(SMALL_DUMP));
    expect(run.tree.type).toBe('root');
    expect(run.problem).toBeNull();
    expect(run.ms).toBeGreaterThanOrEqual(0);
  });

  it('passes capturedAt (trimmed) and extra sources through', () => {
    const text = 'Council picks a new clerk\n-\nRoads close for the race\nThe route runs along the river, police said Friday Eastbank Herald - 3h';
    const options = { capturedAt: ' 2025-05-02T10:00:00Z ', sources: ['Eastbank Herald'], strict: false };
    const run = runParse(text, options);
    expect(run.article).toEqual(parseArticle(text, { capturedAt: '2025-05-02T10:00:00Z', sources: ['Eastbank Herald'] }));
    expect(run.article.rails[0]?.items[0]?.source).toBe('Eastbank Herald');
    expect(run.article.rails[0]?.items[0]?.publishedAt).toBe('2025-05-02T07:00:00.000Z');
    expect(runParse(text, LENIENT).article.rails[0]?.items[0]?.source).not.toBe('Eastbank Herald');
  });

  it('reports a refused capturedAt and parses without it', () => {
    const run = runParse(SMALL_DUMP, { ...LENIENT, capturedAt: 'next tuesday' });
    expect(run.problem?.kind).toBe('options');
    expect(run.problem?.message).toMatch(/capturedAt/);
    expect(run.article.rails[0]?.items[0]?.publishedAt).toBeNull();
  });

  it('in strict mode reports the NewsDumpError parseArticle throws, and still shows the Article', () => {
    let thrown: unknown;
    try {
      parseArticle(SMALL_DUMP, { strict: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NewsDumpError);
    const error = thrown as NewsDumpError;
    const run = runParse(SMALL_DUMP, { ...LENIENT, strict: true });
    expect(run.problem).toEqual({ kind: 'strict', message: error.message, code: error.code, line: error.line, column: error.column });
    expect(run.article.headline).toBe('Bridge inspection finds cracks in the east span');
  });

  it('in strict mode reports nothing for a dump without errors', () => {
    const clean = SMALL_DUMP.split('\n').filter((line) => line !== 'Leftover menu text').join('\n');
    expect(runParse(clean, { ...LENIENT, strict: true }).problem).toBeNull();
  });
});
