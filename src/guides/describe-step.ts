import { type AnyActorRef, type AnyMachineSnapshot, getNextTransitions } from 'xstate';
import * as z from 'zod/mini';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput } from '../internal/validate.js';
import { guide as enGuide } from '../locales/en/guide.js';
import type { GuideParams } from '../locales/guide-words.js';
import { localeOption, wordsOf } from '../locales/option.js';
import { defaultMessagePolicy } from '../rules/message-policy.js';
import { OFFICE_STAFF_LABEL } from '../rules/recipients.js';
import type { AssistSessionInput } from '../workflows/assist/input.js';
import { type AssistUser, familyMemberEligibleOn } from '../workflows/assist/registering-user.js';
import { offeredSymptoms } from '../workflows/assist/triage.js';
import type { WorkflowId } from '../workflows/definitions.js';
import { workflowDefinitions } from '../workflows/registry.js';
import { optionalFieldsOf, type PayloadField, payloadOf, typeOf } from '../workflows/shared/event-schema.js';
import type { GuideStepKey } from '../workflows/shared/guide-keys.js';
import { displayNameSchema } from '../workflows/shared/input-schemas.js';
import type { GuideAudience, GuideNote, RichText } from './guide.js';
import { applyLabelPolicy, labelPolicySchema, policyLabel } from './label-policy.js';
import { stepParts } from './step-parts.js';
import { type TriageStepView, triageStepView } from './triage-view.js';
import type { GuideWordsOptions } from './words-options.js';

/** An event the current state accepts, with the fields its payload carries. */
export type AcceptedEvent = {
  readonly type: string;
  readonly payload: Readonly<Record<string, PayloadField>>;
  /**
   * The payload fields the event may leave out (`CHOOSE_TASK`'s `channel`, `startedFrom` and
   * `user`); every other field of `payload` is required.
   */
  readonly optional: readonly string[];
};

/**
 * "Where the patient is": one plain-data description of a workflow's current state, the same
 * words a printed guide uses for that state.
 */
export type StepView = {
  readonly workflowId: WorkflowId;
  /** The dotted id of the state (`security.enteringCode`). */
  readonly stateId: string;
  /** The words key of the step. */
  readonly key: GuideStepKey;
  /** `patient` for the patient's own screens; `staff` for the staff member's. */
  readonly audience: 'patient' | 'staff';
  /** The workflow's title in the chosen language. */
  readonly heading: string;
  /** What to do in this step, the patient's name filled in. */
  readonly instructions: RichText;
  /** The exact portal labels involved, personalised. */
  readonly labels: readonly string[];
  /** Notes beside the step; staff notes only when the audience is `staff`. */
  readonly notes: readonly GuideNote[];
  /** The events this state accepts from a host, with their payload fields. */
  readonly events: readonly AcceptedEvent[];
  /**
   * Why the last action was refused (`wrong-code`, `invalid-phone`...), or why an assist task cannot
   * start or stopped (`patient-under-minimum-age`, `already-registered`, `no-phone-of-record`...);
   * `null` when nothing is wrong.
   */
  readonly problem: string | null;
  /**
   * Who registers, where the step is about registering: an assist session running the registration
   * task or refused it, and account creation itself. `displayName` is the patient's name, or the
   * family member's (as staff gave it in `CHOOSE_TASK`, else the `familyMemberName` option, else
   * the placeholder). `null` elsewhere.
   */
  readonly user: { readonly role: 'patient' | 'family-member'; readonly displayName: string } | null;
  /** For a final state: how the workflow ended, and why when it was blocked. */
  readonly outcome: { readonly status: 'completed' | 'blocked'; readonly reason: string | null } | null;
  /** In an assist session running a task: the task's own step view. */
  readonly task: StepView | null;
  /** In an assist session triaging a symptom: the question asked now, or the diagnosis. */
  readonly triage: TriageStepView | null;
  /**
   * In an assist session running the task that fixes a diagnosis: the step of that task the
   * patient must reach (the task starts at its beginning; see docs/policies.md).
   */
  readonly fixStep: {
    readonly stateId: string;
    readonly key: GuideStepKey;
    readonly instructions: RichText;
  } | null;
};

/** Validates the options of {@link describeStep}. */
export const describeStepOptionsSchema = z.optional(
  z.strictObject({
    locale: z.optional(localeOption('guide', enGuide)),
    audience: z.optional(z.enum(['staff', 'patient'])),
    /** Portal labels in another language: `portal` (default, glossed once) or `translated`. */
    labels: z.optional(labelPolicySchema),
    /** Overrides the name read from the session (or the placeholder when it has none). */
    patientName: z.optional(displayNameSchema),
    familyMemberName: z.optional(displayNameSchema),
  }),
);

/**
 * Options of {@link describeStep}: the language, the audience, how portal labels appear and the
 * names to show, each optional. Checked against `describeStepOptionsSchema` by type tests; an
 * unknown key is refused, by name.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const options: DescribeStepOptions = { locale: es, audience: 'patient' };
 * describeStep(createWorkflowActor(securitySetupMachine, {}).start(), options).audience;
 * //=> 'patient'
 * ```
 */
export interface DescribeStepOptions extends GuideWordsOptions {}

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null;

function snapshotOf(source: AnyMachineSnapshot | AnyActorRef): AnyMachineSnapshot {
  const candidate: unknown =
    isRecord(source) && typeof source.getSnapshot === 'function'
      ? (source as AnyActorRef).getSnapshot()
      : source;
  if (isRecord(candidate) && isRecord(candidate.machine) && typeof candidate.getMeta === 'function')
    return candidate as unknown as AnyMachineSnapshot;
  throw new PortalHelpdeskError('invalid-input', [
    { path: ['snapshot'], message: 'Expected a workflow snapshot or actor' },
  ]);
}

/** The params a state's words read, from the session's own facts. */
function paramsOf(context: Record_, names: { patientName: string; familyMemberName: string }): GuideParams {
  const session = isRecord(context.session) ? context.session : undefined;
  const practice = session && isRecord(session.practice) ? session.practice : undefined;
  const policy = isRecord(context.policy) ? context.policy : undefined;
  const underAge = isRecord(context.underAge) ? context.underAge : undefined;
  const providers = Array.isArray(context.providers) ? (context.providers as Record_[]) : [];
  const recipient =
    context.recipientId === 'office-staff'
      ? { name: OFFICE_STAFF_LABEL, departments: providers.flatMap((p) => p.departments as Record_[]) }
      : providers.find((provider) => provider.id === context.recipientId);
  const departments =
    recipient && Array.isArray(recipient.departments) ? (recipient.departments as Record_[]) : [];
  const location = departments.find((department) => department.id === context.departmentId);
  const minimumAge = context.minimumAge ?? practice?.minimumAge;
  const preChecks = isRecord(context.preChecks) ? context.preChecks : undefined;
  const portalUrl = preChecks?.portalUrl;
  const blocked = isRecord(context.blocked) ? context.blocked : undefined;
  // An assist task refused for age: the pre-check knows when the patient turns old enough, the
  // age rule when the family member who would register does.
  const preCheckAge =
    blocked?.reason === 'patient-under-minimum-age' && isRecord(preChecks?.eligibility)
      ? preChecks.eligibility
      : undefined;
  const sessionUser = sessionUserOf(context);
  const familyMemberAge =
    blocked?.reason === 'family-member-under-minimum-age' && sessionUser !== undefined
      ? familyMemberEligibleOn(context.session as AssistSessionInput, sessionUser)
      : undefined;
  const eligibleOn = underAge?.eligibleOn ?? preCheckAge?.eligibleOn ?? familyMemberAge;
  return {
    patientName: names.patientName,
    familyMemberName: names.familyMemberName,
    minimumAge: typeof minimumAge === 'number' ? minimumAge : 13,
    maxLength: typeof policy?.maxLength === 'number' ? policy.maxLength : defaultMessagePolicy.maxLength,
    maxAttachments:
      typeof policy?.maxAttachments === 'number'
        ? policy.maxAttachments
        : defaultMessagePolicy.maxAttachments,
    ...(typeof portalUrl === 'string' ? { portalUrl } : {}),
    ...(typeof eligibleOn === 'string' && eligibleOn ? { eligibleOn } : {}),
    ...(Array.isArray(context.attachments) ? { attachmentCount: context.attachments.length } : {}),
    ...(typeof recipient?.name === 'string' ? { providerName: recipient.name } : {}),
    ...(typeof location?.name === 'string' ? { locationName: location.name } : {}),
    // Staff updated the phone of record: the patient chooses Text or Call again, as the guide says.
    ...(context.phoneOfRecordUpdated === true ? { again: true } : {}),
  };
}

/** The assist session's registering user, when the context is a session's. */
function sessionUserOf(context: Record_): AssistUser | undefined {
  const options =
    isRecord(context.session) && isRecord(context.taskOptions) ? context.taskOptions : undefined;
  const user = options && isRecord(options.user) ? options.user : undefined;
  if (user?.role === 'patient') return { role: 'patient' };
  return user?.role === 'family-member' &&
    typeof user.displayName === 'string' &&
    typeof user.birthDate === 'string'
    ? { role: 'family-member', displayName: user.displayName, birthDate: user.birthDate }
    : undefined;
}

/** Who registers: in a session about to run, running or refused registration; in account creation. */
function userOf(
  context: Record_,
  names: { patientName: string; familyMemberName: string },
): StepView['user'] {
  const blocked = isRecord(context.blocked) ? context.blocked : undefined;
  const sessionRegisters = context.currentTask === 'registration' || blocked?.task === 'registration';
  const role = isRecord(context.session)
    ? sessionRegisters
      ? sessionUserOf(context)?.role
      : undefined
    : isRecord(context.user)
      ? context.user.role
      : undefined;
  if (role === 'patient') return { role, displayName: names.patientName };
  if (role === 'family-member') return { role, displayName: names.familyMemberName };
  return null;
}

/** The family member whose profile is open, in a profile switch: the name the portal lists. */
function viewedProfileName(context: Record_): string | undefined {
  const profiles: unknown[] = Array.isArray(context.familyProfiles) ? context.familyProfiles : [];
  const viewed = profiles.find((profile) => isRecord(profile) && profile.id === context.viewing);
  return isRecord(viewed) && typeof viewed.displayName === 'string' ? viewed.displayName : undefined;
}

function patientNameOf(context: Record_): string | undefined {
  const patient = isRecord(context.patient)
    ? context.patient
    : isRecord(context.session) && isRecord(context.session.patient)
      ? context.session.patient
      : undefined;
  return typeof patient?.displayName === 'string' ? patient.displayName : undefined;
}

function acceptedEvents(
  snapshot: AnyMachineSnapshot,
  schemas: readonly Parameters<typeof typeOf>[0][],
  context: Record_,
): AcceptedEvent[] {
  if (snapshot.status !== 'active') return [];
  const types = new Set<string>();
  for (const transition of getNextTransitions(snapshot)) {
    const type = transition.eventType;
    // `*` forwards to a running task (whose own view lists its events); xstate.* are internal.
    if (type !== '*' && !type.startsWith('xstate.')) types.add(type);
  }
  return [...types].flatMap((type) => {
    const schema = schemas.find((candidate) => typeOf(candidate) === type);
    let payload = schema ? payloadOf(schema) : {};
    // A session offers the symptoms of the practice's policy only, in its order: any other is refused.
    if (type === 'CHOOSE_SYMPTOM' && isRecord(context.session)) {
      const symptoms = offeredSymptoms(context.session as AssistSessionInput);
      if (symptoms.length === 0) return [];
      payload = { ...payload, symptom: { oneOf: [...symptoms] } };
    }
    // An event without a payload is tried: a guard may refuse it here (START_FIX without a
    // workflow fix, SWITCH_TO_CALL once Call was chosen). One with a payload depends on it.
    const optional = schema ? optionalFieldsOf(schema) : [];
    return Object.keys(payload).length > 0 || snapshot.can({ type }) ? [{ type, payload, optional }] : [];
  });
}

function problemOf(context: Record_): string | null {
  if (typeof context.problem === 'string') return context.problem;
  const blocked = isRecord(context.blocked) ? context.blocked : undefined;
  return typeof blocked?.reason === 'string' ? blocked.reason : null;
}

function outcomeOf(snapshot: AnyMachineSnapshot): StepView['outcome'] {
  if (snapshot.status !== 'done') return null;
  const output: unknown = snapshot.output;
  const blocked = isRecord(output) && output.status === 'blocked';
  const reason = isRecord(output) && typeof output.reason === 'string' ? output.reason : null;
  return { status: blocked ? 'blocked' : 'completed', reason };
}

/**
 * Describes where a running workflow is: the step's instructions, labels and notes in the chosen
 * language (the same words as the printed guide), the events the state accepts, and for a final
 * state its outcome. For an assist session running a task, `task` describes the task's step.
 *
 * @param source - A workflow snapshot, or an actor of one of the workflow machines.
 * @param options - `locale` (default `en`), `audience` (default `staff`) and names to show.
 * @throws {PortalHelpdeskError} `unknown-workflow` for a machine outside the registry; `invalid-input` for bad options.
 *
 * @example
 * ```ts
 * const actor = createWorkflowActor(securitySetupMachine, {}).start();
 * actor.send({ type: 'CHOOSE_TEXT' });
 * const step = describeStep(actor);
 * step.stateId;
 * //=> 'enteringPhoneForText'
 * step.events.map((event) => event.type);
 * //=> ['SEND_CODE', 'BACK']
 * ```
 */
export function describeStep(
  source: AnyMachineSnapshot | AnyActorRef,
  options?: DescribeStepOptions,
): StepView {
  const parsed = parseInput(describeStepOptionsSchema, options, 'describeStep(options)') ?? {};
  try {
    // Frozen, as every result: a host cannot change what the next view (or another session) shows.
    return deepFreeze(view(snapshotOf(source), parsed));
  } catch (error) {
    if (isPortalHelpdeskError(error)) throw error;
    // A hand-made or altered object that only looks like a snapshot (a getter that throws included).
    throw new PortalHelpdeskError('invalid-input', [
      { path: ['snapshot'], message: 'Expected a workflow snapshot or actor' },
    ]);
  }
}

function view(
  snapshot: AnyMachineSnapshot,
  options: NonNullable<z.output<typeof describeStepOptionsSchema>>,
): StepView {
  const definition = workflowDefinitions.find((candidate) => candidate.machine === snapshot.machine);
  if (definition === undefined) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['snapshot'], message: 'Not a snapshot of a workflow in the registry' },
    ]);
  }
  const audience: GuideAudience = options.audience ?? 'staff';
  const catalog = wordsOf(options.locale, 'guide', enGuide);
  const placeholders = catalog.placeholders;
  const context = (isRecord(snapshot.context) ? snapshot.context : {}) as Record_;
  const sessionUser = sessionUserOf(context);
  // The family member staff named in the session, unless the caller names one: the running task's
  // view (whose context holds no name) shows the same person.
  const familyMemberName =
    options.familyMemberName ??
    (sessionUser?.role === 'family-member' ? sessionUser.displayName : undefined) ??
    viewedProfileName(context);
  const names = {
    patientName: options.patientName ?? patientNameOf(context) ?? placeholders.patient,
    familyMemberName: familyMemberName ?? placeholders.familyMember,
  };
  const params = paramsOf(context, names);
  const childOptions = familyMemberName === undefined ? options : { ...options, familyMemberName };
  const parts = stepParts(definition, snapshot, catalog, params, audience);
  if (parts === undefined) {
    throw new PortalHelpdeskError('invalid-input', [
      { path: ['snapshot'], message: 'The snapshot is not at rest in a described state' },
    ]);
  }
  const child: unknown = isRecord(snapshot.children) ? snapshot.children.task : undefined;
  const childSnapshot =
    isRecord(child) && typeof child.getSnapshot === 'function'
      ? (child as unknown as AnyActorRef).getSnapshot()
      : undefined;
  const policy = options.labels ?? 'portal';
  const seen = new Set<string>();
  const apply = (text: RichText) => applyLabelPolicy(text, catalog, policy, seen);
  return {
    workflowId: definition.id,
    stateId: parts.stateId,
    key: parts.key,
    audience: parts.meta.audience,
    heading: catalog.titles[definition.id],
    instructions: apply(parts.text),
    labels: parts.labels.map((label) => policyLabel(label, catalog, policy)),
    notes: parts.notes.map((note) => ({ ...note, text: apply(note.text) })),
    events: acceptedEvents(snapshot, definition.events, context),
    problem: problemOf(context),
    user: userOf(context, names),
    outcome: outcomeOf(snapshot),
    task:
      isRecord(childSnapshot) && isRecord(childSnapshot.machine)
        ? view(childSnapshot as unknown as AnyMachineSnapshot, childOptions)
        : null,
    triage: triageStepView(context, options.locale),
    fixStep: fixStepOf(context, (key) => apply(catalog.steps[key](params))),
  };
}

function fixStepOf(context: Record_, words: (key: GuideStepKey) => RichText): StepView['fixStep'] {
  const fixStep = isRecord(context.fixStep) ? context.fixStep : null;
  if (fixStep === null || typeof fixStep.state !== 'string' || typeof fixStep.step !== 'string') return null;
  const key = fixStep.step as GuideStepKey;
  return { stateId: fixStep.state, key, instructions: words(key) };
}
