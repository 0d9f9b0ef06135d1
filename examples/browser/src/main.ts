/**
 * The host page: an EHR screen that drops in `<portal-helpdesk-assist>` and hands it the chart's
 * facts. Everything here is what a host writes; the element does the rest (docs/element.md).
 */
import { type AssistElement, type AssistElementEventMap, defineAssistElement } from 'portal-helpdesk/element';
import type { AssistInput } from 'portal-helpdesk/workflows';

type Patient = NonNullable<AssistInput['patient']>;

/** The practice, as the EHR knows it. Invented. */
const practice: AssistInput['practice'] = {
  timeZone: 'America/Chicago',
  defaultCountry: 'US',
  portalUrl: 'https://portal.example-family-practice.test',
  schedulingAllowed: true,
  providerBasedRouting: true,
  providers: [
    {
      id: 'prov-1',
      name: 'Dr. Robin Sample',
      departments: [{ id: 'dept-1', name: 'Example Family Practice, Main Street' }],
    },
  ],
};

/** A birth date `years` years before today, so the invented child stays nine. */
function yearsAgo(years: number): string {
  const today = new Date();
  return `${today.getFullYear() - years}-01-15`;
}

/** The charts this page can open. Invented people. */
const patients: readonly Patient[] = [
  {
    id: 'chart-alex',
    displayName: 'Alex Example',
    birthDate: '1985-04-02',
    phoneOfRecord: '(312) 555-0148',
    portalStatus: 'not-registered',
  },
  {
    id: 'chart-sam',
    displayName: 'Sam Example',
    birthDate: yearsAgo(9),
    phoneOfRecord: '(312) 555-0148',
    portalStatus: 'not-registered',
  },
];

function byId<Kind extends HTMLElement>(id: string): Kind {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as Kind;
}

const patientSelect = byId<HTMLSelectElement>('patient-select');
const localeSelect = byId<HTMLSelectElement>('locale-select');
const log = byId<HTMLOListElement>('event-log');

/** What the page logs of the element's events: codes and ids only, never names. */
function logEvent(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
  while (log.children.length > 8) log.lastElementChild?.remove();
}

/** Gives the panel a chart: a new element per chart, each chart's session saved under its own key. */
function openChart(patient: Patient): void {
  const current = byId<AssistElement>('assist');
  const panel = document.createElement('portal-helpdesk-assist') as AssistElement;
  panel.id = 'assist';
  panel.locale = localeSelect.value;
  panel.storageKey = `example-ehr/assist/${patient.id}`;
  panel.practice = practice;
  panel.patient = patient;
  // No `now` and no `staff`: the element reads the clock and this browser's user agent at start.
  current.replaceWith(panel);
}

function listen<Name extends keyof AssistElementEventMap>(
  name: Name,
  describe: (detail: AssistElementEventMap[Name]) => string,
): void {
  // The element's events bubble and cross the shadow boundary, so the page listens once, on main.
  byId('main').addEventListener(name, (event) => {
    logEvent(`${name}: ${describe((event as CustomEvent<AssistElementEventMap[Name]>).detail)}`);
  });
}

listen('step-change', (step) => [step.stateId, step.task?.stateId].filter(Boolean).join(' / '));
listen('session-end', (summary) => summary.tasks.map((task) => `${task.task} ${task.outcome}`).join(', '));
listen('error', (error) => `${error.code} ${error.issues.map((issue) => issue.path.join('.')).join(', ')}`);

for (const patient of patients) patientSelect.append(new Option(patient.displayName, patient.id));
patientSelect.addEventListener('change', () => {
  const patient = patients.find((candidate) => candidate.id === patientSelect.value);
  if (patient) openChart(patient);
});
localeSelect.addEventListener('change', () => {
  byId<AssistElement>('assist').locale = localeSelect.value;
});
byId('new-session').addEventListener('click', () => byId<AssistElement>('assist').newSession());

defineAssistElement();
const first = patients[0];
if (first) openChart(first);
