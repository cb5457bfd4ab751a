// Every regular expression in src/ is checked for super-linear backtracking (ReDoS)
// with recheck, which searches for attack strings automatically. The regexes are found
// by walking each source file's syntax tree, so a new one cannot be forgotten.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexLiterals(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(tree);
      const slash = literal.lastIndexOf('/');
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      found.push({ where: `${relative(root, file)}:${line}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const regexes = sourceFiles(root).flatMap(regexLiterals);

describe('regular expressions in src/', () => {
  it('are found', () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it.each(regexes.map((r) => [r.where, r] as const))('%s is safe from catastrophic backtracking', (_where, regex) => {
    const result = checkSync(regex.source, regex.flags.replace('g', ''));
    expect({ regex: `/${regex.source}/${regex.flags}`, status: result.status }).toEqual({
      regex: `/${regex.source}/${regex.flags}`,
      status: 'safe',
    });
  }, 30_000);
});
