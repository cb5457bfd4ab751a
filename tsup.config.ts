import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The library: dist/index.js + dist/index.d.ts (dist/cli is the CLI build's to clean). */
const library: Options = {
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: ['!cli/**'],
  treeshake: true,
};

/**
 * The `newsdump` command: dist/cli/main.js (the bin, made executable by its shebang)
 * and dist/cli/worker.js, which piscina loads in each worker thread. Each bundles the
 * library from src; the dependencies stay external. The version is baked in, so the
 * two files work from any folder that can see node_modules (the tests build a copy).
 */
export const cli: Options = {
  entry: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outDir: 'dist/cli',
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  define: { __NEWSDUMP_VERSION__: JSON.stringify(version) },
  splitting: false,
  sourcemap: true,
  clean: true,
};

export default defineConfig([library, cli]);
