import type { BrowserSupportStatus } from '../rules/browser-support.js';
import type { PhoneLineType, PhoneVerificationMethod } from '../rules/phone.js';

/**
 * The CLI's own words: the one-line verdict each `check` prints before the rule's advice. The
 * advice itself comes from the rule's `Locale`; these lines wrap it for a terminal. Reason codes,
 * dates (`YYYY-MM-DD`) and phone numbers stay as they are in both languages: staff paste them into
 * tickets and scripts match them. Only the CLI reads this, so no library bundle carries it.
 */
export interface CliWords {
  /** The verdict word of `check browser`, per status. */
  readonly browserStatus: Readonly<Record<BrowserSupportStatus, string>>;
  /** "Google Chrome 131 on Windows 10/11". */
  readonly browserOn: (browser: string, os: string) => string;
  /** Said when the operating system is not known. */
  readonly unknownSystem: string;
  /** Said instead of "<browser> on <system>" when the user agent names no browser the rule knows. */
  readonly unrecognisedBrowser: string;
  /** The verdict words of `check eligibility`. */
  readonly eligible: string;
  readonly notEligible: string;
  /** "age 11 on 2026-12-05". */
  readonly ageOn: (age: number, today: string) => string;
  /** "eligible on 2028-03-01". */
  readonly eligibleOn: (date: string) => string;
  /** The verdict of `check phone` for a usable number, before and after the reason code. */
  readonly validPhone: (type: string, e164: string) => string;
  readonly recommended: (method: string) => string;
  readonly invalidPhone: string;
  readonly phoneTypes: Readonly<Record<PhoneLineType, string>>;
  readonly methods: Readonly<Record<PhoneVerificationMethod, string>>;
  /** The verdicts of `check message`: the length in characters as the portal counts them. */
  readonly readyToSend: (length: number) => string;
  /** How far past the limit a message too long is. */
  readonly overBy: (over: number) => string;
  readonly cannotSend: string;
}

/** English keeps the codes themselves as verdict words: scripts written for 0.1 match them. */
const en: CliWords = {
  browserStatus: { supported: 'supported', unsupported: 'unsupported', unknown: 'unknown' },
  browserOn: (browser, os) => `${browser} on ${os}`,
  unknownSystem: 'unknown system',
  unrecognisedBrowser: 'browser not recognised',
  eligible: 'eligible',
  notEligible: 'not eligible',
  ageOn: (age, today) => `age ${age} on ${today}`,
  eligibleOn: (date) => `eligible on ${date}`,
  validPhone: (type, e164) => `valid ${type} number ${e164}`,
  recommended: (method) => `recommended: ${method}`,
  invalidPhone: 'not a usable phone number',
  phoneTypes: {
    mobile: 'mobile',
    'fixed-line': 'fixed-line',
    'fixed-line-or-mobile': 'fixed-line-or-mobile',
    voip: 'voip',
    'toll-free': 'toll-free',
    other: 'other',
    unknown: 'unknown',
  },
  methods: { text: 'text', call: 'call', 'ask-patient': 'ask-patient' },
  readyToSend: (length) => `ready to send (${length} ${length === 1 ? 'character' : 'characters'})`,
  overBy: (over) => `${over} ${over === 1 ? 'character' : 'characters'} over the limit`,
  cannotSend: 'cannot be sent',
};

const es: CliWords = {
  browserStatus: { supported: 'compatible', unsupported: 'no compatible', unknown: 'desconocido' },
  browserOn: (browser, os) => `${browser} en ${os}`,
  unknownSystem: 'sistema desconocido',
  unrecognisedBrowser: 'navegador no reconocido',
  eligible: 'puede tener cuenta',
  notEligible: 'no puede tener cuenta',
  ageOn: (age, today) => `${age} años el ${today}`,
  eligibleOn: (date) => `podrá tenerla a partir del ${date}`,
  validPhone: (type, e164) => `número ${type} válido ${e164}`,
  recommended: (method) => `recomendado: ${method}`,
  invalidPhone: 'no es un número de teléfono que se pueda usar',
  phoneTypes: {
    mobile: 'celular',
    'fixed-line': 'fijo',
    'fixed-line-or-mobile': 'fijo o celular',
    voip: 'de internet (VoIP)',
    'toll-free': 'gratuito',
    other: 'de otro tipo',
    unknown: 'de tipo desconocido',
  },
  // The portal's button labels stay in English, as on the screen the patient sees.
  methods: { text: 'Text me', call: 'Call me', 'ask-patient': 'preguntar al paciente' },
  readyToSend: (length) => `listo para enviar (${length} ${length === 1 ? 'carácter' : 'caracteres'})`,
  overBy: (over) => `${over} ${over === 1 ? 'carácter' : 'caracteres'} de más`,
  cannotSend: 'no se puede enviar',
};

/** The CLI's words per `--locale` value. */
export const cliWords: Readonly<Record<'en' | 'es', CliWords>> = { en, es };
