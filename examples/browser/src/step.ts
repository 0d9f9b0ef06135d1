/**
 * What the panel shows for the current step: a heading, the guide text, the portal labels, and
 * the full guide of the task, all derived from the library (machines' step meta and catalogs).
 */
import {
  type AssistTask,
  buildGuide,
  catalogFor,
  defaultMessagePolicy,
  type Guide,
  type GuideParams,
  MINIMUM_PORTAL_AGE,
  type RichText,
  type StepMeta,
  workflows,
} from 'portal-helpdesk';
import { humanise } from './dom.js';
import { innermostMeta, type Session } from './session.js';

/**
 * The current step, ready to draw.
 *
 * @example
 * ```ts
 * const view: StepView = currentStep(session);
 * view.heading;
 * //=> 'Enter phone for text'
 * ```
 */
export interface StepView {
  /** The workflow the step belongs to ("Create a Patient Portal account"). */
  readonly workflowTitle: string;
  /** A short name for the step, from its guide key ("Enter phone for text"). */
  readonly heading: string;
  readonly text: RichText;
  /** The portal's labels on this screen, personalised. */
  readonly labels: readonly string[];
  /** The final step of the task that just ended, when the session is between tasks. */
  readonly finished: { readonly heading: string; readonly text: RichText } | null;
}

/**
 * The current step: the running task's, else the session's own.
 *
 * @example
 * ```ts
 * currentStep(session).labels;
 * //=> ['Create My Account']
 * ```
 */
export function currentStep(session: Session): StepView {
  const task = session.currentTask();
  const child = session.taskSnapshot();
  const snapshot = session.actor.getSnapshot();
  const meta = (child && innermostMeta(child)) ?? innermostMeta(snapshot);
  if (!meta) throw new Error('Every resting state carries step meta');
  const params = guideParams(session, undefined);
  const last = session.lastFinished;
  return {
    workflowTitle: task ? workflows[task].title : workflows.assist.title,
    heading: headingOf(meta),
    text: catalogFor('en').steps[meta.guide](params),
    labels: meta.labels.map((label) => label.replaceAll('{patientName}', params.patientName)),
    finished:
      snapshot.value === 'taskFinished' && last
        ? {
            heading: headingOf(last.meta),
            text: catalogFor('en').steps[last.meta.guide](guideParams(session, last.output)),
          }
        : null,
  };
}

/**
 * The full guide for the running task (or the one that just ended), else for the session.
 *
 * @example
 * ```ts
 * element.innerHTML = renderHtml(fullGuide(session));
 * ```
 */
export function fullGuide(session: Session): Guide {
  const { context } = session.actor.getSnapshot();
  const { session: facts, taskOptions, outcomes, preChecks } = context;
  const task: AssistTask | undefined = context.currentTask ?? outcomes.at(-1)?.task;
  const patient = facts.patient;
  const options = {
    audience: 'staff' as const,
    now: facts.now,
    portalUrl: facts.practice.portalUrl,
    practice: {
      timeZone: facts.practice.timeZone,
      providerBasedRouting: facts.practice.providerBasedRouting,
      providers: facts.practice.providers,
      ...(facts.practice.minimumAge !== undefined ? { minimumAge: facts.practice.minimumAge } : {}),
    },
    ...(patient ? { patientName: patient.displayName, patientBirthDate: patient.birthDate } : {}),
    ...(patient?.familyProfiles?.[0] ? { familyMemberName: patient.familyProfiles[0].displayName } : {}),
  };
  switch (task) {
    case 'registration':
      return buildGuide('registration', { channel: taskOptions.channel }, options);
    case 'secure-message':
      return buildGuide('secure-message', { startedFrom: taskOptions.startedFrom }, options);
    case undefined:
      return buildGuide(
        'assist',
        { patientBrowserUnsupported: preChecks.patientBrowser?.status === 'unsupported' },
        options,
      );
    default:
      return buildGuide(task, {}, options);
  }
}

function headingOf(meta: StepMeta): string {
  return humanise(meta.guide.slice(meta.guide.indexOf('.') + 1));
}

function guideParams(session: Session, output: unknown): GuideParams {
  const facts = session.actor.getSnapshot().context.session;
  const underAge = (output as { underAge?: { eligibleOn?: unknown } } | undefined)?.underAge;
  return {
    patientName: facts.patient?.displayName ?? 'the patient',
    portalUrl: facts.practice.portalUrl,
    minimumAge: facts.practice.minimumAge ?? MINIMUM_PORTAL_AGE,
    maxLength: defaultMessagePolicy.maxLength,
    maxAttachments: defaultMessagePolicy.maxAttachments,
    ...(typeof underAge?.eligibleOn === 'string' ? { eligibleOn: underAge.eligibleOn } : {}),
  };
}
