// Dumps the view-model tests run over: every fixture, the repository's examples and
// the playground's own examples (all fictional), read once.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
const FOLDERS = ['test/fixtures', 'examples/dumps', 'playground/examples'];

export interface DumpFile {
  readonly name: string;
  readonly text: string;
}

export const DUMP_FILES: readonly DumpFile[] = FOLDERS.flatMap((folder) =>
  readdirSync(join(REPO, folder))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: `${folder}/${file}`, text: readFileSync(join(REPO, folder, file), 'utf8') })),
);

/** A small fictional dump with one line of each kind the editor tints. */
export const SMALL_DUMP = [
  'Bridge inspection finds cracks in the east span', // 1 headline
  'By Priya Castellanos', // 2 byline
  '![The east span at dawn](https://img.example/span.jpg)', // 3 hero image
  'Engineers found three hairline cracks during the annual inspection.', // 4 paragraph
  'Advertisement', // 5 boilerplate
  '', // 6 blank
  'The span stays open while repairs are planned.', // 7 paragraph
  '-', // 8 separator
  'Ferry adds trips while the bridge is checked', // 9 teaser title
  'Two extra crossings run each morning this week.Eastbank Herald - 4h -', // 10 attribution
  'More from Eastbank Herald', // 11 rail heading
  '-', // 12 separator
  'Leftover menu text', // 13 orphan (unknown)
  'Market hall gets a new roof', // 14 teaser title
  'Eastbank Herald - 2d', // 15 attribution without summary
].join('\n');
