import { isPortalHelpdeskError } from '../../errors.js';
import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import type { RichText } from '../../locales/text.js';
import type { Locale } from '../../locales/types.js';
import { MINIMUM_PORTAL_AGE } from '../../rules/eligibility.js';
import { defaultMessagePolicy } from '../../rules/message-policy.js';
import { type SymptomId, symptomIds, triageCatalog } from '../../rules/triage/catalog.js';
import { type DiagnoseOptions, diagnose, type TriageCause } from '../../rules/triage/diagnose.js';
import {
  factChoices,
  type TriageFactKey,
  type TriageFacts,
  triageFactKeys,
} from '../../rules/triage/facts.js';
import { MAX_SEARCH_QUERY_LENGTH } from '../../search/search-help.js';
import { oneOf, parse } from '../args.js';
import { help, printHelp } from '../help.js';
import { type CliIo, terminalJson } from '../io.js';
import { didYouMean } from '../suggest.js';
import { practiceTimeZone, unknownHostTimeZone } from '../time-zone.js';
import { exitCodes, UsageError } from '../usage-error.js';
import { searchWords } from './search.js';

const locales = { en, es };
/** Facts that are counts; `true`/`false` are booleans; anything else is text. */
const COUNT_FACTS: readonly TriageFactKey[] = ['attachments', 'seenProviders'];

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const factNames = triageFactKeys.map(kebab);

/** Reads `--fact key=value` pairs into facts; a key that is no fact is a usage error with a suggestion. */
function readFacts(pairs: readonly string[]): TriageFacts {
  const facts: Record<string, string | number | boolean> = {};
  for (const pair of pairs) {
    const split = pair.indexOf('=');
    const name = split < 0 ? pair : pair.slice(0, split);
    const raw = split < 0 ? undefined : pair.slice(split + 1);
    const index =
      factNames.indexOf(name) >= 0 ? factNames.indexOf(name) : triageFactKeys.indexOf(name as TriageFactKey);
    const key = triageFactKeys[index];
    // The name typed is not repeated unless it is a fact: it may be anything, a patient's name included.
    if (key === undefined)
      throw new UsageError(`--fact: unknown fact${didYouMean(name, factNames)} (see --help)`);
    if (raw === undefined)
      throw new UsageError(`--fact ${kebab(key)} needs a value: --fact ${kebab(key)}=...`);
    facts[key] =
      COUNT_FACTS.includes(key) && /^\d{1,6}$/.test(raw)
        ? Number(raw)
        : raw === 'true'
          ? true
          : raw === 'false'
            ? false
            : raw;
  }
  return facts as TriageFacts;
}

/** A guide step's words on one line: portal labels in quotes, as plain-text guides show them. */
const plain = (text: RichText) =>
  text.map((part) => (part.kind === 'label' ? `"${part.text}"` : part.text)).join('');

function causeLines(cause: TriageCause, locale: typeof en, symptom: SymptomId): string[] {
  const words = locale.triage;
  // A check's advice to staff, under the check's name (a symptom with such advice runs one check).
  const check = triageCatalog[symptom].checks[0];
  const advice =
    cause.advice === undefined || check === undefined ? [] : [`  ${words.checks[check]}: ${cause.advice}`];
  const fix =
    cause.fix.kind === 'workflow'
      ? // What to do, in the workflow's own words, then where a host starts it (workflow > state).
        `${words.ui.workflowStep}, ${
          (locale.guide.titles as Record<string, string | undefined>)[cause.fix.workflow] ??
          cause.fix.workflow
        }: ${plain(
          locale.guide.steps[cause.fix.step]({
            patientName: locale.guide.placeholders.patient,
            familyMemberName: locale.guide.placeholders.familyMember,
            minimumAge: MINIMUM_PORTAL_AGE,
            maxLength: defaultMessagePolicy.maxLength,
            maxAttachments: defaultMessagePolicy.maxAttachments,
          }),
        )} (${cause.fix.workflow} > ${cause.fix.state})`
      : words.ui.practiceAdvice;
  return [
    `- ${cause.code}: ${cause.explanation}`,
    ...advice,
    `  ${words.ui.fix}: ${fix}`,
    `  ${words.ui.say}: ${cause.say}`,
  ];
}

/**
 * Runs `diagnose`; a refused fact becomes a usage error that names it as the `--fact` it was
 * written as and, for a fact with a fixed list, lists the allowed values (never the value given).
 */
function diagnoseOrExplain(symptom: SymptomId, facts: TriageFacts, options: DiagnoseOptions) {
  try {
    return diagnose(symptom, facts, options);
  } catch (error) {
    if (!isPortalHelpdeskError(error) || error.code !== 'invalid-input') throw error;
    const where = error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      if (!(triageFactKeys as readonly string[]).includes(key)) return issue.message;
      const choices = factChoices[key];
      if (choices) return `--fact ${kebab(key)} must be one of ${choices.join(', ')}`;
      if (issue.message === 'Expected boolean') return `--fact ${kebab(key)} must be true or false`;
      return `--fact ${kebab(key)}: ${issue.message}`;
    });
    throw new UsageError(where.join('; '));
  }
}

/**
 * What an unknown symptom may have meant: a typo of an id, else the symptoms the words point to
 * when they are the patient's words ("the code never came"), as `search` finds them. Names ids
 * only, never the words.
 */
function symptomHint(typed: string, locale: Locale): string {
  const typo = didYouMean(typed, symptomIds);
  if (typo !== '' || typed.length > MAX_SEARCH_QUERY_LENGTH) return typo;
  const symptoms = searchWords(typed, locale, 5)
    .flatMap((hit) => (hit.kind === 'symptom' ? [hit.symptom] : []))
    .slice(0, 3);
  return symptoms.length === 0
    ? ''
    : `; the words point to ${symptoms.join(', ')} (portal-helpdesk search shows why)`;
}

/** `portal-helpdesk triage <symptom> [--fact key=value ...]`: diagnoses a symptom. */
export function triageCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    {
      fact: { type: 'string', multiple: true },
      locale: { type: 'string' },
      'time-zone': { type: 'string' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'triage',
  );
  if (values.help) return printHelp(io, help.triage);
  const [symptom, extra] = positionals;
  if (symptom === undefined) {
    io.err(help.triage);
    return exitCodes.usage;
  }
  if (extra !== undefined) throw new UsageError('triage takes one symptom; give what you know with --fact');
  const locale = locales[oneOf('locale', values.locale, ['en', 'es'], 'en')];
  // The symptom typed is not repeated: it may be anything, the patient's own words included.
  if (!(symptomIds as readonly string[]).includes(symptom))
    throw new UsageError(
      `unknown symptom${symptomHint(symptom, locale)}; run portal-helpdesk triage --help for the list`,
    );
  const facts = readFacts(values.fact ?? []);
  const timeZone = practiceTimeZone(values['time-zone'], io);
  // Only the age check reads the zone: an unknown zone on this computer matters with a birth date.
  if (timeZone === undefined && facts.birthDate !== undefined) throw unknownHostTimeZone();
  const options: DiagnoseOptions = {
    locale,
    // Only the CLI reads the clock: the age check's "today" is the practice's date at this moment.
    now: io.now(),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
  const result = diagnoseOrExplain(symptom as SymptomId, facts, options);
  if (values.json) io.out(terminalJson(result));
  else {
    const words = locale.triage;
    const lines = [`${result.name} (${result.symptom}): ${result.status}`];
    if (result.status === 'needs-answers') {
      lines.push(`${words.ui.questions}:`);
      for (const question of result.questions)
        lines.push(`- ${question.text} (--fact ${question.facts.map(kebab).join(' | --fact ')}=...)`);
    }
    lines.push(
      `${words.ui.causes}:`,
      ...result.causes.flatMap((cause) => causeLines(cause, locale, result.symptom)),
    );
    if (result.checks.length > 0)
      lines.push(
        `${words.ui.checks}: ${result.checks.map((check) => `${check.check} (${check.reason})`).join(', ')}`,
      );
    io.out(lines.join('\n'));
  }
  return values.strict && result.status !== 'diagnosed' ? exitCodes.verdictNo : exitCodes.ok;
}
