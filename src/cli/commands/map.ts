// `newsdump map`: the streaming mapper for pipelines (Hadoop Streaming, Spark
// rdd.pipe()). JSONL records in on stdin, one JSONL line out per line in, in order,
// in constant memory.
//
//   {"id":"a1","text":"Harbor City ferry returns…\n-\n…"}   →  {"id":"a1","article":{…}}
//   {"id":"a2","text":null}                                →  {"id":"a2","error":{"code":"invalid-record",…}}

import { Command } from 'commander';
import { inOrder } from '../in-order.js';
import { onInterrupt } from '../interrupt.js';
import { splitLines } from '../lines.js';
import type { MapSettings } from '../map-line.js';
import { capturedAtOption, jobsOption, readSourcesFile } from '../option-values.js';
import { createRunner } from '../runner.js';
import { usageAction } from '../usage-action.js';
import { UsageError } from '../usage-error.js';
import { writeOut } from '../write-out.js';

interface MapFlags {
  capturedAt?: string;
  strict?: true;
  sources?: string;
  jobs: number;
}

/** Records started per thread before the first of them is written. */
const WINDOW_PER_THREAD = 16;

const EXAMPLES = `
Input, one JSON object a line ("capturedAt" is optional and wins over --captured-at):
  {"id": "a1", "text": "Harbor City ferry returns…\\n-\\n…", "capturedAt": "2025-03-10T08:00:00Z"}
  {"id": "a2", "text": null}
Output, one line per input line, in the same order:
  {"id":"a1","article":{"headline":…}}
  {"id":"a2","error":{"code":"invalid-record","message":"\\"text\\" must be a string, got null"}}
A bad record is an error line, never a crash: the exit status is 0 once all of stdin
is mapped (1 only when the stream itself fails, 2 on bad usage).

Examples:
  $ newsdump map < records.jsonl > articles.jsonl
  $ newsdump map --strict --jobs 2 < records.jsonl | jq -c 'select(.error)'
  Spark:  rdd.map(json.dumps).pipe("newsdump map --captured-at 2025-03-10T08:00:00Z")
  Hadoop: mapred streaming -input dumps/ -output articles/ -mapper "newsdump map" -numReduceTasks 0`;

export function mapCommand(): Command {
  const command = new Command('map')
    .summary('streaming mapper: JSONL {"id","text"} on stdin → JSONL {"id","article"|"error"}')
    .description(
      'Map JSONL records {"id": …, "text": "…"} on stdin to {"id": …, "article": {…}} or ' +
        '{"id": …, "error": {…}} on stdout: one line out per line in, in order, in constant memory.',
    )
    .option('--captured-at <time>', 'capture time (ISO 8601) for records without "capturedAt"', capturedAtOption)
    .option('--strict', 'an error diagnostic makes the record an error line')
    .option('--sources <file>', 'extra publisher names to recognise, one a line')
    .option('-j, --jobs <n>', 'worker threads; 1 parses on the main thread', jobsOption, 1)
    .addHelpText('after', EXAMPLES);
  return command.action(usageAction(command, (flags: MapFlags) => map(flags)));
}

async function map(flags: MapFlags): Promise<void> {
  if (flags.capturedAt === 'mtime') throw new UsageError('--captured-at mtime needs files; map reads stdin (give an ISO time)');
  if (process.stdin.isTTY === true) throw new UsageError('map reads JSONL records from stdin: pipe them in');
  const settings: MapSettings = {
    strict: flags.strict === true,
    sources: flags.sources === undefined ? [] : readSourcesFile(flags.sources),
    capturedAt: flags.capturedAt ?? null,
  };
  const runner = createRunner(flags.jobs);
  const release = onInterrupt(() => runner.destroy());
  let finished = false;
  try {
    const mapped = inOrder(
      splitLines(process.stdin),
      (bytes) => runner.mapLine({ bytes, settings }),
      flags.jobs * WINDOW_PER_THREAD,
    );
    for await (const [, line] of mapped) await writeOut(process.stdout, `${line}\n`);
    finished = true;
  } finally {
    await (finished ? runner.close() : runner.destroy());
    release();
  }
}
