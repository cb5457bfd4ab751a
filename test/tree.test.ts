import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseTree, toArticle, type Root } from '../src/index.js';
import { CORPUS_SEED, generateCorpus } from '../bench/generate.js';
import { leavesOf, positionProblems } from './helpers/tree.js';

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => [file, readFileSync(join(dir, file), 'utf8')] as const);

const blindDir = join(import.meta.dirname, 'blind');
const blind = readdirSync(blindDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => [`blind/${file}`, readFileSync(join(blindDir, file), 'utf8')] as const);

const extraInputs: Array<readonly [string, string]> = [
  ['empty', ''],
  ['only a newline', '\n'],
  ['BOM only', '\uFEFF'],
  ['starts with a separator', '-\nTitle\nSummary.Reuters - 4h\n'],
  ['CR endings', 'Head\rBody.\r-\rT\rS.Reuters - 4h -\r'],
  ['indented attribution', 'Head\n-\n  T  \n   The pier reopened.Harbor Ledger - 4h -  \n'],
];

describe('parseTree', () => {
  it.each([...fixtures, ...extraInputs])('%s: leaves tile the input, positions agree with offsets', (_name, text) => {
    const tree = parseTree(text);
    expect(positionProblems(text, tree)).toEqual([]);
    expect(leavesOf(tree).map((leaf) => text.slice(leaf.position.start.offset, leaf.position.end.offset)).join('')).toBe(text);
  });

  it.each([...fixtures, ...blind, ...extraInputs])('%s: parseArticle is exactly toArticle(parseTree)', (_name, text) => {
    expect(parseArticle(text)).toStrictEqual(toArticle(parseTree(text)));
    const options = { sources: ['Harbor Ledger'], capturedAt: '2025-03-03T12:00:00Z' };
    expect(parseArticle(text, options)).toStrictEqual(toArticle(parseTree(text, options), options));
  });

  it('parseArticle is exactly toArticle(parseTree) on 200 generated bench dumps', () => {
    for (const text of generateCorpus(CORPUS_SEED, 200)) {
      expect(parseArticle(text, { capturedAt: 0 })).toStrictEqual(toArticle(parseTree(text), { capturedAt: 0 }));
    }
  });

  it.each(fixtures)('%s: the tree survives JSON', (_name, text) => {
    const tree = parseTree(text);
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });

  it('works with unist-util-visit', () => {
    const text = 'Head\nBy Ana Ruiz\nBody.\n-\nT\nSummary.Harbor Ledger - 4h -\nNo title here.Reuters - 1d';
    const tree: Root = parseTree(text);
    const types: string[] = [];
    visit(tree, (node) => {
      types.push(node.type);
    });
    expect(types).toEqual([
      'root',
      'article',
      'headline',
      'byline',
      'paragraph',
      'rail',
      'separator',
      'teaser',
      'teaserTitle',
      'attribution',
      'summary',
      'source',
      'age',
      'teaser',
      'attribution',
      'summary',
      'source',
      'age',
    ]);
    const sources: string[] = [];
    visit(tree, 'source', (node) => {
      sources.push((node as { value: string }).value);
    });
    expect(sources).toEqual(['Harbor Ledger', 'Reuters']);
  });

  it('marks the summary/source boundary inside a glued line', () => {
    const text = 'Head\n-\nTitle\nThe pier reopened.Harbor Ledger - 4h -\n';
    const tree = parseTree(text);
    const pieces = leavesOf(tree)
      .filter((leaf) => ['summary', 'source', 'age'].includes(leaf.type))
      .map((leaf) => [leaf.type, text.slice(leaf.position.start.offset, leaf.position.end.offset), leaf.position.start.column]);
    expect(pieces).toEqual([
      ['summary', 'The pier reopened.', 1],
      ['source', 'Harbor Ledger', 19],
      ['age', ' - 4h -\n', 32],
    ]);
  });

  it('carries diagnostics with the same positions as the nodes', () => {
    const text = 'Head\n-\nA stray line\nT\nS.Reuters - 4h';
    const tree = parseTree(text);
    const unknown = leavesOf(tree).find((leaf) => leaf.type === 'unknown');
    expect(unknown?.position.start).toMatchObject({ line: 3, column: 1 });
    expect(tree.data.diagnostics).toEqual([expect.objectContaining({ code: 'orphan-line', line: 3, column: 1 })]);
  });

  it('throws a TypeError naming a non-string', () => {
    expect(() => parseTree(7 as unknown as string)).toThrow('parseTree expects a string, got a number (7)');
  });
});
