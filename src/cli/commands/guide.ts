import { isPortalHelpdeskError } from '../../errors.js';
import { buildGuide } from '../../guides/build-guide.js';
import type { Guide } from '../../guides/guide.js';
import { renderHtml } from '../../guides/render/html.js';
import { renderMarkdown } from '../../guides/render/markdown.js';
import { renderText } from '../../guides/render/text.js';
import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import { sampleAdultPatient, samplePractice } from '../../testing/samples/practice.js';
import { isWorkflowId, workflowIds } from '../../workflows/registry.js';
import { flagFor, oneOf, parse, scenarioPairs } from '../args.js';
import { help, printHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { checkScenario, scenarioHelp } from '../scenario-keys.js';
import { didYouMean } from '../suggest.js';
import { UsageError } from '../usage-error.js';

/** `--locale` names one of the library's locales. */
const guideLocales = { en, es };

/** `portal-helpdesk guide <workflow>`: builds and renders a guide. */
export function guideCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    {
      scenario: { type: 'string', multiple: true },
      locale: { type: 'string' },
      audience: { type: 'string' },
      format: { type: 'string' },
      'patient-name': { type: 'string' },
      'portal-url': { type: 'string' },
      'no-sample': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'guide',
  );
  if (values.help) return printHelp(io, `${help.guide}\n${scenarioHelp(workflowIds)}`);
  const [workflowId, extra] = positionals;
  if (workflowId === undefined) throw new UsageError(`guide needs a workflow: ${workflowIds.join(', ')}`);
  // The id typed is not repeated: it may be anything, a patient's name included.
  if (!isWorkflowId(workflowId))
    throw new UsageError(
      `unknown workflow${didYouMean(workflowId, workflowIds)}; choose one of ${workflowIds.join(', ')}`,
    );
  if (extra !== undefined)
    throw new UsageError('guide takes one workflow; pass choices with --scenario key=value');
  const format = oneOf('format', values.format, ['md', 'html', 'text', 'json'], 'md');
  const useSample = !values['no-sample'];
  const patientName = values['patient-name'] ?? (useSample ? sampleAdultPatient.displayName : undefined);
  const portalUrl = values['portal-url'] ?? (useSample ? samplePractice.portalUrl : undefined);
  const options = {
    locale: guideLocales[oneOf('locale', values.locale, ['en', 'es'], 'en')],
    audience: oneOf('audience', values.audience, ['staff', 'patient'], 'staff'),
    ...(patientName !== undefined ? { patientName } : {}),
    ...(portalUrl !== undefined ? { portalUrl } : {}),
  };
  const scenario = scenarioPairs(values.scenario ?? []);
  checkScenario(workflowId, scenario);
  let guide: Guide;
  try {
    guide = buildGuide(workflowId, scenario, options);
  } catch (error) {
    if (!isPortalHelpdeskError(error) || error.code !== 'invalid-input') throw error;
    const issue = error.issues[0];
    const flag = error.message.startsWith('buildGuide(scenario)')
      ? `--scenario${issue?.path.length ? ` ${issue.path.join('.')}` : ''}`
      : flagFor(issue?.path[0]);
    throw new UsageError(`${flag}: ${issue?.message ?? 'invalid value'}`);
  }
  const rendered =
    format === 'json'
      ? JSON.stringify(guide, null, 2)
      : format === 'html'
        ? renderHtml(guide)
        : format === 'text'
          ? renderText(guide)
          : renderMarkdown(guide);
  io.out(rendered);
  return 0;
}
