import type { BrowserWords } from '../types.js';

/**
 * Browser names joined for a sentence: "A, B o C"; with none, "un navegador compatible".
 *
 * @example
 * ```ts
 * browserList(['Google Chrome', 'Mozilla Firefox']);
 * //=> 'Google Chrome o Mozilla Firefox'
 * ```
 */
export function browserList(names: readonly string[]): string {
  const last = names[names.length - 1];
  if (last === undefined) return 'un navegador compatible';
  return names.length === 1 ? last : `${names.slice(0, -1).join(', ')} o ${last}`;
}

const LINKS = 'con los enlaces de descarga que aparecen en su pantalla';

const unidentified: BrowserWords['empty-user-agent'] = ({ browsers }) =>
  `No pudimos identificar su navegador. Para que el portal funcione bien, ábralo en ${browserList(browsers)}.`;

/**
 * Spanish advice to the patient, per browser reason code.
 *
 * @example
 * ```ts
 * browser['internet-explorer']({ browsers: ['Google Chrome', 'Mozilla Firefox'] });
 * //=> 'Internet Explorer no es un navegador compatible con el portal del paciente. ...'
 * ```
 */
export const browser: BrowserWords = /* @__PURE__ */ Object.freeze<BrowserWords>({
  'supported-browser': () =>
    'Su navegador es compatible con el portal del paciente, así que no hace falta cambiar nada.',
  'edge-requires-windows': ({ browsers }) =>
    `Microsoft Edge es compatible con el portal del paciente solo en Windows 7 o posterior, no en este dispositivo. Por favor, abra el portal en ${browserList(browsers)}, ${LINKS}.`,
  'safari-requires-apple-os': ({ browsers }) =>
    `Safari es compatible con el portal del paciente solo en dispositivos Apple, como una Mac, un iPhone o un iPad. Por favor, abra el portal en ${browserList(browsers)}, ${LINKS}.`,
  'browser-not-allowed-on-os': ({ browserName, browsers }) =>
    `${browserName ?? 'Este navegador'} no es compatible con el portal del paciente en este dispositivo. Por favor, abra el portal en ${browserList(browsers)}, ${LINKS}.`,
  'outdated-browser': ({ browserName, browsers }) =>
    `Su versión de ${browserName ?? 'este navegador'} es demasiado antigua para el portal del paciente. Por favor, actualícela a la versión más reciente o abra el portal en ${browserList(browsers)}.`,
  'windows-version-unknown': ({ browsers }) =>
    `No podemos saber qué versión de Windows tiene su computadora, y este navegador es compatible con el portal del paciente solo en algunas. Para ir a lo seguro, abra el portal en ${browserList(browsers)}.`,
  'conflicting-client-hints': ({ browsers }) =>
    `Su navegador está enviando datos que no coinciden entre sí, así que no podemos confirmar que sea compatible con el portal del paciente. Por favor, abra el portal en ${browserList(browsers)}.`,
  'internet-explorer': ({ browsers }) =>
    `Internet Explorer no es un navegador compatible con el portal del paciente. Por favor, instale ${browserList(browsers)} ${LINKS} y abra el portal ahí.`,
  'in-app-browser': ({ appName, browsers }) =>
    `Abrió el portal dentro de ${appName ? `la aplicación ${appName}` : 'otra aplicación'}, y su navegador integrado no es compatible. Por favor, abra el enlace en ${browserList(browsers)}; casi todas las aplicaciones tienen esa opción en su menú.`,
  webview: ({ browsers }) =>
    `El portal se está mostrando dentro de otra aplicación, y eso no es compatible. Por favor, abra el enlace del portal directamente en ${browserList(browsers)}.`,
  'tv-console-or-car-browser': ({ browsers }) =>
    `El portal del paciente no funciona en televisores, consolas de videojuegos ni pantallas de auto. Por favor, use una computadora, un teléfono o una tableta con ${browserList(browsers)}.`,
  'other-browser': ({ browsers }) =>
    `Este no es un navegador compatible con el portal del paciente. Por favor, abra el portal en ${browserList(browsers)}; si no lo tiene, puede descargarlo ${LINKS}.`,
  'not-a-browser': ({ browsers }) =>
    `Esto no parece un navegador web, así que no lo podemos revisar. Por favor, abra el portal en ${browserList(browsers)}.`,
  'malformed-user-agent': unidentified,
  'unrecognised-user-agent': unidentified,
  'empty-user-agent': unidentified,
  'user-agent-too-long': unidentified,
});
