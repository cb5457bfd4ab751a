// The piscina worker: each exported function runs one task off the main thread.
//
//   pool.run([{ input: { path: 'dumps/a.txt' }, settings, output }, …], { name: 'parseFiles' })
//   pool.run({ bytes, settings }, { name: 'mapLine' })

import { parseFile, type FileOutcome, type FileTask } from './parse-file.js';

export { mapLine } from './map-line.js';

/** A batch of files → their outcomes, in order. */
export function parseFiles(tasks: readonly FileTask[]): FileOutcome[] {
  return tasks.map((task) => parseFile(task));
}
