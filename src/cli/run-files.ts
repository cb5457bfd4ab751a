// The inputs of parse or stats through the runner, results in input order:
//
//   for await (const { name, outcome } of runFiles({ inputs, settings, output, jobs: 2, progress: true })) …
//     → { name: 'dumps/a.txt', outcome: { kind: 'json', … } }, { name: 'dumps/b.txt', … }, …
//
// It reads stdin once, sends files to the runner in batches with a bounded window of
// batches in flight, reports each failure on stderr as file:line:column, ticks the
// progress bar, and on Ctrl-C stops the workers and removes the temp file of every
// --out write still in flight.

import { rmSync } from 'node:fs';
import { batchSize, inBatches } from './batches.js';
import { inputName, type Input } from './collect-inputs.js';
import { formatFailure } from './failure.js';
import { inOrder } from './in-order.js';
import { onInterrupt } from './interrupt.js';
import type { FileOutcome, FileOutput, FileTask, ParseSettings } from './parse-file.js';
import { startProgress } from './progress.js';
import { createRunner } from './runner.js';
import { shouldShowProgress } from './show-progress.js';
import { tempPathFor } from './temp-path.js';

export interface RunFilesOptions {
  readonly inputs: readonly Input[];
  readonly settings: ParseSettings;
  /** What each task hands back: JSON text, a written file, or a summary. */
  readonly output: (input: Input) => FileOutput;
  readonly jobs: number;
  /** False with --no-progress. */
  readonly progress: boolean;
}

export interface FileResult {
  readonly input: Input;
  readonly name: string;
  readonly outcome: FileOutcome;
}

/** Batches started per thread before the first of them is handed back. */
const WINDOW_PER_THREAD = 4;

export async function* runFiles(options: RunFilesOptions): AsyncGenerator<FileResult> {
  const { inputs, settings } = options;
  const stdin = inputs.some((input) => input.kind === 'stdin') ? await readStdin(settings) : null;
  const threads = Math.min(options.jobs, inputs.length);
  const runner = createRunner(threads);
  const stderr = process.stderr;
  const progress = startProgress(
    inputs.length,
    stderr,
    shouldShowProgress({ wanted: options.progress, stderrIsTTY: stderr.isTTY === true, files: inputs.length }),
  );
  const writing = new Set<string>();
  const release = onInterrupt(async () => {
    await runner.destroy();
    for (const path of writing) rmSync(tempPathFor(path), { force: true });
    progress.stop();
  });

  const taskFor = (input: Input): FileTask | FileOutcome => {
    if (input.kind === 'unlisted') return { kind: 'failure', failure: input.failure };
    const output = options.output(input);
    if (input.kind === 'stdin' && stdin !== null) return { input: { bytes: stdin.bytes }, settings: stdin.settings, output };
    return { input: { path: input.kind === 'file' ? input.path : '-' }, settings, output };
  };
  const run = async (batch: readonly Input[]): Promise<FileOutcome[]> => {
    const prepared = batch.map(taskFor);
    const tasks = prepared.filter((item): item is FileTask => 'input' in item);
    const targets = tasks.flatMap((task) => (task.output.kind === 'file' ? [task.output.path] : []));
    for (const path of targets) writing.add(path);
    const outcomes = tasks.length === 0 ? [] : await runner.parseFiles(tasks);
    for (const path of targets) writing.delete(path);
    let next = 0;
    return prepared.map((item) => ('input' in item ? outcomes[next++]! : item));
  };

  const batches = inBatches(inputs, batchSize(inputs.length, threads));
  let finished = false;
  try {
    for await (const [batch, outcomes] of inOrder(batches, run, Math.max(1, threads) * WINDOW_PER_THREAD)) {
      for (const [i, input] of batch.entries()) {
        const outcome = outcomes[i]!;
        const name = inputName(input);
        if (outcome.kind === 'failure') progress.report(formatFailure(name, outcome.failure));
        progress.tick();
        yield { input, name, outcome };
      }
    }
    finished = true;
  } finally {
    // The consumer may stop early (its reader went away): then nothing more is needed.
    await (finished ? runner.close() : runner.destroy());
    release();
    progress.stop();
  }
}

/** All of stdin, and the settings for it (stdin has no mtime: "mtime" means now). */
async function readStdin(settings: ParseSettings): Promise<{ bytes: Buffer; settings: ParseSettings }> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const capturedAt = settings.capturedAt === 'mtime' ? new Date().toISOString() : settings.capturedAt;
  return { bytes: Buffer.concat(chunks), settings: { ...settings, capturedAt } };
}
