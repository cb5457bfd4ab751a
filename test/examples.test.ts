// The examples a user copies first: they must run and say what they promise.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (script: string, ...args: string[]) =>
  spawnSync(tsx, [join(root, 'examples', script), ...args], { cwd: root, encoding: 'utf8' });

describe('examples', () => {
  it('parse-one prints the example dump (what npm start runs)', () => {
    const result = run('parse-one.ts', 'examples/dumps');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Headline   Harbor City ferry returns after storm closed the crossing for nine days');
    expect(result.stdout).toContain('Rail       More from Harborview Ledger [publisher], 3 teasers');
  });

  it('teasers-to-csv writes one row per teaser, from a folder or one file', () => {
    const fromFolder = run('teasers-to-csv.ts', 'examples/dumps', '2025-03-03T12:00:00Z');
    const fromFile = run('teasers-to-csv.ts', 'examples/dumps/harbor-city-ferry.txt', '2025-03-03T12:00:00Z');
    expect(fromFolder.status).toBe(0);
    expect(fromFile.stdout).toBe(fromFolder.stdout);
    const rows = fromFolder.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(1 + 9);
    expect(rows[1]).toBe(
      '"harbor-city-ferry.txt","related","","State sets aside $40 million for storm-damaged piers","Associated Press","18000","2025-03-03T07:00:00.000Z","false","Twelve coastal towns will share the money, with the first grants due before the summer season."',
    );
  });

  it('teasers-to-csv says what is missing instead of a stack trace', () => {
    const result = run('teasers-to-csv.ts', 'no/such/place');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('teasers-to-csv: no such file or folder: no/such/place\n');
  });
});
