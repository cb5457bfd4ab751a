// `newsdump parse [paths...]`: dumps → one JSON record per input (JSONL on stdout),
// or one indented Article (--pretty), or a mirrored tree of NAME.json files (--out).
//
//   newsdump parse dumps/ > articles.jsonl
//     {"file":"dumps/a.txt","article":{"headline":"Harbor City ferry returns…",…}}
//     {"file":"dumps/b.txt","error":{"code":"not-utf8","message":"…","line":3,"column":14}}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, Option } from 'commander';
import { commandInputs, type Input } from '../collect-inputs.js';
import { capturedAtOption, extOption, jobsFlag, readSourcesFile } from '../option-values.js';
import { planOutPaths } from '../out-paths.js';
import type { FileOutput } from '../parse-file.js';
import { articleRecord, errorRecord } from '../records.js';
import { runFiles } from '../run-files.js';
import { usageAction } from '../usage-action.js';
import { UsageError } from '../usage-error.js';
import { writeOut } from '../write-out.js';

interface ParseFlags {
  ext: string[];
  pretty?: true;
  out?: string;
  capturedAt?: string;
  strict?: true;
  sources?: string;
  jobs: number;
  progress: boolean;
}

const EXAMPLES = `
Output (one line per input, in input order whatever --jobs is):
  {"file":"dumps/a.txt","article":{"headline":…,"rails":[…],"diagnostics":[…]}}
  {"file":"dumps/b.txt","error":{"code":"not-utf8","message":…,"line":3,"column":14}}

Examples:
  $ newsdump parse dumps/ > articles.jsonl         every *.txt under dumps/, recursively
  $ newsdump parse page.txt --pretty               one Article, indented
  $ curl -s https://example.com/dump.txt | newsdump parse --pretty
  $ newsdump parse dumps/ --out json/               json/world/b.json for dumps/world/b.txt
  $ newsdump parse crawl/ --ext txt,dump --captured-at mtime --jobs 4
  $ newsdump parse dumps/ --strict --sources extra-publishers.txt | jq -c 'select(.error)'

Exit status: 0 when every input parsed, 1 when any failed (each failure is also on
stderr as file:line:column: code message), 2 on bad usage.`;

export function parseCommand(): Command {
  const command = new Command('parse')
    .summary('parse dumps into JSON Lines, indented JSON or .json files')
    .description(
      'Parse news page dumps. Paths are files, directories (searched recursively for --ext files) ' +
        'or - for stdin; with no path, stdin is read.',
    )
    .argument('[paths...]', 'files, directories or - (stdin)')
    .addOption(extOption())
    .addOption(new Option('--pretty', 'print a single input as an indented Article instead of JSON Lines').conflicts('out'))
    .option('-o, --out <dir>', 'write NAME.json per input under DIR, mirroring the input tree')
    .option('--captured-at <time>', 'capture time for publishedAt: ISO 8601, or "mtime" (each file\'s modification time)', capturedAtOption)
    .option('--strict', 'an error diagnostic fails the input instead of being returned')
    .option('--sources <file>', 'extra publisher names to recognise, one a line')
    .addOption(jobsFlag())
    .option('--no-progress', 'never draw a progress bar (it is drawn only when stderr is a terminal)')
    .addHelpText('after', EXAMPLES);
  return command.action(usageAction(command, (paths: string[], flags: ParseFlags) => parse(paths, flags)));
}

async function parse(paths: string[], flags: ParseFlags): Promise<void> {
  const inputs = await commandInputs(paths, flags.ext);
  const sources = flags.sources === undefined ? [] : readSourcesFile(flags.sources);
  if (flags.pretty === true && inputs.length !== 1) {
    throw new UsageError(`--pretty prints a single input, got ${inputs.length} (use JSON Lines or --out for more)`);
  }
  const outPaths = flags.out === undefined ? null : planOutPaths(inputs, flags.out);
  if (outPaths !== null) {
    for (const dir of new Set([...outPaths.values()].map((path) => dirname(path)))) mkdirSync(dir, { recursive: true });
  }

  const output = (input: Input): FileOutput => {
    const path = outPaths?.get(input);
    if (path !== undefined) return { kind: 'file', path };
    return { kind: 'json', indent: flags.pretty === true ? 2 : 0 };
  };
  const settings = { strict: flags.strict === true, sources, capturedAt: flags.capturedAt ?? null };
  const jsonl = outPaths === null && flags.pretty !== true;

  let failed = 0;
  for await (const { name, outcome } of runFiles({ inputs, settings, output, jobs: flags.jobs, progress: flags.progress })) {
    if (outcome.kind === 'failure') {
      failed++;
      if (jsonl) await writeOut(process.stdout, `${errorRecord(name, outcome.failure)}\n`);
    } else if (outcome.kind === 'json') {
      await writeOut(process.stdout, `${jsonl ? articleRecord(name, outcome.json) : outcome.json}\n`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
