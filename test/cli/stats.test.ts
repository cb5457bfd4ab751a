// `newsdump stats`: the counts match what parseArticle gives for the same files.

import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { FIXTURE_FILES, FIXTURES, fixtureText, scratchDir } from './fixtures.js';
import { runCli } from './run-cli.js';

/** The report, counted independently from parseArticle's output. */
function expectedReport(top: number) {
  const articles = FIXTURE_FILES.map((file) => parseArticle(fixtureText(file)));
  const rails = articles.flatMap((article) => article.rails);
  const items = rails.flatMap((rail) => rail.items);
  const sources = new Map<string, number>();
  for (const item of items) if (item.source !== null) sources.set(item.source, (sources.get(item.source) ?? 0) + 1);
  const diagnostics = new Map<string, number>();
  for (const d of articles.flatMap((article) => article.diagnostics)) diagnostics.set(d.code, (diagnostics.get(d.code) ?? 0) + 1);
  const ranked = <K extends string>(map: Map<K, number>) => [...map].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en'));
  const kinds = (kind: string) => rails.filter((rail) => rail.kind === kind).length;
  return {
    articles: articles.length,
    failed: 0,
    rails: { total: rails.length, related: kinds('related'), publisher: kinds('publisher'), section: kinds('section'), other: kinds('other') },
    teasers: items.length,
    teasersWithoutSource: items.filter((item) => item.source === null).length,
    sources: { distinct: sources.size, top: ranked(sources).slice(0, top).map(([source, count]) => ({ source, count })) },
    diagnostics: Object.fromEntries(ranked(diagnostics)),
    failures: {},
  };
}

describe('newsdump stats', () => {
  it('counts articles, rails, teasers, top sources and diagnostics (--json)', async () => {
    const result = await runCli(['stats', FIXTURES, '--json', '--top', '5']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ReturnType<typeof expectedReport>;
    const expected = expectedReport(5);
    // Equal counts may rank in either order between two counters; compare counts, then names as sets.
    expect({ ...report, sources: report.sources.distinct }).toEqual({ ...expected, sources: expected.sources.distinct });
    expect(report.sources.top.map((entry) => entry.count)).toEqual(expected.sources.top.map((entry) => entry.count));
    expect(report.sources.top).toHaveLength(5);
    expect(report.articles).toBe(FIXTURE_FILES.length);
  });

  it('prints a readable summary, top 20 sources by default', async () => {
    const result = await runCli(['stats', FIXTURES]);
    expect(result.status).toBe(0);
    const expected = expectedReport(20);
    expect(result.stdout).toMatch(new RegExp(`^articles\\s+${expected.articles}\\n`));
    expect(result.stdout).toMatch(new RegExp(`\\nteasers\\s+${expected.teasers}\\b`));
    expect(result.stdout).toContain(`${expected.sources.distinct}   distinct, top 20:`);
    const [topSource] = expected.sources.top;
    expect(result.stdout).toMatch(new RegExp(`\\n\\s+${topSource!.count}  ${topSource!.source}\\n`));
    for (const code of Object.keys(expected.diagnostics)) expect(result.stdout).toContain(` ${code} (`);
  });

  it('counts unreadable inputs as failures and exits 1', async () => {
    const dir = scratchDir();
    copyFileSync(join(FIXTURES, 'several-rails-of-each-kind.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xc3, 0x28]));
    const result = await runCli(['stats', dir, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { articles: number; failed: number; failures: Record<string, number> };
    expect(report).toMatchObject({ articles: 1, failed: 1, failures: { 'not-utf8': 1 } });
    expect(result.stderr).toMatch(/bad\.txt:1:1: not-utf8 /);
  });
});
