import * as z from 'zod/mini';
import { sameData } from '../../internal/same-data.js';
import { type AssistSessionInput, assistInputSchema } from './input.js';

/**
 * Whether a saved assist session was made for the chart `input` describes: the same patient and
 * practice facts, as the session's schema reads them (its clock and the staff browser aside). The
 * element and the React hook resume a save only then, so a save for the same patient id whose
 * facts the chart no longer gives (a corrected birth date, a new portal address, a hand-edited
 * save) starts afresh instead of carrying its own facts on.
 */
export function sessionFitsInput(session: AssistSessionInput, input: unknown): boolean {
  let result: ReturnType<typeof z.safeParse<typeof assistInputSchema>>;
  try {
    const given = typeof input === 'object' && input !== null ? input : {};
    result = z.safeParse(assistInputSchema, { ...given, now: session.now });
  } catch {
    return false;
  }
  return (
    result.success &&
    sameData(result.data.patient, session.patient) &&
    sameData(result.data.practice, session.practice)
  );
}
