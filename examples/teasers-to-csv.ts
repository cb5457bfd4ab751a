// Turn every teaser in a folder of dumps (or in one dump) into one CSV on stdout.
//
//   npx tsx examples/teasers-to-csv.ts examples/dumps > teasers.csv
//   npx tsx examples/teasers-to-csv.ts examples/dumps/harbor-city-ferry.txt
//
// Columns: file, rail_kind, rail_label, title, source, age_seconds, published_at, truncated, summary

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArticle } from 'newsdump';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: tsx examples/teasers-to-csv.ts FOLDER|FILE [CAPTURED_AT]');
  process.exit(2);
}
const isFolder = statSync(path, { throwIfNoEntry: false })?.isDirectory();
if (isFolder === undefined) {
  console.error(`teasers-to-csv: no such file or folder: ${path}`);
  process.exit(2);
}
const folder = isFolder ? path : dirname(path);
const names = isFolder ? readdirSync(path).filter((n) => n.endsWith('.txt')).sort() : [basename(path)];
const capturedAt = process.argv[3] ?? new Date().toISOString();

/** RFC 4180: quote every field, double the quotes inside. */
const csv = (fields: Array<string | number | boolean | null>) =>
  fields.map((field) => `"${String(field ?? '').replace(/"/g, '""')}"`).join(',');

const out = [csv(['file', 'rail_kind', 'rail_label', 'title', 'source', 'age_seconds', 'published_at', 'truncated', 'summary'])];
for (const name of names) {
  const article = parseArticle(readFileSync(join(folder, name), 'utf8'), { capturedAt });
  for (const rail of article.rails) {
    for (const item of rail.items) {
      out.push(
        csv([name, rail.kind, rail.label, item.title, item.source, item.age?.seconds ?? null, item.publishedAt, item.truncated, item.summary]),
      );
    }
  }
}
process.stdout.write(`${out.join('\n')}\n`);
