// `newsdump map`, spawned as built: one output line per input line, in order, with ids
// echoed and bad records as error lines; and 200 MB through a 128 MB heap.

import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { FIXTURE_FILES, fixtureText } from './fixtures.js';
import { CLI, jsonLines, runCli } from './run-cli.js';

const strictFailing = fixtureText('malformed-lines-diagnostics.txt');
const firstError = parseArticle(strictFailing).diagnostics.find((d) => d.severity === 'error')!;

/** Input lines (as text) and the output each must give, side by side. */
const CASES: { line: string; expected: unknown }[] = [
  {
    line: JSON.stringify({ id: 1, text: fixtureText('several-rails-of-each-kind.txt') }),
    expected: { id: 1, article: parseArticle(fixtureText('several-rails-of-each-kind.txt')) },
  },
  {
    line: JSON.stringify({ id: 'two', text: fixtureText('unicode-quotes-dashes-letters.txt'), capturedAt: '2025-03-01T12:00:00Z' }),
    expected: { id: 'two', article: parseArticle(fixtureText('unicode-quotes-dashes-letters.txt'), { capturedAt: '2025-03-01T12:00:00Z' }) },
  },
  { line: 'Harbor ferry (not JSON)', expected: { id: null, error: { code: 'invalid-record', message: expect.stringMatching(/^not JSON/) } } },
  { line: JSON.stringify({ id: [3], text: 5 }), expected: { id: [3], error: { code: 'invalid-record', message: '"text" must be a string, got a number (5)' } } },
  { line: '', expected: { id: null, error: { code: 'invalid-record', message: 'an empty line' } } },
  { line: JSON.stringify(['a', 'list']), expected: { id: null, error: { code: 'invalid-record', message: expect.stringContaining('JSON object') } } },
  {
    line: JSON.stringify({ id: { shard: 7 }, text: 'Headline only', capturedAt: 'someday' }),
    expected: { id: { shard: 7 }, error: { code: 'invalid-record', message: expect.stringContaining('capturedAt') } },
  },
  {
    line: JSON.stringify({ id: 8, text: strictFailing }),
    expected: {
      id: 8,
      error: { code: firstError.code, message: firstError.message, line: firstError.line, column: firstError.column },
    },
  },
  { line: JSON.stringify({ text: 'No id here' }), expected: { id: null, article: parseArticle('No id here') } },
];

describe('newsdump map', () => {
  it.each([['1'], ['2']])('answers every line, in order, with --jobs %s', async (jobs) => {
    const input = `${CASES.map((c) => c.line).join('\n')}\n`;
    const result = await runCli(['map', '--strict', '--jobs', jobs], { input });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toHaveLength(CASES.length + 1);
    expect(jsonLines(result.stdout)).toEqual(CASES.map((c) => c.expected));
  });

  it('takes CRLF line ends and a last line without one', async () => {
    const records = FIXTURE_FILES.slice(0, 3).map((file, i) => ({ id: i, text: fixtureText(file) }));
    const input = records.map((record) => JSON.stringify(record)).join('\r\n');
    const result = await runCli(['map', '--captured-at', '2025-06-01T00:00:00Z'], { input });
    expect(jsonLines(result.stdout)).toEqual(
      records.map(({ id, text }) => ({ id, article: parseArticle(text, { capturedAt: '2025-06-01T00:00:00Z' }) })),
    );
  });

  it('names a line that is not UTF-8, keeping its id when it can be read', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"latin1","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const result = await runCli(['map'], { input: bad });
    expect(jsonLines(result.stdout)).toEqual([{ id: 'latin1', error: { code: 'not-utf8', message: expect.stringContaining('offset 26') } }]);
  });

  it('maps 200 MB of records in order with a 128 MB heap', async () => {
    const TARGET_BYTES = 200 * 1024 * 1024;
    const texts = FIXTURE_FILES.map((file) => {
      // Realistic article sizes: each fixture's body grows to a few kilobytes per paragraph.
      const [headline, ...rest] = fixtureText(file).split('\n');
      const body = 'The harbor commission met on Tuesday to weigh the north pier plan, and asked for more figures. '.repeat(40);
      return [headline, body, body, ...rest].join('\n');
    });
    let sent = 0;
    let records = 0;
    function* input(): Generator<string> {
      while (sent < TARGET_BYTES) {
        const line = records % 50 === 49 ? 'a line that is not JSON' : JSON.stringify({ id: records, text: texts[records % texts.length] });
        sent += line.length + 1;
        records++;
        yield `${line}\n`;
      }
    }

    const child = spawn(process.execPath, ['--max-old-space-size=128', CLI, 'map'], { stdio: ['pipe', 'pipe', 'pipe'] });
    Readable.from(input()).pipe(child.stdin);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Check each output line as it arrives (holding 200 MB of output here would prove nothing).
    let seen = 0;
    let pending = '';
    const wrong: string[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const prefix = seen % 50 === 49 ? '{"id":null,"error":{"code":"invalid-record"' : `{"id":${seen},"article":{"headline":`;
        if (!line.startsWith(prefix) && wrong.length < 3) wrong.push(`line ${seen}: ${line.slice(0, 80)}`);
        seen++;
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(wrong).toEqual([]);
    expect(pending).toBe('');
    expect(sent).toBeGreaterThanOrEqual(TARGET_BYTES);
    expect(seen).toBe(records);
  }, 120_000);
});
