/**
 * A staff panel an EHR front-end places beside the patient chart: the pre-checks, the task, the
 * current step with its guide text and the events it accepts, and the full guide. The session is
 * saved to `localStorage` after every action and resumed on load.
 */
import {
  type AssistEvent,
  type AssistInput,
  type AssistTask,
  assistTasks,
  checkBrowserSupport,
  isPortalHelpdeskError,
  type RegistrationChannel,
  registrationChannels,
  renderHtml,
  workflows,
} from 'portal-helpdesk';
import {
  sampleAdultPatient,
  sampleChildPatient,
  sampleInputs,
  userAgentFixtures,
} from 'portal-helpdesk/testing';
import { byId, describeEvent, fill, h, humanise, plainText, richText } from './dom.js';
import { Session, STORAGE_KEY } from './session.js';
import { currentStep, fullGuide } from './step.js';

const samplePatients = { adult: sampleAdultPatient, child: sampleChildPatient } as const;
type SamplePatientKey = keyof typeof samplePatients;

let session: Session | null = null;

// --- Starting, resuming and acting ---------------------------------------------------------------

function resume(): void {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === null) return;
  try {
    session = Session.restore(JSON.parse(saved));
  } catch (error) {
    // A corrupt, foreign or outdated session is dropped, never half-used.
    localStorage.removeItem(STORAGE_KEY);
    const why = isPortalHelpdeskError(error) ? ` (${error.code})` : '';
    showNotice(`The saved session could not be restored${why} and was discarded. Start a new session.`);
  }
}

function start(patientKey: SamplePatientKey, displayName: string): void {
  const base = sampleInputs.assist['patient-browser-unknown'];
  if (!base) throw new Error('The testing samples have no assist input');
  const { familyProfiles, ...patient } = { familyProfiles: [], ...samplePatients[patientKey] };
  const input: AssistInput = {
    ...base,
    staff: { userAgent: navigator.userAgent },
    patient: { ...patient, displayName, familyProfiles: [...familyProfiles] },
    now: new Date().toISOString(),
  };
  try {
    session = Session.start(input);
  } catch (error) {
    if (!isPortalHelpdeskError(error)) throw error;
    showNotice(
      `The chart data was refused: ${error.issues.map((issue) => issue.path.join('.')).join(', ')}.`,
    );
    return;
  }
  hideNotice();
  afterAction();
}

function act(event: AssistEvent): void {
  session?.send(event);
  afterAction();
}

function afterAction(): void {
  session?.save(localStorage);
  render();
  // Keyboard and screen reader users land on the new step, and hear it.
  byId('step-heading').focus();
  const step = session ? currentStep(session) : null;
  byId('announcer').textContent = step ? `${step.heading}. ${plainText(step.text)}` : '';
}

function newSession(): void {
  session?.actor.stop();
  session = null;
  localStorage.removeItem(STORAGE_KEY);
  render();
  byId('patient-select').focus();
}

function showNotice(text: string): void {
  const notice = byId('notice');
  notice.textContent = text;
  notice.hidden = false;
}

function hideNotice(): void {
  byId('notice').hidden = true;
}

// --- Drawing -------------------------------------------------------------------------------------

function render(): void {
  byId('start-section').hidden = session !== null;
  byId('patient-section').hidden = session === null;
  if (session === null) {
    byId('task-name').textContent = '';
    byId('step-heading').textContent = 'No session yet';
    fill(byId('step-text'), h('p', {}, 'Pick the patient on the phone and start a session.'));
    fill(byId('step-labels'));
    fill(byId('action-buttons'));
    byId('task-picker').hidden = true;
    byId('actions').hidden = true;
    fill(byId('guide'));
    return;
  }
  renderPatient(session);
  renderStep(session);
  renderActions(session);
  // The only markup the panel inserts: the library's guide, in which every value is escaped.
  byId('guide').innerHTML = renderHtml(fullGuide(session));
}

function renderPatient(current: Session): void {
  const { context } = current.actor.getSnapshot();
  const patient = context.session.patient;
  const { preChecks } = context;
  fill(
    byId('patient-facts'),
    ...fact('Name', patient?.displayName ?? 'none'),
    ...fact('Date of birth', patient?.birthDate ?? 'unknown'),
    ...fact(
      'Portal status',
      preChecks.portalStatus ? humanise(preChecks.portalStatus.replace(/-/g, ' ')) : 'unknown',
    ),
    ...fact('Portal address', preChecks.portalUrl),
  );
  const eligibility = preChecks.eligibility;
  fill(
    byId('prechecks'),
    h('li', {}, `Your browser: ${verdict(preChecks.staffBrowser)}`),
    h(
      'li',
      {},
      `Patient's browser: ${preChecks.patientBrowser ? verdict(preChecks.patientBrowser) : 'not checked yet'}`,
    ),
    h(
      'li',
      {},
      eligibility === null
        ? 'Age: unknown'
        : eligibility.eligible
          ? 'Age: old enough for a portal account'
          : `Age: under the minimum age until ${eligibility.eligibleOn ?? 'later'}; offer a family access account`,
    ),
    h('li', {}, `Scheduling in the portal: ${schedulingText(preChecks.schedulingAllowed)}`),
  );
  const value = current.actor.getSnapshot().value;
  const canReport =
    value === 'reviewingPreChecks' || value === 'browserMustChange' || value === 'choosingTask';
  byId<HTMLFieldSetElement>('browser-fieldset').disabled = !canReport;
}

function renderStep(current: Session): void {
  const step = currentStep(current);
  byId('task-name').textContent = step.workflowTitle;
  byId('step-heading').textContent = step.heading;
  const finished = step.finished
    ? h(
        'div',
        { className: 'finished' },
        h('h3', {}, `Result: ${step.finished.heading}`),
        h('p', {}, richText(step.finished.text)),
      )
    : null;
  const outcomes = current.actor.getSnapshot().context.outcomes;
  const outcomeList =
    outcomes.length > 0
      ? h(
          'ul',
          { className: 'outcomes' },
          ...outcomes.map((outcome) =>
            h(
              'li',
              {},
              `${workflows[outcome.task].title}: ${outcome.outcome}${outcome.reason ? ` (${outcome.reason})` : ''}`,
            ),
          ),
        )
      : null;
  fill(byId('step-text'), h('p', {}, richText(step.text)), finished, outcomeList);
  fill(
    byId('step-labels'),
    step.labels.length > 0 ? h('p', { className: 'labels-title' }, 'On the patient’s screen:') : null,
    step.labels.length > 0
      ? h('ul', { className: 'labels' }, ...step.labels.map((label) => h('li', {}, label)))
      : null,
  );
  byId('task-picker').hidden = current.actor.getSnapshot().value !== 'choosingTask';
}

function renderActions(current: Session): void {
  const { task, session: own } = current.acceptedEvents();
  const buttons = [...task, ...own].map((event) => {
    const button = h(
      'button',
      { className: own.includes(event) ? 'session-action' : 'task-action' },
      describeEvent(event),
    );
    button.type = 'button';
    button.addEventListener('click', () => act(event));
    return button;
  });
  byId('actions').hidden = buttons.length === 0;
  fill(byId('action-buttons'), ...buttons);
}

function fact(term: string, description: string): [HTMLElement, HTMLElement] {
  return [h('dt', {}, term), h('dd', {}, description)];
}

function verdict(result: { status: string; reason: string }): string {
  return `${result.status} (${result.reason})`;
}

function schedulingText(allowed: boolean | null): string {
  return allowed === null ? 'unknown' : allowed ? 'allowed' : 'not allowed';
}

// --- Wiring --------------------------------------------------------------------------------------

function setUpControls(): void {
  const patientSelect = byId<HTMLSelectElement>('patient-select');
  const nameInput = byId<HTMLInputElement>('patient-name');
  for (const [key, patient] of Object.entries(samplePatients)) {
    patientSelect.append(new Option(`${patient.displayName}, born ${patient.birthDate}`, key));
  }
  const syncName = () => {
    nameInput.value = samplePatients[patientSelect.value as SamplePatientKey].displayName;
  };
  patientSelect.addEventListener('change', syncName);
  syncName();
  byId('start-form').addEventListener('submit', (event) => {
    event.preventDefault();
    start(patientSelect.value as SamplePatientKey, nameInput.value);
  });

  const userAgentSelect = byId<HTMLSelectElement>('ua-select');
  const userAgentInput = byId<HTMLTextAreaElement>('ua-input');
  userAgentSelect.append(new Option('Choose a browser...', ''));
  for (const fixture of userAgentFixtures) userAgentSelect.append(new Option(fixture.label, fixture.id));
  userAgentSelect.addEventListener('change', () => {
    const fixture = userAgentFixtures.find((candidate) => candidate.id === userAgentSelect.value);
    if (fixture) userAgentInput.value = fixture.userAgent;
  });
  byId('browser-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const userAgent = userAgentInput.value.trim();
    if (userAgent === '') return;
    const result = checkBrowserSupport(userAgent);
    const detected = [result.browser.name, result.os.name && `on ${result.os.name}`]
      .filter(Boolean)
      .join(' ');
    byId('ua-verdict').textContent =
      `${detected || 'Not a browser we know'}: ${result.status}. ${result.advice}`;
    act({ type: 'REPORT_PATIENT_BROWSER', userAgent });
  });

  const taskSelect = byId<HTMLSelectElement>('task-select');
  for (const task of assistTasks) taskSelect.append(new Option(workflows[task].title, task));
  const channelSelect = byId<HTMLSelectElement>('channel-select');
  for (const channel of registrationChannels)
    channelSelect.append(new Option(humanise(channel.replace(/-/g, ' ')), channel));
  const startedFromSelect = byId<HTMLSelectElement>('started-from-select');
  const syncTaskFields = () => {
    byId('channel-field').hidden = taskSelect.value !== 'registration';
    byId('started-from-field').hidden = taskSelect.value !== 'secure-message';
  };
  taskSelect.addEventListener('change', syncTaskFields);
  syncTaskFields();
  byId('task-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const task = taskSelect.value as AssistTask;
    act({
      type: 'CHOOSE_TASK',
      task,
      ...(task === 'registration' ? { channel: channelSelect.value as RegistrationChannel } : {}),
      ...(task === 'secure-message'
        ? { startedFrom: startedFromSelect.value === 'messages-page' ? 'messages-page' : 'home-page' }
        : {}),
    });
  });

  byId('new-session').addEventListener('click', newSession);
}

setUpControls();
resume();
render();
