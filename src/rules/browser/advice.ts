import type { Locale } from '../../internal/locale.js';
import type { PolicyBrowser } from '../browser-policy.js';
import type { BrowserSupportReason } from '../browser-support.js';

/** What the advice sentences may mention. */
export interface AdviceContext {
  readonly reason: BrowserSupportReason;
  /** Display name of the detected browser, when it is one of the four or Internet Explorer. */
  readonly browserLabel?: string | undefined;
  /** Name of the app whose built-in browser is in use, when known. */
  readonly appName?: string | undefined;
  /** The browsers offered as download links, in order. */
  readonly links: readonly PolicyBrowser[];
}

/** The names the vendor's help page uses for the four supported browsers. */
export const browserLabels: Readonly<Record<PolicyBrowser, string>> = {
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  firefox: 'Mozilla Firefox',
  safari: 'Safari',
};

/** The label of the staff action this library checks in `checkStaffBrowser`, quoted exactly. */
export const LOG_IN_AS_PATIENT = 'Log in to Portal as Patient';

type Phrases = (context: AdviceContext, list: string) => string;

function listOf(links: readonly PolicyBrowser[], locale: Locale): string {
  const names = links.map((link) => browserLabels[link]);
  const or = locale === 'es' ? ' o ' : ' or ';
  if (names.length === 0) return locale === 'es' ? 'un navegador compatible' : 'a supported browser';
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')}${or}${names[names.length - 1] as string}`;
}

const patientEn: Record<BrowserSupportReason, Phrases> = {
  'supported-browser': () =>
    'Your browser works with the Patient Portal, so there is nothing to change there.',
  'edge-requires-windows': (_, list) =>
    `Microsoft Edge works with the Patient Portal only on Windows 7 or later, not on this device. Please open the portal in ${list} instead, using the download links shown on your screen.`,
  'safari-requires-apple-os': (_, list) =>
    `Safari works with the Patient Portal only on Apple devices such as a Mac, iPhone or iPad. Please open the portal in ${list} instead, using the download links shown on your screen.`,
  'browser-not-allowed-on-os': (c, list) =>
    `${c.browserLabel ?? 'This browser'} can't be used with the Patient Portal on this device. Please open the portal in ${list} instead, using the download links shown on your screen.`,
  'outdated-browser': (c, list) =>
    `Your version of ${c.browserLabel ?? 'this browser'} is too old for the Patient Portal. Please update it to the latest version, or open the portal in ${list}.`,
  'windows-version-unknown': (_, list) =>
    `We can't tell whether your computer runs Windows 10 or Windows 11. To be safe, please open the portal in ${list}.`,
  'conflicting-client-hints': (_, list) =>
    `Your browser is sending details that don't match each other, so we can't confirm it works with the Patient Portal. Please open the portal in ${list}.`,
  'internet-explorer': (_, list) =>
    `Internet Explorer doesn't work with the Patient Portal. Please install ${list} from the download links shown on your screen, then open the portal there.`,
  'in-app-browser': (c, list) =>
    `You've opened the portal inside ${c.appName ? `the ${c.appName} app` : 'another app'}, and its built-in browser isn't supported. Please open the link in ${list} instead; most apps offer this in their menu.`,
  webview: (_, list) =>
    `The portal is showing inside another app, which isn't supported. Please open the portal link directly in ${list}.`,
  'tv-console-or-car-browser': (_, list) =>
    `The Patient Portal doesn't work on TVs, game consoles or car screens. Please use a computer, phone or tablet with ${list}.`,
  'other-browser': (_, list) =>
    `This browser isn't one the Patient Portal supports. Please open the portal in ${list}, using the download links shown on your screen if you need them.`,
  'not-a-browser': (_, list) =>
    `This doesn't look like a web browser, so we can't check it. Please open the portal in ${list}.`,
  'malformed-user-agent': (_, list) => unidentifiedEn(list),
  'unrecognised-user-agent': (_, list) => unidentifiedEn(list),
  'empty-user-agent': (_, list) => unidentifiedEn(list),
  'user-agent-too-long': (_, list) => unidentifiedEn(list),
};

function unidentifiedEn(list: string): string {
  return `We couldn't identify your browser. To be sure everything works, please open the portal in ${list}.`;
}

const patientEs: Record<BrowserSupportReason, Phrases> = {
  'supported-browser': () =>
    'Su navegador funciona con el portal del paciente, así que no hace falta cambiar nada.',
  'edge-requires-windows': (_, list) =>
    `Microsoft Edge funciona con el portal del paciente solo en Windows 7 o posterior, no en este dispositivo. Por favor, abra el portal en ${list}, con los enlaces de descarga que aparecen en su pantalla.`,
  'safari-requires-apple-os': (_, list) =>
    `Safari funciona con el portal del paciente solo en dispositivos Apple, como una Mac, un iPhone o un iPad. Por favor, abra el portal en ${list}, con los enlaces de descarga que aparecen en su pantalla.`,
  'browser-not-allowed-on-os': (c, list) =>
    `${c.browserLabel ?? 'Este navegador'} no se puede usar con el portal del paciente en este dispositivo. Por favor, abra el portal en ${list}, con los enlaces de descarga que aparecen en su pantalla.`,
  'outdated-browser': (c, list) =>
    `Su versión de ${c.browserLabel ?? 'este navegador'} es demasiado antigua para el portal del paciente. Por favor, actualícela a la versión más reciente o abra el portal en ${list}.`,
  'windows-version-unknown': (_, list) =>
    `No podemos saber si su computadora tiene Windows 10 o Windows 11. Para ir a lo seguro, abra el portal en ${list}.`,
  'conflicting-client-hints': (_, list) =>
    `Su navegador está enviando datos que no coinciden, así que no podemos confirmar que funcione con el portal del paciente. Por favor, abra el portal en ${list}.`,
  'internet-explorer': (_, list) =>
    `Internet Explorer no funciona con el portal del paciente. Por favor, instale ${list} con los enlaces de descarga que aparecen en su pantalla y abra el portal ahí.`,
  'in-app-browser': (c, list) =>
    `Abrió el portal dentro de ${c.appName ? `la aplicación ${c.appName}` : 'otra aplicación'}, y su navegador integrado no es compatible. Por favor, abra el enlace en ${list}; casi todas las aplicaciones tienen esa opción en su menú.`,
  webview: (_, list) =>
    `El portal se está mostrando dentro de otra aplicación, y eso no es compatible. Por favor, abra el enlace del portal directamente en ${list}.`,
  'tv-console-or-car-browser': (_, list) =>
    `El portal del paciente no funciona en televisores, consolas de videojuegos ni pantallas de auto. Por favor, use una computadora, un teléfono o una tableta con ${list}.`,
  'other-browser': (_, list) =>
    `Este navegador no es uno de los que acepta el portal del paciente. Por favor, abra el portal en ${list}; si no lo tiene, puede descargarlo con los enlaces de su pantalla.`,
  'not-a-browser': (_, list) =>
    `Esto no parece un navegador web, así que no lo podemos revisar. Por favor, abra el portal en ${list}.`,
  'malformed-user-agent': (_, list) => unidentifiedEs(list),
  'unrecognised-user-agent': (_, list) => unidentifiedEs(list),
  'empty-user-agent': (_, list) => unidentifiedEs(list),
  'user-agent-too-long': (_, list) => unidentifiedEs(list),
};

function unidentifiedEs(list: string): string {
  return `No pudimos identificar su navegador. Para que el portal funcione bien, ábralo en ${list}.`;
}

/** One or two sentences staff can say to the patient. */
export function patientAdvice(context: AdviceContext, locale: Locale): string {
  const table = locale === 'es' ? patientEs : patientEn;
  return table[context.reason](context, listOf(context.links, locale));
}

/** One or two sentences for a staff member about their own browser and "Log in to Portal as Patient". */
export function staffAdvice(context: AdviceContext, locale: Locale): string {
  const list = listOf(context.links, locale);
  const action = `"${LOG_IN_AS_PATIENT}"`;
  const label = context.browserLabel;
  const es = locale === 'es';
  switch (context.reason) {
    case 'supported-browser':
      return es
        ? `Su navegador es compatible: puede usar ${action} en Quickview.`
        : `Your browser is supported, so you can use ${action} on the Quickview.`;
    case 'internet-explorer':
      return es
        ? `${action} no funciona en Internet Explorer. Abra Quickview en ${list} e inténtelo de nuevo.`
        : `${action} doesn't work in Internet Explorer. Open the Quickview in ${list} and try again.`;
    case 'outdated-browser':
      return es
        ? `Su versión de ${label ?? 'este navegador'} es demasiado antigua para ${action}. Actualícela o abra Quickview en ${list}.`
        : `Your version of ${label ?? 'this browser'} is too old for ${action}. Update it, or open the Quickview in ${list}.`;
    case 'edge-requires-windows':
    case 'safari-requires-apple-os':
    case 'browser-not-allowed-on-os':
      return es
        ? `${label ?? 'Este navegador'} no es compatible con ${action} en este equipo. Abra Quickview en ${list}.`
        : `${label ?? 'This browser'} isn't supported for ${action} on this computer. Open the Quickview in ${list} instead.`;
    case 'in-app-browser':
    case 'webview':
    case 'tv-console-or-car-browser':
    case 'other-browser':
      return es
        ? `Este navegador no es compatible con ${action}. Abra Quickview en ${list} e inténtelo de nuevo.`
        : `This browser isn't supported for ${action}. Open the Quickview in ${list} and try again.`;
    default:
      return es
        ? `No pudimos confirmar que su navegador sea compatible, así que ${action} podría no funcionar. Abra Quickview en ${list}.`
        : `We couldn't confirm that your browser is supported, so ${action} may not work. Open the Quickview in ${list}.`;
  }
}
