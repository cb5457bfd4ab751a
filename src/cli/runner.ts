// Where tasks run: inline on the main thread (one job) or on a piscina pool of worker
// threads, behind the same promise-returning interface.
//
//   const runner = createRunner(2);        // a pool of 2 threads running worker.js
//   await runner.parseFiles(tasks);        // → a FileOutcome per task, in order
//   await runner.close();

import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import type { LineTask } from './map-line.js';
import type { FileOutcome, FileTask } from './parse-file.js';
import { mapLine, parseFiles } from './worker.js';

export interface Runner {
  /** A batch of files (see batches.ts), parsed one after the other by one thread. */
  parseFiles(tasks: readonly FileTask[]): Promise<FileOutcome[]>;
  mapLine(task: LineTask): Promise<string>;
  /** After the last task: let the threads go. */
  close(): Promise<void>;
  /** Ctrl-C: stop every thread now; running tasks are abandoned. */
  destroy(): Promise<void>;
}

/** `threads` ≤ 1 runs inline; more starts that many worker threads. */
export function createRunner(threads: number): Runner {
  return threads <= 1 ? inlineRunner() : poolRunner(threads);
}

/** The same functions the worker threads run, called on this thread. */
function inlineRunner(): Runner {
  return {
    // Yield to the event loop before each task, so Ctrl-C and stream events get a turn.
    async parseFiles(tasks) {
      await nextTurn();
      return parseFiles(tasks);
    },
    async mapLine(task) {
      await nextTurn();
      return mapLine(task);
    },
    async close() {},
    async destroy() {},
  };
}

function poolRunner(threads: number): Runner {
  const pool = new Piscina({
    // Built beside this file: dist/cli/main.js runs dist/cli/worker.js.
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
    // Two tasks queued per thread: the next is already there when one finishes.
    concurrentTasksPerWorker: 2,
  });
  return {
    parseFiles: (tasks) => pool.run(tasks, { name: 'parseFiles' }) as Promise<FileOutcome[]>,
    mapLine(task) {
      // A line is often a view into a larger stream chunk; cloning the view would copy
      // the whole chunk, so copy just the line and move it to the worker.
      const bytes = new Uint8Array(task.bytes);
      return pool.run({ ...task, bytes }, { name: 'mapLine', transferList: [bytes.buffer] }) as Promise<string>;
    },
    close: () => pool.close(),
    destroy: () => pool.destroy(),
  };
}
