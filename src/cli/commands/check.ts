import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import { checkBrowserSupport } from '../../rules/browser-support.js';
import { checkPortalEligibility } from '../../rules/eligibility.js';
import { type MessageValidationResult, validateMessage } from '../../rules/message.js';
import { type CountryCode, checkPhoneNumber } from '../../rules/phone.js';
import { checkStaffBrowser } from '../../rules/staff-browser.js';
import { blamingFlags, calendarDate, minimumAgeFlag, oneOf, parse } from '../args.js';
import { help, printHelp } from '../help.js';
import { type CliIo, readInput, terminalJson } from '../io.js';
import { didYouMean } from '../suggest.js';
import { instantOn, practiceTimeZone, unknownHostTimeZone } from '../time-zone.js';
import { exitCodes, UsageError } from '../usage-error.js';
import { type CliWords, cliWords } from '../words.js';

const common = {
  locale: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The rules take locale objects; `--locale` names one. */
const ruleLocales = { en, es };

/** The rule's locale and the CLI's own words for the `--locale` given (English by default). */
function languageOf(value: string | undefined): { locale: typeof en; words: CliWords } {
  const name = oneOf('locale', value, ['en', 'es'], 'en');
  return { locale: ruleLocales[name], words: cliWords[name] };
}

type Verdict = { ok: boolean; lines: string[]; result: unknown };

function report(
  io: CliIo,
  values: { json?: boolean | undefined; strict?: boolean | undefined },
  verdict: Verdict,
): number {
  io.out(values.json ? terminalJson(verdict.result) : verdict.lines.join('\n'));
  return values.strict && !verdict.ok ? exitCodes.verdictNo : exitCodes.ok;
}

const rules = ['browser', 'eligibility', 'phone', 'message'];

/**
 * The most bytes `check message --file` reads: `validateMessage` takes up to 10,000,000 UTF-16
 * code units, and UTF-8 spends at most 3 bytes on one, so every text it could accept fits. A
 * longer file is a usage error as soon as reading passes this; a shorter one over the rule's cap
 * is refused by the rule, against `--file`.
 */
export const MAX_MESSAGE_FILE_BYTES = 30 * 1_048_576;

/** `portal-helpdesk check <rule> ...`: runs one rule check. */
export function checkCommand(args: readonly string[], io: CliIo): number {
  const [rule, ...rest] = args;
  switch (rule) {
    case 'browser':
      return checkBrowser(rest, io);
    case 'eligibility':
      return checkEligibility(rest, io);
    case 'phone':
      return checkPhone(rest, io);
    case 'message':
      return checkMessage(rest, io);
    case '--help':
    case '-h':
      return printHelp(io, help.check);
    case undefined:
      io.err(help.check);
      return exitCodes.usage;
    default:
      // The rule typed is not repeated: it may be anything, a patient's name included.
      throw new UsageError(`unknown check${didYouMean(rule, rules)}; choose ${rules.join(', ')}`);
  }
}

function checkBrowser(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    { ...common, staff: { type: 'boolean' }, 'platform-version': { type: 'string' } },
    'check browser',
  );
  if (values.help) return printHelp(io, help.checkBrowser);
  const [userAgent, extra] = positionals;
  if (userAgent === undefined || extra !== undefined)
    throw new UsageError('check browser takes one quoted user agent string');
  const { locale, words } = languageOf(values.locale);
  const version = values['platform-version'];
  const input =
    version === undefined
      ? userAgent
      : { userAgent, clientHints: { platform: 'Windows', platformVersion: version } };
  const result = values.staff ? checkStaffBrowser(input, { locale }) : checkBrowserSupport(input, { locale });
  const browser =
    [result.browser.name, result.browser.version].filter(Boolean).join(' ') || result.browser.family;
  const os = [result.os.name, result.os.version].filter(Boolean).join(' ') || words.unknownSystem;
  return report(io, values, {
    ok: result.status === 'supported',
    result,
    lines: [
      `${words.browserStatus[result.status]} (${result.reason}): ${
        result.browser.family === 'none' ? words.unrecognisedBrowser : words.browserOn(browser, os)
      }`,
      result.advice,
      ...result.downloadLinks.map((link) => `  ${link.browser}: ${link.url}`),
    ],
  });
}

function checkEligibility(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    {
      ...common,
      'birth-date': { type: 'string' },
      'time-zone': { type: 'string' },
      today: { type: 'string' },
      'minimum-age': { type: 'string' },
    },
    'check eligibility',
  );
  if (values.help) return printHelp(io, help.checkEligibility);
  if (positionals.length > 0)
    throw new UsageError('check eligibility takes no positional arguments; use --birth-date');
  const birthDate = values['birth-date'];
  if (birthDate === undefined) throw new UsageError('--birth-date YYYY-MM-DD is required');
  calendarDate('birth-date', birthDate);
  const timeZone = practiceTimeZone(values['time-zone'], io);
  if (timeZone === undefined) throw unknownHostTimeZone();
  const day = values.today === undefined ? undefined : calendarDate('today', values.today);
  // The age rule's clock runs from 1900 to 8999: said in the flag's own words.
  if (day !== undefined && (day.year < 1900 || day.year > 8999))
    throw new UsageError('--today must be a date from 1900 to 8999');
  const today = day === undefined ? undefined : instantOn(day, timeZone);
  const minimumAge = values['minimum-age'] === undefined ? undefined : minimumAgeFlag(values['minimum-age']);
  const { locale, words } = languageOf(values.locale);
  const result = blamingFlags({ now: '--today' }, () =>
    checkPortalEligibility({
      birthDate,
      now: today ?? io.now(),
      timeZone,
      ...(minimumAge !== undefined ? { minimumAge } : {}),
      locale,
    }),
  );
  return report(io, values, {
    ok: result.eligible,
    result,
    lines: [
      `${result.eligible ? words.eligible : words.notEligible} (${result.reason}): ${words.ageOn(result.age, result.today)}` +
        (result.eligible ? '' : `; ${words.eligibleOn(result.eligibleOn)}`),
      result.advice,
    ],
  });
}

function checkPhone(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, { ...common, country: { type: 'string' } }, 'check phone');
  if (values.help) return printHelp(io, help.checkPhone);
  const [number, extra] = positionals;
  if (number === undefined || extra !== undefined)
    throw new UsageError('check phone takes one quoted phone number');
  // Region codes are case-insensitive for people (gb, GB); libphonenumber-js wants upper case.
  const country = (values.country ?? 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    throw new UsageError('--country must be a two-letter region code such as US');
  const { locale, words } = languageOf(values.locale);
  const result = blamingFlags({ defaultCountry: '--country' }, () =>
    checkPhoneNumber(number, { defaultCountry: country as CountryCode, locale }),
  );
  return report(io, values, {
    ok: result.valid,
    result,
    lines: [
      result.valid
        ? `${words.validPhone(words.phoneTypes[result.type], result.e164 ?? '')} (${result.reason}); ${words.recommended(words.methods[result.recommendedMethod])}`
        : `${words.invalidPhone} (${result.reason})`,
      result.advice,
    ],
  });
}

/** How far past the length limit the text is, when that is a reason it cannot be sent. */
function overText(result: MessageValidationResult, words: CliWords): string {
  const tooLong = result.issues.find((issue) => issue.code === 'message-too-long');
  return tooLong !== undefined && 'over' in tooLong ? `; ${words.overBy(tooLong.over)}` : '';
}

function checkMessage(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    {
      ...common,
      file: { type: 'string' },
      'started-from': { type: 'string' },
      attachments: { type: 'string' },
    },
    'check message',
  );
  if (values.help) return printHelp(io, help.checkMessage);
  if (positionals.length > 0) throw new UsageError('check message reads the text from --file <path>');
  if (values.file === undefined) throw new UsageError('--file <path> is required ("-" for standard input)');
  const count = values.attachments === undefined ? 0 : Number(values.attachments);
  if (!Number.isInteger(count) || count < 0 || count > 10_000)
    throw new UsageError('--attachments must be a whole number from 0 to 10000');
  const startedFrom = oneOf(
    'started-from',
    values['started-from'],
    ['home-page', 'messages-page'],
    'home-page',
  );
  // Read with a cap: `/dev/zero` or an endless pipe stops one byte past it.
  const body = readInput(io, '--file', values.file, MAX_MESSAGE_FILE_BYTES);
  const { locale, words } = languageOf(values.locale);
  // The body came from the file the user named: blame `--file` (or `--file -`), not a `--body`.
  const result = blamingFlags({ body: values.file === '-' ? '--file -' : '--file' }, () =>
    validateMessage(
      {
        body,
        attachments: Array.from({ length: count }, (_, index) => ({ name: `attachment-${index + 1}` })),
        startedFrom,
      },
      undefined,
      { locale },
    ),
  );
  return report(io, values, {
    ok: result.ok,
    result,
    lines: [
      result.ok
        ? words.readyToSend(result.length)
        : `${words.cannotSend} (${result.reason})${overText(result, words)}`,
      // The first issue's words are the advice below; the others are listed by code and words.
      ...result.issues.slice(1).map((issue) => `  - ${issue.code}: ${issue.message}`),
      result.advice,
    ],
  });
}
