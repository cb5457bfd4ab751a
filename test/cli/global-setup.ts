// Vitest globalSetup: build the CLI (main.js + worker.js, the `cli` half of
// tsup.config.ts, no .d.ts) once before any test runs, because the CLI tests spawn the
// built tool and `npm test` runs vitest before `npm run build`.
//
// The copy goes to a folder of its own under node_modules/.cache (where the bundles'
// imports still find node_modules), not to dist/cli: a build running beside the tests
// (another checkout's `npm run build`, a watch) cannot pull it away mid-run.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { cli } from '../../tsup.config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built CLI entry (main.js) the tests spawn. */
    cliPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cache = join(import.meta.dirname, '..', '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'newsdump-cli-test-'));
  await build({ ...cli, outDir, config: false, silent: true });
  project.provide('cliPath', join(outDir, 'main.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
