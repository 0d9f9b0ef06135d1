import { isPortalHelpdeskError } from '../errors.js';
import { checkCommand } from './commands/check.js';
import { guideCommand } from './commands/guide.js';
import { diagramCommand, workflowsCommand } from './commands/workflows.js';
import { help } from './help.js';
import type { CliIo } from './io.js';
import { exitCodes, UsageError } from './usage-error.js';

/**
 * Runs the CLI on `args` (without `node` and the script) and returns the exit code. Never throws:
 * usage mistakes and invalid values print one line on stderr and return 2.
 */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'guide':
        return guideCommand(rest, io);
      case 'check':
        return checkCommand(rest, io);
      case 'workflows':
        return workflowsCommand(rest, io);
      case 'diagram':
        return diagramCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.out(help.main);
        return exitCodes.ok;
      case undefined:
        io.err(help.main);
        return exitCodes.usage;
      default:
        throw new UsageError(`unknown command "${command}"; run portal-helpdesk --help`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`portal-helpdesk: ${error.message}`);
      return exitCodes.usage;
    }
    if (isPortalHelpdeskError(error)) {
      // The library's messages name the bad field but never its value.
      const where = error.issues
        .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
        .join('; ');
      io.err(`portal-helpdesk: invalid value (${where || error.code})`);
      return exitCodes.usage;
    }
    io.err(`portal-helpdesk: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.internal;
  }
}
