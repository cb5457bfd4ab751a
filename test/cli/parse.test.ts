// `newsdump parse`, spawned as built: JSONL per input equal to parseArticle, stdin,
// --pretty, the --out tree, options, failures among good files, and exit statuses.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { FIXTURE_FILES, FIXTURES, fixtureText, scratchDir } from './fixtures.js';
import { jsonLines, runCli } from './run-cli.js';

/** Every file under `dir`, relative to it, sorted. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('newsdump parse: output', () => {
  it('writes one JSONL record per fixture, equal to parseArticle, in walk order', async () => {
    const result = await runCli(['parse', FIXTURES, '--jobs', '2']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = FIXTURE_FILES.map((file) => ({ file: join(FIXTURES, file), article: parseArticle(fixtureText(file)) }));
    expect(jsonLines(result.stdout)).toEqual(expected);
  });

  it('keeps input order whatever --jobs is, even when later inputs finish first', async () => {
    // Big dumps first, small ones after: with two threads the small ones finish early.
    const dir = scratchDir();
    const files: string[] = [];
    for (let i = 0; i < 60; i++) {
      const base = fixtureText(FIXTURE_FILES[i % FIXTURE_FILES.length]!);
      const lines = base.split('\n');
      const filler = i < 10 ? `${'The harbor board met again on Tuesday to weigh the pier plan. '.repeat(2000)}\n` : '';
      const file = join(dir, `dump-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, [lines[0], filler, ...lines.slice(1)].join('\n'));
      files.push(file);
    }
    const [one, two] = await Promise.all([runCli(['parse', dir, '--jobs', '1']), runCli(['parse', dir, '--jobs', '2'])]);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(two.stdout).map((record) => (record as { file: string }).file)).toEqual(files);
  });

  it('reads stdin when no path is given, and for "-" among files', async () => {
    const file = 'several-rails-of-each-kind.txt';
    const text = fixtureText(file);
    const alone = await runCli(['parse'], { input: text });
    expect(alone.status).toBe(0);
    expect(jsonLines(alone.stdout)).toEqual([{ file: '-', article: parseArticle(text) }]);

    const other = join(FIXTURES, 'headline-only-minimal.txt');
    const mixed = await runCli(['parse', other, '-'], { input: text });
    expect(jsonLines(mixed.stdout)).toEqual([
      { file: other, article: parseArticle(fixtureText('headline-only-minimal.txt')) },
      { file: '-', article: parseArticle(text) },
    ]);
  });

  it('prints one input as an indented Article with --pretty', async () => {
    const file = 'hero-title-paren-url-body-images.txt';
    const result = await runCli(['parse', join(FIXTURES, file), '--pretty']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(parseArticle(fixtureText(file)), null, 2)}\n`);
  });

  it('writes NAME.json files mirroring the input tree with --out, and nothing else', async () => {
    const dir = scratchDir();
    const input = join(dir, 'in');
    const placed = {
      'a.txt': 'several-rails-of-each-kind.txt',
      'world/b.txt': 'unicode-quotes-dashes-letters.txt',
      'world/europe/c.txt': 'crlf-byline-before-hero-boilerplate.txt',
    };
    for (const [target, source] of Object.entries(placed)) {
      mkdirSync(join(input, target, '..'), { recursive: true });
      copyFileSync(join(FIXTURES, source), join(input, target));
    }
    writeFileSync(join(input, 'world', 'notes.md'), 'not a dump\n');
    const out = join(dir, 'out');

    const result = await runCli(['parse', input, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(listTree(out)).toEqual(['a.json', 'world/b.json', 'world/europe/c.json']);
    for (const [target, source] of Object.entries(placed)) {
      const written = readFileSync(join(out, target.replace(/\.txt$/, '.json')), 'utf8');
      expect(written).toBe(`${JSON.stringify(parseArticle(fixtureText(source)), null, 2)}\n`);
    }
  });

  it('picks files by --ext in directories', async () => {
    const dir = scratchDir();
    copyFileSync(join(FIXTURES, 'headline-only-minimal.txt'), join(dir, 'a.txt'));
    copyFileSync(join(FIXTURES, 'headline-only-minimal.txt'), join(dir, 'b.DUMP'));
    const result = await runCli(['parse', dir, '--ext', '.dump,html']);
    expect(jsonLines(result.stdout).map((record) => (record as { file: string }).file)).toEqual([join(dir, 'b.DUMP')]);
  });
});

describe('newsdump parse: options', () => {
  const timed = 'captured-at-minutes-weeks.txt';

  it('passes --captured-at to the parser', async () => {
    const at = '2025-03-01T12:00:00Z';
    const result = await runCli(['parse', join(FIXTURES, timed), '--captured-at', at]);
    const [record] = jsonLines(result.stdout) as [{ article: { rails: { items: { publishedAt: string | null }[] }[] } }];
    expect(record.article).toEqual(parseArticle(fixtureText(timed), { capturedAt: at }));
    expect(record.article.rails[0]?.items[0]?.publishedAt).not.toBeNull();
  });

  it('uses each file\'s modification time with --captured-at mtime', async () => {
    const dir = scratchDir();
    const file = join(dir, 'dump.txt');
    copyFileSync(join(FIXTURES, timed), file);
    const mtime = new Date('2024-11-05T06:07:08Z');
    utimesSync(file, mtime, mtime);
    const result = await runCli(['parse', file, '--captured-at', 'mtime']);
    expect(jsonLines(result.stdout)).toEqual([{ file, article: parseArticle(fixtureText(timed), { capturedAt: mtime }) }]);
  });

  it('reads extra publishers from --sources, one a line', async () => {
    // "…told the UNWQXR - 2h": where the summary ends is a guess unless WQXR is known.
    const text = [
      'Harbor council approves new pier budget',
      'The council voted 7-2 on Tuesday.',
      '-',
      'Ferry fares frozen for another year',
      'Riders will pay the same through next spring, officials told the UNWQXR - 2h',
    ].join('\n');
    const dir = scratchDir();
    const dump = join(dir, 'dump.txt');
    writeFileSync(dump, text);
    const sourcesFile = join(dir, 'sources.txt');
    writeFileSync(sourcesFile, '\nWQXR\r\n  \nKQRT 7 News\n');
    const result = await runCli(['parse', dump, '--sources', sourcesFile]);
    const article = (jsonLines(result.stdout)[0] as { article: unknown }).article;
    expect(article).toEqual(parseArticle(text, { sources: ['WQXR', 'KQRT 7 News'] }));
    expect(article).not.toEqual(parseArticle(text)); // the option made a difference
  });

  it('fails an input at its first error diagnostic with --strict', async () => {
    const file = join(FIXTURES, 'malformed-lines-diagnostics.txt');
    const first = parseArticle(fixtureText('malformed-lines-diagnostics.txt')).diagnostics.find((d) => d.severity === 'error')!;
    const result = await runCli(['parse', file, '--strict']);
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { file, error: { code: first.code, message: first.message, line: first.line, column: first.column } },
    ]);
    expect(result.stderr).toBe(`${file}:${first.line}:${first.column}: ${first.code} ${first.message}\n`);
  });
});

describe('newsdump parse: failures', () => {
  it('reports a bad file among good ones, parses the others, and exits 1', async () => {
    const dir = scratchDir();
    const good = ['a-good.txt', 'c-good.txt'];
    for (const name of good) copyFileSync(join(FIXTURES, 'headline-only-minimal.txt'), join(dir, name));
    // "Ferry é" then a lone continuation byte: invalid UTF-8 at line 2, after 8 characters.
    writeFileSync(join(dir, 'b-latin1.txt'), Buffer.concat([Buffer.from('Headline\nFerry \u00e9 '), Buffer.from([0xe9]), Buffer.from('t\u00e9\n')]));
    const missing = join(dir, 'missing.txt');

    const result = await runCli(['parse', dir, missing, '--jobs', '2']);
    expect(result.status).toBe(1);
    const article = parseArticle(fixtureText('headline-only-minimal.txt'));
    expect(jsonLines(result.stdout)).toEqual([
      { file: join(dir, 'a-good.txt'), article },
      { file: join(dir, 'b-latin1.txt'), error: expect.objectContaining({ code: 'not-utf8', line: 2, column: 9 }) },
      { file: join(dir, 'c-good.txt'), article },
      { file: missing, error: expect.objectContaining({ code: 'unreadable', line: 1, column: 1 }) },
    ]);
    const stderr = result.stderr.trimEnd().split('\n');
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toMatch(new RegExp(`^${escape(join(dir, 'b-latin1.txt'))}:2:9: not-utf8 .*0xe9`));
    expect(stderr[1]).toMatch(new RegExp(`^${escape(missing)}:1:1: unreadable .*ENOENT`));
  });

  it('still writes the good files with --out when one fails', async () => {
    const dir = scratchDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    copyFileSync(join(FIXTURES, 'headline-only-minimal.txt'), join(input, 'good.txt'));
    writeFileSync(join(input, 'bad.txt'), Buffer.from([0x48, 0x69, 0xff, 0x0a]));
    const out = join(dir, 'out');
    const result = await runCli(['parse', input, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/bad\.txt:1:3: not-utf8 /);
    expect(listTree(out)).toEqual(['good.json']);
  });
});

describe('newsdump parse: usage', () => {
  const file = join(FIXTURES, 'headline-only-minimal.txt');

  it.each([
    ['an unknown option', ['parse', '--frobnicate', file]],
    ['--jobs 0', ['parse', '--jobs', '0', file]],
    ['--jobs two', ['parse', '--jobs', 'two', file]],
    ['a capture time that is no time', ['parse', '--captured-at', 'soon', file]],
    ['--pretty with --out', ['parse', '--pretty', '--out', 'somewhere', file]],
    ['--pretty with many inputs', ['parse', '--pretty', FIXTURES]],
    ['stdin twice', ['parse', '-', '-']],
    ['stdin twice in stats', ['stats', '-', '-']],
    ['--out with stdin', ['parse', '--out', 'somewhere', '-']],
    ['a --sources file that does not exist', ['parse', '--sources', join(FIXTURES, 'no-such-list.txt'), file]],
    ['an unknown command', ['frobnicate']],
    ['no command', []],
  ])('exits 2 with a usage message for %s', async (_, args) => {
    const result = await runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/usage: newsdump/i);
  });

  it('refuses an --out plan where two inputs would write one file', async () => {
    const dir = scratchDir();
    for (const sub of ['x', 'y']) {
      mkdirSync(join(dir, sub));
      copyFileSync(file, join(dir, sub, 'same.txt'));
    }
    const result = await runCli(['parse', join(dir, 'x'), join(dir, 'y'), '--out', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('would both be written to');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.each(['parse', 'map', 'schema', 'stats'])('has --help with examples for %s', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: newsdump ${command}`);
    expect(result.stdout).toMatch(new RegExp(`Examples:\\n\\s+\\$ newsdump ${command}`));
  });

  it('prints the package version with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
