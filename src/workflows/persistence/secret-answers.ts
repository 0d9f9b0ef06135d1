import { isRecord } from '../../internal/is-record.js';
import { liveTriageChecks } from '../../rules/triage/live-rule-checks.js';
import type { SecurityAnswerComparison } from '../../rules/triage/rule-checks.js';
import type { AssistSessionInput } from '../assist/input.js';
import { type AssistTriage, runTriage } from '../assist/triage.js';
import { liveChecks } from '../live-checks.js';

/** Security answers that compare as each verdict does, and say nothing about the patient's own. */
const answerStandIns: Readonly<Record<SecurityAnswerComparison, readonly [string, string]>> = {
  'answers-match': ['answer', 'answer'],
  'answers-differ-in-characters': ['an-swer', 'answer'],
  'answers-differ': ['answer', 'other'],
};

/** The stand-in of a security answer given without the other one. */
const LONE_ANSWER = 'answer';

/** A public test card number: a stand-in for a message that holds one (it is no one's card). */
const TEST_CARD = '4111 1111 1111 1111';

/**
 * A message text with the same problems as `text` under the triage's message check (a card number,
 * empty, too long), and none of its words.
 */
function messageStandIn(text: string): string {
  const { issues } = liveTriageChecks.message(
    { body: text, attachments: [], startedFrom: 'home-page' },
    undefined,
  );
  const has = (code: string) => issues.some((issue) => issue.code === code);
  if (has('empty-message')) return '';
  const body = has('message-too-long') ? 'x'.repeat(text.length) : 'message';
  return has('card-number-in-message') ? `${TEST_CARD} ${body}` : body;
}

/**
 * The triage answers a saved session keeps: the security answers (a patient's secret) and the text
 * of a message that would not send (it may hold a card number or health details) are replaced by
 * stand-ins with the same verdict, so restoring the session diagnoses the same, and the host's
 * storage never holds them. Kept as they were only if a stand-in ever diagnosed otherwise.
 */
export function withoutSecretAnswers(context: Record<string, unknown>): Record<string, unknown> {
  const triage = isRecord(context.triage) ? (context.triage as AssistTriage) : null;
  if (triage === null) return context;
  const answers: Record<string, unknown> = { ...triage.answers };
  const { answer, savedAnswer, messageText } = answers;
  if (typeof answer === 'string' && typeof savedAnswer === 'string')
    [answers.answer, answers.savedAnswer] =
      answerStandIns[liveTriageChecks.securityAnswer(answer, savedAnswer)];
  else {
    // One answer alone decides nothing (the triage compares two): any stand-in does.
    if (typeof answer === 'string') answers.answer = LONE_ANSWER;
    if (typeof savedAnswer === 'string') answers.savedAnswer = LONE_ANSWER;
  }
  if (typeof messageText === 'string') answers.messageText = messageStandIn(messageText);
  if (answer === undefined && savedAnswer === undefined && messageText === undefined) return context;
  const again = runTriage(
    liveChecks,
    context.session as AssistSessionInput,
    triage.symptom,
    answers as AssistTriage['answers'],
  );
  const same =
    again !== null &&
    JSON.stringify([again.question, again.causes, again.fix]) ===
      JSON.stringify([triage.question, triage.causes, triage.fix]);
  return same ? { ...context, triage: again } : context;
}
