// `newsdump schema`: print the JSON Schema (draft 2020-12) of the Article that parse
// and map write, for validators and data catalogues.
//
//   newsdump schema > article.schema.json

import { Command } from 'commander';
import { articleJsonSchema } from '../article-schema.js';
import { usageAction } from '../usage-action.js';
import { writeOut } from '../write-out.js';

const EXAMPLES = `
Examples:
  $ newsdump schema > article.schema.json
  $ newsdump schema | jq '.["$defs"] | keys'          Age, Diagnostic, Image, SectionRail, TeaserItem`;

export function schemaCommand(): Command {
  const command = new Command('schema')
    .summary('print the JSON Schema (draft 2020-12) of an Article')
    .description('Print the JSON Schema (draft 2020-12) of the Article objects parse and map write.')
    .addHelpText('after', EXAMPLES);
  return command.action(
    usageAction(command, async () => {
      await writeOut(process.stdout, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    }),
  );
}
