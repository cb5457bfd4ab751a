// Parse news page dumps and print a readable summary of each, then its JSON.
//
//   npx tsx examples/parse-one.ts examples/dumps/harbor-city-ferry.txt
//   npx tsx examples/parse-one.ts examples/dumps            (every *.txt in a folder)

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from 'newsdump';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: tsx examples/parse-one.ts FILE_OR_FOLDER...');
  process.exit(2);
}

const files = paths.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(path, name))
    : [path],
);

for (const file of files) {
  const article = parseArticle(readFileSync(file, 'utf8'), { capturedAt: new Date() });
  console.log(summary(file, article));
  console.log(JSON.stringify(article, null, 2));
}

function summary(file: string, article: Article): string {
  const lines = [
    `── ${file}`,
    `Headline   ${article.headline ?? '(none)'}`,
    `Byline     ${article.byline ?? '(none)'}`,
    `Hero image ${article.heroImage?.url ?? '(none)'}`,
    `Body       ${article.paragraphs.length} paragraphs, ${article.images.length} images`,
    `Publisher  ${article.publisher ?? '(unknown)'}    Section ${article.section ?? '(unknown)'}`,
  ];
  for (const rail of article.rails) {
    lines.push(`Rail       ${rail.heading ?? '(no heading)'} [${rail.kind}], ${rail.items.length} teasers`);
    for (const item of rail.items) {
      const age = item.age === null ? '' : ` · ${item.age.text} ago`;
      lines.push(`  • ${item.title ?? '(untitled)'} — ${item.source ?? '?'}${age}`);
    }
  }
  for (const d of article.diagnostics) lines.push(`${d.severity.padEnd(7)} ${d.line}:${d.column} ${d.code} ${d.message}`);
  return lines.join('\n');
}
