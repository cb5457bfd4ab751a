// `newsdump stats [paths...]`: a quick look at a crawl: how many articles, rails and
// teasers, the most frequent sources, and the diagnostics by code.
//
//   newsdump stats crawl/
//     articles     1200   (3 failed)
//     rails        4210   related 1180, publisher 1150, section 1010, other 870
//     …

import { Command } from 'commander';
import { commandInputs } from '../collect-inputs.js';
import { formatStats } from '../format-stats.js';
import { countOption, extOption, jobsFlag, readSourcesFile } from '../option-values.js';
import { runFiles } from '../run-files.js';
import { addArticle, addFailure, emptyTally, statsReport } from '../stats-tally.js';
import { usageAction } from '../usage-action.js';
import { writeOut } from '../write-out.js';

interface StatsFlags {
  ext: string[];
  sources?: string;
  jobs: number;
  progress: boolean;
  json?: true;
  top: number;
}

const EXAMPLES = `
Examples:
  $ newsdump stats crawl/
  $ newsdump stats crawl/ --top 50 --sources extra-publishers.txt
  $ newsdump stats crawl/ --json | jq '.diagnostics'

Exit status: 0 when every input parsed, 1 when any could not be read, 2 on bad usage.`;

export function statsCommand(): Command {
  const command = new Command('stats')
    .summary('count articles, rails, teasers, sources and diagnostics')
    .description('Count articles, rails, teasers, sources (the most frequent) and diagnostics by code.')
    .argument('[paths...]', 'files, directories or - (stdin)')
    .addOption(extOption())
    .option('--sources <file>', 'extra publisher names to recognise, one a line')
    .option('--top <n>', 'how many sources to list', countOption('sources'), 20)
    .option('--json', 'print the counts as JSON')
    .addOption(jobsFlag())
    .option('--no-progress', 'never draw a progress bar (it is drawn only when stderr is a terminal)')
    .addHelpText('after', EXAMPLES);
  return command.action(usageAction(command, (paths: string[], flags: StatsFlags) => stats(paths, flags)));
}

async function stats(paths: string[], flags: StatsFlags): Promise<void> {
  const inputs = await commandInputs(paths, flags.ext);
  const sources = flags.sources === undefined ? [] : readSourcesFile(flags.sources);
  const settings = { strict: false, sources, capturedAt: null };
  const tally = emptyTally();
  const batch = runFiles({ inputs, settings, output: () => ({ kind: 'summary' }), jobs: flags.jobs, progress: flags.progress });
  for await (const { outcome } of batch) {
    if (outcome.kind === 'summary') addArticle(tally, outcome.summary);
    else if (outcome.kind === 'failure') addFailure(tally, outcome.failure.code);
  }
  const report = statsReport(tally, flags.top);
  await writeOut(process.stdout, flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatStats(report));
  process.exitCode = report.failed > 0 ? 1 : 0;
}
