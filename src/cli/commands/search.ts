import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import type { Locale } from '../../locales/types.js';
import { type HelpHit, MAX_SEARCH_QUERY_LENGTH, searchHelp } from '../../search/search-help.js';
import { oneOf, parse } from '../args.js';
import { help, printHelp } from '../help.js';
import { type CliIo, terminalJson } from '../io.js';
import { exitCodes, UsageError } from '../usage-error.js';

const locales = { en, es };
/** Most hits `--limit` may ask for (`searchHelp`'s own cap). */
const MAX_LIMIT = 50;

/**
 * The hits `searchHelp` finds for words typed on the command line. Words over the search's cap
 * are a usage error that gives the cap, never the words (they are what a patient said).
 */
export function searchWords(words: string, locale: Locale, limit: number): readonly HelpHit[] {
  if (words.length > MAX_SEARCH_QUERY_LENGTH)
    throw new UsageError(`the words are over ${MAX_SEARCH_QUERY_LENGTH} characters; give the heart of them`);
  return searchHelp(words, { locale, limit });
}

/** `--limit N`: a whole number of hits, 1 to 50. */
function limitOf(text: string | undefined): number {
  if (text === undefined) return 5;
  const limit = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT))
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  return limit;
}

/**
 * `portal-helpdesk search <words...>`: the symptoms (and guide steps) the patient's words point
 * to, best first; each symptom with the `triage` command that diagnoses it.
 */
export function searchCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    {
      locale: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'search',
  );
  if (values.help) return printHelp(io, help.search);
  if (positionals.length === 0) {
    io.err(help.search);
    return exitCodes.usage;
  }
  const locale = locales[oneOf('locale', values.locale, ['en', 'es'], 'en')];
  const hits = searchWords(positionals.join(' '), locale, limitOf(values.limit));
  if (values.json) io.out(terminalJson(hits));
  else if (hits.length > 0) {
    const width = Math.max(...hits.map((hit) => (hit.kind === 'symptom' ? hit.symptom : hit.step).length));
    io.out(
      hits
        .map((hit) =>
          hit.kind === 'symptom'
            ? `${hit.symptom.padEnd(width)}  ${hit.title}\n${' '.repeat(width + 2)}portal-helpdesk triage ${hit.symptom}`
            : `${hit.step.padEnd(width)}  ${hit.title}`,
        )
        .join('\n'),
    );
  }
  // As grep: nothing found is exit 1, so a script can tell.
  if (hits.length === 0)
    io.err(
      'portal-helpdesk: nothing matches those words; try other words, or see portal-helpdesk triage --help',
    );
  return hits.length > 0 ? exitCodes.ok : exitCodes.verdictNo;
}
