import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    // The CLI tests (test/cli) spawn the built tool: build it once before any test runs.
    globalSetup: ['test/cli/global-setup.ts'],
    // The JSON report is what .ci/run counts; the default one is for people.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
