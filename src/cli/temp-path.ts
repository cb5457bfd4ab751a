// The hidden name an output file is written under before it is renamed into place.
//
//   tempPathFor('out/world/ferry.json')  →  'out/world/.ferry.json.4242.tmp'   (4242: the process id)
//
// Workers share the process id, so the main thread can find (and remove) the temp file
// of any task still in flight when Ctrl-C arrives.

import { basename, dirname, join } from 'node:path';

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}
