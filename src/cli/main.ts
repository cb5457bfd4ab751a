// `newsdump`: the command-line tool. One file per command (src/cli/commands/); this
// one wires them to commander and settles the exit status: 0 fine, 1 some input failed,
// 2 bad usage (with a usage message). tsup prepends the "#!/usr/bin/env node" line.
//
//   newsdump parse dumps/ > articles.jsonl
//   newsdump --help

import { Command, CommanderError } from 'commander';
import { mapCommand } from './commands/map.js';
import { parseCommand } from './commands/parse.js';
import { schemaCommand } from './commands/schema.js';
import { statsCommand } from './commands/stats.js';
import { interrupted } from './interrupt.js';

const EXAMPLES = `
Examples:
  $ newsdump parse dumps/ > articles.jsonl
  $ newsdump parse page.txt --pretty
  $ newsdump map < records.jsonl > articles.jsonl
  $ newsdump schema > article.schema.json
  $ newsdump stats crawl/

Run "newsdump <command> --help" for a command's options and examples.`;

/** package.json's version, put in by tsup.config.ts at build time. */
declare const __NEWSDUMP_VERSION__: string;

function buildProgram(): Command {
  const program = new Command('newsdump')
    .description('Parse plain-text news page dumps (an article, then rails of teaser links) into JSON.')
    .version(__NEWSDUMP_VERSION__, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help, with examples')
    .exitOverride()
    .showHelpAfterError('usage: newsdump <command> [options]\n(see "newsdump --help")')
    .addHelpText('after', EXAMPLES);
  for (const command of [parseCommand(), mapCommand(), schemaCommand(), statsCommand()]) {
    command
      .copyInheritedSettings(program)
      .showHelpAfterError(`usage: newsdump ${command.name()} ${command.usage()}\n(see "newsdump ${command.name()} --help")`);
    program.addCommand(command);
  }
  return program;
}

async function main(): Promise<void> {
  // A reader that goes away (`newsdump parse dumps/ | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (interrupted()) return; // the work stopped because of Ctrl-C, and the exit says so
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other commander error is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`newsdump: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

await main();
