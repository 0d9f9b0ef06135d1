import * as z from 'zod/mini';
import { guidePracticeShape } from '../guides/guide-options.js';
import { httpUrlSchema } from '../internal/http-url.js';
import { keyText } from '../internal/key-text.js';
import { toIssues } from '../internal/validate.js';
import { sizeText } from './io.js';
import { UsageError } from './usage-error.js';

/** The environment variable naming a practice file when `--practice` is not given. */
export const PRACTICE_ENV = 'PORTAL_HELPDESK_PRACTICE';

/**
 * The longest practice file read, in bytes (a Provider list of 500 providers fits in far less):
 * reading stops one byte past it.
 */
export const MAX_PRACTICE_FILE_LENGTH = 4_194_304;

/**
 * A practice file: the settings `buildGuide` takes as `practice`, plus the portal address. Every
 * key is optional; unknown keys are refused. `schemas/practice.schema.json` is generated from it.
 * `$schema` (the file's own pointer to that schema, for editors) is allowed and not read.
 */
export const practiceFileSchema = z.strictObject({
  /** Where an editor finds the schema of this file, e.g. `./node_modules/portal-helpdesk/schemas/practice.schema.json`. */
  $schema: z.optional(z.string().check(z.maxLength(2048))),
  /** The practice's Patient Portal address, given to the patient (`http:` or `https:`). */
  portalUrl: z.optional(httpUrlSchema),
  ...guidePracticeShape,
});

/** A parsed practice file, without its `$schema`. */
export type PracticeFile = Omit<z.output<typeof practiceFileSchema>, '$schema'>;

/**
 * The JSON Schema of a practice file, for editors and for hosts that check their files before the
 * CLI sees them. Refinements zod cannot express in JSON Schema (a URL's allowed characters) are
 * checked by the CLI only.
 */
export function practiceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(practiceFileSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://github.com/portal-helpdesk/portal-helpdesk/blob/main/schemas/practice.schema.json',
    title: 'portal-helpdesk practice file',
    description:
      'Practice settings for `portal-helpdesk guide --practice <file>` (or the PORTAL_HELPDESK_PRACTICE environment variable).',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

/**
 * Reads and validates a practice file. `source` says where its name came from, for the messages:
 * `--practice` or the environment variable. Messages name the field, never the value or the path.
 */
export function readPracticeFile(text: string, source: string): PracticeFile {
  // The reader stops at the cap in bytes; this catches a reader that did not (characters <= bytes).
  if (text.length > MAX_PRACTICE_FILE_LENGTH) {
    throw new UsageError(`${source}: ${inputName(source)} is over ${sizeText(MAX_PRACTICE_FILE_LENGTH)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${source}: ${inputName(source)} is not valid JSON`);
  }
  const result = practiceFileSchema.safeParse(value);
  if (result.success) {
    const { $schema: _schema, ...practice } = result.data;
    return practice;
  }
  const issue = toIssues(result.error.issues)[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` (${pathText(issue.path)})`;
  throw new UsageError(`${source}${where}: ${issue?.message ?? 'invalid value'}`);
}

/** What the practice settings were read from, as a message names it. */
const inputName = (source: string): string => (source.endsWith(' -') ? 'standard input' : 'the file');

/** A path as `providers[0].name`; keys are made safe again (escaped, capped), whoever built the path. */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? keyText(part) : `.${keyText(part)}`,
    )
    .join('');
}
