import { isPortalHelpdeskError } from '../errors.js';
import { flagFor } from './args.js';
import { checkCommand } from './commands/check.js';
import { guideCommand } from './commands/guide.js';
import { searchCommand } from './commands/search.js';
import { triageCommand } from './commands/triage.js';
import { diagramCommand, workflowsCommand } from './commands/workflows.js';
import { help } from './help.js';
import type { CliIo } from './io.js';
import { didYouMean } from './suggest.js';
import { exitCodes, UsageError } from './usage-error.js';
import { cliVersion } from './version.js';

const commands = ['guide', 'check', 'triage', 'search', 'workflows', 'diagram', 'help'];
/** The options that stand where a command would. */
const globalOptions = ['--help', '--version'];

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
      case 'triage':
        return triageCommand(rest, io);
      case 'search':
        return searchCommand(rest, io);
      case 'workflows':
        return workflowsCommand(rest, io);
      case 'diagram':
        return diagramCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.out(help.main);
        return exitCodes.ok;
      case '--version':
      case '-v':
        io.out(cliVersion);
        return exitCodes.ok;
      case undefined:
        io.err(help.main);
        return exitCodes.usage;
      default:
        // The command typed is not repeated: it may be anything, a patient's name included.
        throw new UsageError(
          command.startsWith('-')
            ? `unknown option${didYouMean(command, globalOptions)} (run portal-helpdesk --help)`
            : `unknown command${didYouMean(command, commands)} (run portal-helpdesk --help)`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`portal-helpdesk: ${error.message}`);
      return exitCodes.usage;
    }
    if (isPortalHelpdeskError(error)) {
      // The library's messages name the bad field but never its value; the field is named as its flag.
      const where = error.issues.map((issue) => `${flagFor(issue.path[0])}: ${issue.message}`).join('; ');
      io.err(`portal-helpdesk: ${where || `invalid value (${error.code})`}`);
      return exitCodes.usage;
    }
    // Not the message: a dependency's error may quote the input it choked on.
    const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'error';
    io.err(`portal-helpdesk: unexpected internal error (${name}); please report how to reproduce it`);
    return exitCodes.internal;
  }
}
