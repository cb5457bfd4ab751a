// Where --out writes each input's JSON: the input tree mirrored under the out
// directory, NAME.txt becoming NAME.json.
//
//   outPathFor({ path: 'dumps/world/b.txt', root: 'dumps' }, 'json')  →  'json/world/b.json'
//   outPathFor({ path: 'notes/extra.dump', root: null }, 'json')      →  'json/extra.json'
//
// planOutPaths checks the whole batch first: two inputs mapping to one output, or an
// output that would overwrite its own input, is a usage error before anything is written.

import { basename, extname, join, relative, resolve } from 'node:path';
import type { Input } from './collect-inputs.js';
import { UsageError } from './usage-error.js';

type FileInput = Extract<Input, { kind: 'file' }>;

export function outPathFor(input: Pick<FileInput, 'path' | 'root'>, outDir: string): string {
  const mirrored = input.root === null ? basename(input.path) : relative(input.root, input.path);
  const extension = extname(mirrored);
  return join(outDir, `${extension === '' ? mirrored : mirrored.slice(0, -extension.length)}.json`);
}

/** Each file input's output path, keyed by the input; throws UsageError on a clash. */
export function planOutPaths(inputs: readonly Input[], outDir: string): Map<Input, string> {
  const plan = new Map<Input, string>();
  const claimedBy = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind === 'stdin') throw new UsageError('--out writes one file per input file; stdin has no name (pipe it without --out)');
    if (input.kind !== 'file') continue;
    const target = outPathFor(input, outDir);
    const key = resolve(target);
    if (key === resolve(input.path)) throw new UsageError(`--out would overwrite the input ${input.path}`);
    const earlier = claimedBy.get(key);
    if (earlier !== undefined) throw new UsageError(`--out: ${earlier} and ${input.path} would both be written to ${target}`);
    claimedBy.set(key, input.path);
    plan.set(input, target);
  }
  return plan;
}
