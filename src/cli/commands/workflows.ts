import { toMermaid } from '../../guides/diagram.js';
import { isWorkflowId, workflowIds, workflows } from '../../workflows/registry.js';
import { parse } from '../args.js';
import { help, printHelp } from '../help.js';
import { type CliIo, terminalJson } from '../io.js';
import { didYouMean } from '../suggest.js';
import { UsageError } from '../usage-error.js';

/** `portal-helpdesk workflows`: lists the workflows. */
export function workflowsCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'workflows',
  );
  if (values.help) return printHelp(io, help.workflows);
  if (positionals.length > 0) throw new UsageError('workflows takes no arguments');
  const list = workflowIds.map((id) => ({ id, title: workflows[id].title }));
  io.out(values.json ? terminalJson(list) : list.map((w) => `${w.id.padEnd(20)} ${w.title}`).join('\n'));
  return 0;
}

/** `portal-helpdesk diagram <workflow>`: prints a Mermaid state diagram. */
export function diagramCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, { help: { type: 'boolean', short: 'h' } }, 'diagram');
  if (values.help) return printHelp(io, help.diagram);
  const [workflowId, extra] = positionals;
  if (workflowId === undefined || extra !== undefined)
    throw new UsageError(`diagram takes one workflow: ${workflowIds.join(', ')}`);
  // The id typed is not repeated: it may be anything, a patient's name included.
  if (!isWorkflowId(workflowId))
    throw new UsageError(
      `unknown workflow${didYouMean(workflowId, workflowIds)}; choose one of ${workflowIds.join(', ')}`,
    );
  io.out(toMermaid(workflowId));
  return 0;
}
