// Write to stdout (or any stream) and wait when it is full, so a slow reader slows the
// tool down instead of filling memory.
//
//   await writeOut(process.stdout, '{"file":"a.txt","article":{…}}\n')

import { once } from 'node:events';

export async function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
