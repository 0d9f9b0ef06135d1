import { isPortalHelpdeskError } from '../../errors.js';
import { buildGuide } from '../../guides/build-guide.js';
import type { Guide } from '../../guides/guide.js';
import { labelPolicies } from '../../guides/label-policy.js';
import { renderHtml } from '../../guides/render/html.js';
import { renderMarkdown } from '../../guides/render/markdown.js';
import { renderText } from '../../guides/render/text.js';
import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import { sampleAdultPatient, samplePractice } from '../../workflows/assist/samples.js';
import { isWorkflowId, workflowIds } from '../../workflows/registry.js';
import { calendarDate, flagFor, minimumAgeFlag, oneOf, parse, scenarioPairs } from '../args.js';
import { help, printHelp } from '../help.js';
import { type CliIo, readInput, terminalJson } from '../io.js';
import {
  MAX_PRACTICE_FILE_LENGTH,
  PRACTICE_ENV,
  type PracticeFile,
  readPracticeFile,
} from '../practice-file.js';
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
      labels: { type: 'string' },
      format: { type: 'string' },
      'patient-name': { type: 'string' },
      'patient-birth-date': { type: 'string' },
      'family-member-name': { type: 'string' },
      'portal-url': { type: 'string' },
      practice: { type: 'string' },
      'time-zone': { type: 'string' },
      'minimum-age': { type: 'string' },
      'provider-based-routing': { type: 'string' },
      now: { type: 'string' },
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
  // A blank name would print as blanks in the guide ("manages    's account").
  for (const flag of ['patient-name', 'family-member-name'] as const)
    if (values[flag]?.trim() === '') throw new UsageError(`--${flag} must not be blank`);
  const file = practiceFile(values.practice, io);
  // The sample patient and portal address make a demo guide only: once the caller gives any fact
  // of a real patient or practice, the rest is placeholders, so a real patient's printout never
  // names the sample's portal address, nor a real practice's the sample patient.
  const factFlags = [
    'patient-name',
    'patient-birth-date',
    'family-member-name',
    'portal-url',
    'time-zone',
    'minimum-age',
    'provider-based-routing',
  ] as const;
  const useSample =
    !values['no-sample'] && file === undefined && factFlags.every((flag) => values[flag] === undefined);
  const patientName = values['patient-name'] ?? (useSample ? sampleAdultPatient.displayName : undefined);
  // Switching profiles, the sample patient's own family profile is the one to switch to (the
  // CLI's demo data, as the sample patient's name is); elsewhere a family member is someone else.
  const familyMemberName =
    values['family-member-name'] ??
    (useSample && workflowId === 'profile-switch'
      ? sampleAdultPatient.familyProfiles[0]?.displayName
      : undefined);
  const portalUrl =
    values['portal-url'] ?? file?.portalUrl ?? (useSample ? samplePractice.portalUrl : undefined);
  const birthDate = values['patient-birth-date'];
  if (birthDate !== undefined) calendarDate('patient-birth-date', birthDate);
  // Flags win over the practice file, key by key.
  const practiceFlags = {
    ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
    ...(values['minimum-age'] !== undefined ? { minimumAge: minimumAgeFlag(values['minimum-age']) } : {}),
    ...(values['provider-based-routing'] !== undefined
      ? {
          providerBasedRouting:
            oneOf('provider-based-routing', values['provider-based-routing'], ['on', 'off'], 'on') === 'on',
        }
      : {}),
  };
  const { portalUrl: _portalUrl, ...filePractice } = file ?? {};
  const practice = { ...filePractice, ...practiceFlags };
  const options = {
    locale: guideLocales[oneOf('locale', values.locale, ['en', 'es'], 'en')],
    audience: oneOf('audience', values.audience, ['staff', 'patient'], 'staff'),
    labels: oneOf('labels', values.labels, labelPolicies, 'portal'),
    ...(patientName !== undefined ? { patientName } : {}),
    ...(birthDate !== undefined ? { patientBirthDate: birthDate } : {}),
    ...(familyMemberName !== undefined ? { familyMemberName } : {}),
    ...(portalUrl !== undefined ? { portalUrl } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(Object.keys(practice).length > 0 ? { practice } : {}),
  };
  const { scenario, bare } = scenarioPairs(values.scenario ?? []);
  checkScenario(workflowId, scenario, bare);
  let guide: Guide;
  try {
    guide = buildGuide(workflowId, scenario, options);
  } catch (error) {
    if (!isPortalHelpdeskError(error) || error.code !== 'invalid-input') throw error;
    const issue = error.issues[0];
    const [first, second] = issue?.path ?? [];
    const flag = error.message.startsWith('buildGuide(scenario)')
      ? `--scenario${issue?.path.length ? ` ${issue.path.join('.')}` : ''}`
      : first === 'practice'
        ? practiceFlagFor(second, practiceFlags, values.practice !== undefined)
        : flagFor(first);
    throw new UsageError(`${flag}: ${issue?.message ?? 'invalid value'}`);
  }
  const rendered =
    format === 'json'
      ? terminalJson(guide)
      : format === 'html'
        ? renderHtml(guide)
        : format === 'text'
          ? renderText(guide)
          : renderMarkdown(guide);
  io.out(rendered);
  return 0;
}

/** The practice file named by `--practice` (`-` for standard input) or by the environment. */
function practiceFile(flag: string | undefined, io: CliIo): PracticeFile | undefined {
  const fromEnv = flag === undefined ? io.env?.(PRACTICE_ENV) : undefined;
  const path = flag ?? (fromEnv === '' ? undefined : fromEnv);
  if (path === undefined) return undefined;
  const source = flag === undefined ? PRACTICE_ENV : '--practice';
  // Read with a cap: `/dev/zero` or an endless pipe stops one byte past it. The reader names
  // standard input itself; the settings' own errors say `--practice -` when they came from it.
  const text = readInput(io, source, path, MAX_PRACTICE_FILE_LENGTH);
  return readPracticeFile(text, path === '-' ? `${source} -` : source);
}

/** The flag to blame for a bad practice setting: its own flag when given, else the practice file. */
function practiceFlagFor(field: PropertyKey | undefined, flags: object, fromFile: boolean): string {
  if (typeof field === 'string' && Object.hasOwn(flags, field)) return flagFor(field);
  const source = fromFile ? '--practice' : PRACTICE_ENV;
  return typeof field === 'string' ? `${source} (${field})` : source;
}
