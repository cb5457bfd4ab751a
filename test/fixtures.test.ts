// Fixture pairs: test/fixtures/NAME.txt → NAME.json (the whole Article), with options
// from NAME.options.json when present. `UPDATE=1 npx vitest run test/fixtures.test.ts`
// (or `npm run update-fixtures`) rewrites the JSON; review the diff before committing.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article, parseArticle, type ParseOptions } from '../src/index.js';
import { tokenize, type LineTable } from '../src/lex/tokenize.js';

const dir = join(import.meta.dirname, 'fixtures');
const update = process.env['UPDATE'] === '1';
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -4))
  .sort();

function load(name: string): { text: string; options: ParseOptions } {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const optionsPath = join(dir, `${name}.options.json`);
  const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : {};
  return { text, options };
}

describe('fixtures', () => {
  it('has at least 24 of them', () => {
    expect(names.length).toBeGreaterThanOrEqual(24);
  });

  describe.each(names)('%s', (name) => {
    const { text, options } = load(name);
    const article = parseArticle(text, options);
    const jsonPath = join(dir, `${name}.json`);

    it('matches its JSON', () => {
      if (update) writeFileSync(jsonPath, `${JSON.stringify(article, null, 2)}\n`);
      const expected: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'));
      expect(article).toEqual(expected);
    });

    it('passes the Article schema', () => {
      expect(Article.parse(article)).toEqual(article);
    });

    it('loses no line: each is data, structure or a diagnostic', () => {
      const lines = tokenize(text);
      const unaccounted = Array.from({ length: lines.count }, (_, i) => i).filter((i) => !accountedFor(lines, i, article));
      expect(unaccounted.map((i) => `${lines.number(i)}: ${lines.value(i)}`)).toEqual([]);
    });
  });
});

/** Is this line's content somewhere in the Article (or said in a diagnostic on its line)? */
function accountedFor(lines: LineTable, i: number, article: Article): boolean {
  const value = lines.value(i);
  const kind = lines.kind(i);
  if (kind === 'blank' || kind === 'separator') return true;
  if (article.diagnostics.some((d) => d.line === lines.number(i))) return true;
  if (article.headline === value || article.paragraphs.includes(value)) return true;
  if (kind === 'byline' && article.byline === lines.name(i)) return true;
  const rails = article.rails;
  if (rails.some((rail) => rail.heading === value)) return true;
  const items = rails.flatMap((rail) => rail.items);
  if (items.some((item) => item.title === value)) return true;
  if (kind === 'image') {
    const images = [article.heroImage, ...article.images];
    return images.some((image) => image !== null && value.includes(image.url));
  }
  if (kind === 'attribution') {
    // The glued summary + source must be exactly the text before " - age".
    const glued = value.slice(0, lines.sourceEnd(i) - lines.text(i).search(/\S/)).trim();
    return items.some(
      (item) =>
        value.includes(item.age?.text ?? '\u0000') &&
        glued.replace(/\s+/g, '') === `${item.summary ?? ''}${item.source ?? ''}`.replace(/\s+/g, ''),
    );
  }
  return false;
}
