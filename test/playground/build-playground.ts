// Build the playground (vite, playground/vite.config.ts) into a temporary folder for
// the browser tests, so a test run never touches a playground/dist someone is serving.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const CONFIG = join(import.meta.dirname, '..', '..', 'playground', 'vite.config.ts');

/** Build and return the folder holding index.html. */
export async function buildPlayground(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'newsdump-playground-'));
  await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
