// Turn every teaser in a folder of dumps into one CSV on stdout.
//
//   npx tsx examples/teasers-to-csv.ts examples/dumps > teasers.csv
//
// Columns: file, rail_kind, rail_label, title, source, age_seconds, published_at, truncated, summary

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from 'newsdump';

const folder = process.argv[2];
if (folder === undefined) {
  console.error('usage: tsx examples/teasers-to-csv.ts FOLDER [CAPTURED_AT]');
  process.exit(2);
}
const capturedAt = process.argv[3] ?? new Date().toISOString();

/** RFC 4180: quote every field, double the quotes inside. */
const csv = (fields: Array<string | number | boolean | null>) =>
  fields.map((field) => `"${String(field ?? '').replace(/"/g, '""')}"`).join(',');

const out = [csv(['file', 'rail_kind', 'rail_label', 'title', 'source', 'age_seconds', 'published_at', 'truncated', 'summary'])];
for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
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
