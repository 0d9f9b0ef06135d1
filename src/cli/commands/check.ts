import { TZDate } from '@date-fns/tz';
import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import { checkBrowserSupport } from '../../rules/browser-support.js';
import { checkPortalEligibility } from '../../rules/eligibility.js';
import { validateMessage } from '../../rules/message.js';
import { type CountryCode, checkPhoneNumber } from '../../rules/phone.js';
import { checkStaffBrowser } from '../../rules/staff-browser.js';
import { oneOf, parse } from '../args.js';
import { help, printHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { exitCodes, UsageError } from '../usage-error.js';

const common = {
  locale: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The rules take locale objects; `--locale` names one. */
const ruleLocales = { en, es };

type Verdict = { ok: boolean; lines: string[]; result: unknown };

function report(
  io: CliIo,
  values: { json?: boolean | undefined; strict?: boolean | undefined },
  verdict: Verdict,
): number {
  io.out(values.json ? JSON.stringify(verdict.result, null, 2) : verdict.lines.join('\n'));
  return values.strict && !verdict.ok ? exitCodes.verdictNo : exitCodes.ok;
}

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
    case undefined:
    case '--help':
    case '-h':
      io.out(help.main);
      return rule === undefined ? exitCodes.usage : exitCodes.ok;
    default:
      throw new UsageError(`unknown check "${rule}"; choose browser, eligibility, phone or message`);
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
  const locale = ruleLocales[oneOf('locale', values.locale, ['en', 'es'], 'en')];
  const version = values['platform-version'];
  const input =
    version === undefined
      ? userAgent
      : { userAgent, clientHints: { platform: 'Windows', platformVersion: version } };
  const result = values.staff ? checkStaffBrowser(input, { locale }) : checkBrowserSupport(input, { locale });
  const browser =
    [result.browser.name, result.browser.version].filter(Boolean).join(' ') || result.browser.family;
  const os = [result.os.name, result.os.version].filter(Boolean).join(' ') || 'unknown system';
  return report(io, values, {
    ok: result.status === 'supported',
    result,
    lines: [
      `${result.status} (${result.reason}): ${browser} on ${os}`,
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
  const timeZone = values['time-zone'] ?? io.hostTimeZone();
  const minimumAge = values['minimum-age'] === undefined ? undefined : Number(values['minimum-age']);
  if (minimumAge !== undefined && !Number.isInteger(minimumAge))
    throw new UsageError('--minimum-age must be a whole number');
  const result = checkPortalEligibility({
    birthDate,
    now: values.today === undefined ? io.now() : noonOf(values.today, timeZone),
    timeZone,
    ...(minimumAge !== undefined ? { minimumAge } : {}),
    locale: ruleLocales[oneOf('locale', values.locale, ['en', 'es'], 'en')],
  });
  return report(io, values, {
    ok: result.eligible,
    result,
    lines: [
      `${result.eligible ? 'eligible' : 'not eligible'} (${result.reason}): age ${result.age} on ${result.today}` +
        (result.eligible ? '' : `; eligible on ${result.eligibleOn}`),
      result.advice,
    ],
  });
}

/** Noon of a calendar date in a time zone: an instant whose local date there is that date. */
function noonOf(date: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new UsageError('--today must be a date as YYYY-MM-DD');
  const instant = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12, 0, 0, timeZone);
  if (Number.isNaN(instant.getTime())) throw new UsageError('--today is not a valid date in that time zone');
  return new Date(instant.getTime());
}

function checkPhone(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, { ...common, country: { type: 'string' } }, 'check phone');
  if (values.help) return printHelp(io, help.checkPhone);
  const [number, extra] = positionals;
  if (number === undefined || extra !== undefined)
    throw new UsageError('check phone takes one quoted phone number');
  const country = values.country ?? 'US';
  if (!/^[A-Z]{2}$/.test(country)) throw new UsageError('--country must be a two-letter code such as US');
  const result = checkPhoneNumber(number, {
    defaultCountry: country as CountryCode,
    locale: ruleLocales[oneOf('locale', values.locale, ['en', 'es'], 'en')],
  });
  return report(io, values, {
    ok: result.valid,
    result,
    lines: [
      result.valid
        ? `valid ${result.type} number ${result.e164 ?? ''} (${result.reason}); recommended: ${result.recommendedMethod}`
        : `not a usable phone number (${result.reason})`,
      result.advice,
    ],
  });
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
  if (values.file === undefined) throw new UsageError('--file <path> is required');
  const count = values.attachments === undefined ? 0 : Number(values.attachments);
  if (!Number.isInteger(count) || count < 0 || count > 10_000)
    throw new UsageError('--attachments must be a whole number from 0 to 10000');
  let body: string;
  try {
    body = io.readFile(values.file);
  } catch {
    throw new UsageError(`--file: cannot read ${values.file}`);
  }
  const result = validateMessage(
    {
      body,
      attachments: Array.from({ length: count }, (_, index) => ({ name: `attachment-${index + 1}` })),
      startedFrom: oneOf('started-from', values['started-from'], ['home-page', 'messages-page'], 'home-page'),
    },
    undefined,
    { locale: ruleLocales[oneOf('locale', values.locale, ['en', 'es'], 'en')] },
  );
  return report(io, values, {
    ok: result.ok,
    result,
    lines: [
      result.ok ? `ready to send (${result.length} characters)` : `cannot be sent (${result.reason})`,
      ...result.issues.map((issue) => `  - ${issue.code}: ${issue.message}`),
      result.advice,
    ],
  });
}
