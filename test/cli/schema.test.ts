// `newsdump schema`: a valid draft 2020-12 JSON Schema that accepts what `parse` writes
// for every fixture, and rejects what is not an Article.

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures.js';
import { jsonLines, runCli } from './run-cli.js';

async function loadSchema(): Promise<Record<string, unknown>> {
  const result = await runCli(['schema']);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** Strict ajv: unknown keywords are errors. Formats are not checked (the pattern covers date-time). */
function strictAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
}

describe('newsdump schema', () => {
  it('prints a valid draft 2020-12 schema with the shared parts under $defs', async () => {
    const schema = await loadSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('Article');
    expect(Object.keys(schema['$defs'] as object).sort()).toEqual(['Age', 'Diagnostic', 'Image', 'SectionRail', 'TeaserItem']);
    const ajv = strictAjv();
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
  });

  it.each([[[]], [['--captured-at', '2025-03-10T08:00:00Z']]])(
    'accepts the Article of every fixture (parse %j)',
    async (options) => {
      const validate = strictAjv().compile(await loadSchema());
      const parsed = await runCli(['parse', FIXTURES, ...options]);
      const records = jsonLines(parsed.stdout) as { file: string; article: unknown }[];
      expect(records.length).toBeGreaterThanOrEqual(24);
      const invalid = records
        .filter((record) => !validate(record.article))
        .map((record) => `${record.file}: ${JSON.stringify(validate.errors)}`);
      expect(invalid).toEqual([]);
    },
  );

  it('rejects objects that are not Articles', async () => {
    const validate = strictAjv().compile(await loadSchema());
    const parsed = await runCli(['parse', `${FIXTURES}/several-rails-of-each-kind.txt`, '--captured-at', '2025-03-10T08:00:00Z']);
    const article = (jsonLines(parsed.stdout)[0] as { article: Record<string, unknown> & { rails: { kind: string; items: { publishedAt: string }[] }[] } }).article;
    expect(validate(article)).toBe(true);
    const broken = [
      { ...article, extra: true },
      { ...article, headline: 42 },
      { ...article, rails: [{ ...article.rails[0], kind: 'sidebar' }] },
      { ...article, rails: [{ ...article.rails[0], items: [{ ...article.rails[0]!.items[0], publishedAt: 'last Tuesday' }] }] },
      { ...article, diagnostics: [{ severity: 'error', code: 'no-such-code', message: '', line: 1, column: 1 }] },
    ];
    expect(broken.map((candidate) => validate(candidate))).toEqual([false, false, false, false, false]);
  });
});
