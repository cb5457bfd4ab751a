// A command's action, with UsageError turned into commander's usage message and exit 2.
//
//   command.action(usageAction(command, async (paths, options) => { … throw new UsageError('…') … }))
//     → "error: --pretty prints a single input; got 3 …" + the usage line, exit 2

import type { Command } from 'commander';
import { UsageError } from './usage-error.js';

export function usageAction<A extends unknown[]>(
  command: Command,
  action: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      if (error instanceof UsageError) command.error(`error: ${error.message}`, { exitCode: 2, code: 'newsdump.usage' });
      throw error;
    }
  };
}
