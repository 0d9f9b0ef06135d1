import { describe, expect, it } from 'vitest';
import type { Guide, GuideStep } from '../../src/guides/index.js';
import { buildGuide, mainScenarios, renderHtml, renderMarkdown, renderText } from '../../src/guides/index.js';
import { PortalHelpdeskError } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { workflowPaths } from '../../src/testing/index.js';
import { assistTasks, type WorkflowId, workflowIds, workflows } from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';
import { restingLeaves } from '../workflows/state-nodes.js';

const renderers = { md: renderMarkdown, html: renderHtml, text: renderText } as const;
const cases = workflowIds.flatMap((workflowId) =>
  Object.entries(mainScenarios[workflowId]).map(([name, scenario]) => ({ workflowId, name, scenario })),
);

/** Every transition between two resting states that some generated path takes. */
function observedEdges(workflowId: WorkflowId): Set<string> {
  const edges = new Set<string>();
  for (const path of [...workflowPaths(workflowId), ...workflowPaths(workflowId, { kind: 'simple' })]) {
    path.states.forEach((state, index) => {
      const previous = path.states[index - 1];
      if (previous !== undefined && previous !== state) edges.add(`${previous} -> ${state}`);
    });
  }
  return edges;
}

/** The (from, to) state pairs a guide claims, including into and out of each option. */
function claimedEdges(steps: readonly GuideStep[], after?: GuideStep): [string, string][] {
  const pairs: [string, string][] = [];
  steps.forEach((step, index) => {
    const next = steps[index + 1] ?? after;
    for (const option of step.options) {
      const first = option.steps[0];
      const following = first ?? next;
      if (following) pairs.push([step.states[0] ?? '', following.states[0] ?? '']);
      pairs.push(...claimedEdges(option.steps, next));
    }
    if (step.options.length === 0 && next) pairs.push([step.states[0] ?? '', next.states[0] ?? '']);
  });
  return pairs.filter(([from, to]) => from !== to);
}

describe('buildGuide', () => {
  describe.each(workflowIds)('%s', (workflowId) => {
    const edges = observedEdges(workflowId);
    const resting = new Set(restingLeaves(workflows[workflowId].machine).map((leaf) => leaf.id));

    it.each(Object.entries(mainScenarios[workflowId]))(
      'every step of "%s" is a state the machine reaches, in an order it allows',
      (_name, scenario) => {
        const guide = buildGuide(workflowId, scenario as never);
        expect(guide.steps.length).toBeGreaterThan(0);
        const all = (steps: readonly GuideStep[]): GuideStep[] =>
          steps.flatMap((s) => [s, ...s.options.flatMap((o) => all(o.steps))]);
        for (const step of all(guide.steps)) expect(resting, step.states[0]).toContain(step.states[0]);
        for (const [from, to] of claimedEdges(guide.steps))
          expect(edges, `${from} -> ${to}`).toContain(`${from} -> ${to}`);
      },
    );
  });

  it.each(cases)('golden: $workflowId / $name in every locale and format', ({ workflowId, scenario }) => {
    for (const locale of [en, es]) {
      const guide = buildGuide(workflowId, scenario as never, {
        locale,
        patientName: 'Jordan Rivera',
        portalUrl: 'https://portal.example-clinic.test',
      });
      for (const [format, render] of Object.entries(renderers)) {
        expect(render(guide)).toMatchSnapshot(`${locale.code}.${format}`);
      }
    }
  });

  it('shows each option of an open choice as a sub-list, and follows a chosen one only', () => {
    const open = buildGuide('security-setup', {});
    expect(open.steps[0]?.options.map((o) => o.key)).toEqual([
      'security.text',
      'security.call',
      'security.question',
    ]);
    const chosen = buildGuide('security-setup', { security: 'call' });
    expect(chosen.steps.flatMap((s) => s.options)).toEqual([]);
    expect(chosen.steps.map((s) => s.key)).toEqual([
      'security.chooseOption',
      'security.enterPhoneForCall',
      'security.enterCode',
      'security.done',
    ]);
  });

  it('follows the landline advice to "Call me"', () => {
    const keys = buildGuide('security-setup', { security: 'text', landline: true }).steps.map((s) => s.key);
    expect(keys).toContain('security.landlineAdvice');
    expect(keys.indexOf('security.enterPhoneForCall')).toBeGreaterThan(
      keys.indexOf('security.landlineAdvice'),
    );
  });

  it('ends an under-age registration blocked, and names the date only for a real birth date', () => {
    const generic = buildGuide('registration', { patientUnderMinimumAge: true });
    expect(generic.outcome).toEqual({ status: 'blocked', reason: 'under-minimum-age' });
    expect(generic.steps.at(-1)?.key).toBe('registration.blockedUnderAge');
    const real = buildGuide(
      'registration',
      {},
      { patientBirthDate: '2014-03-01', now: '2026-11-25T15:00:00Z' },
    );
    expect(real.outcome.status).toBe('blocked');
    expect(renderText(real)).toContain('2027');
  });

  it('lets a parent register for a 9-year-old from a lab result', () => {
    const guide = buildGuide('registration', {
      channel: 'lab-result',
      relationship: 'manager',
      patientUnderMinimumAge: true,
      security: 'text',
    });
    expect(guide.outcome.status).toBe('completed');
    expect(guide.steps.map((s) => s.key)).toContain('relationship.managerDetails');
  });

  it('keeps staff notes out of patient guides', () => {
    const kinds = (g: Guide) => [...g.notes, ...g.steps.flatMap((s) => s.notes)].map((n) => n.kind);
    expect(kinds(buildGuide('registration', {}, { audience: 'staff' }))).toContain('staff');
    expect(kinds(buildGuide('registration', {}, { audience: 'patient' }))).not.toContain('staff');
  });

  it('personalises labels with the patient name and renders a hostile name as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const guide = buildGuide('relationship', {}, { patientName: name });
    expect(guide.steps[0]?.labels).toContain(`I am ${name}`);
    const html = renderHtml(guide);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('rejects unknown workflows, scenario keys and bad options without echoing them', () => {
    expect(() => buildGuide('nowhere' as WorkflowId)).toThrow(PortalHelpdeskError);
    expect(() => buildGuide('registration', { colour: 'blue' } as never)).toThrow(/invalid-input/);
    try {
      buildGuide('registration', {}, { patientBirthDate: 'SENTINEL-xyz' });
      expect.unreachable();
    } catch (error) {
      expect((error as PortalHelpdeskError).code).toBe('invalid-input');
      expect(String(error)).not.toContain('SENTINEL');
    }
  });

  it('a message with files started on the Messages page says once to start over, then walks the form once', () => {
    for (const locale of [en, es]) {
      const guide = buildGuide(
        'secure-message',
        { startedFrom: 'messages-page', attachments: 2 },
        { locale },
      );
      expect(guide.steps.map((step) => step.key)).toEqual([
        'message.openMessagesPage',
        'message.attachmentsUnavailable',
        'message.openHomePage',
        'message.chooseProvider',
        'message.chooseLocation',
        'message.chooseSubject',
        'message.write',
        'message.sent',
      ]);
      const notes = guide.steps.flatMap((step) => step.notes.map((note) => note.key));
      expect(notes.filter((key) => key === 'patient.attachmentsHomePageOnly')).toHaveLength(1);
    }
  });

  it("refuses a locale without a string code, and a scenario that throws while it is read, with the library's error", () => {
    const noCode = thrown(() => buildGuide('registration', {}, { locale: { ...es, code: 42 } as never }));
    expect(noCode.issues.map((issue) => issue.path)).toEqual([['locale']]);
    const hostile = {
      get channel(): never {
        throw new TypeError('Jordan Rivera 1987-07-14');
      },
    };
    const unreadable = thrown(() => buildGuide('registration', hostile as never));
    expect(unreadable.code).toBe('invalid-input');
    expect(JSON.stringify(unreadable) + String(unreadable)).not.toContain('Jordan');
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('Jordan Rivera');
        },
      },
    );
    expect(thrown(() => buildGuide('registration', trap as never)).code).toBe('invalid-input');
  });

  it("names a practice's providers at the path the caller wrote", () => {
    const department = { id: 'd', name: 'Main' };
    const providers = [
      { id: 'a', name: 'Dr. A', departments: [department] },
      { id: 'a', name: 'Dr. B', departments: [department] },
    ];
    const error = thrown(() => buildGuide('secure-message', {}, { practice: { providers } }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['practice', 'providers']]);
  });

  it('returns frozen, serialisable data', () => {
    const guide = buildGuide('secure-message', { attachments: 2 });
    expect(Object.isFrozen(guide)).toBe(true);
    expect(JSON.parse(JSON.stringify(guide))).toEqual(guide);
  });
});

describe('buildGuide: names', () => {
  it.each(['patientName', 'familyMemberName'] as const)(
    'refuses a %s of spaces alone, naming it',
    (option) => {
      const error = thrown(() => buildGuide('relationship', {}, { [option]: ' \t ' }));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]).toEqual({ path: [option], message: 'Expected a name, not only spaces' });
    },
  );

  it('takes a name with spaces around it, as typed', () => {
    expect(JSON.stringify(buildGuide('relationship', {}, { patientName: ' Ana Ruiz ' }))).toContain(
      'Ana Ruiz',
    );
  });
});

describe('buildGuide: the assist session names the task it runs', () => {
  it.each(assistTasks)('names %s by its own guide title, in English and Spanish', (task) => {
    for (const locale of [en, es]) {
      const guide = buildGuide('assist', { task }, { locale });
      const running = guide.steps.find((step) => step.key === 'assist.runningTask');
      expect(renderText({ ...guide, steps: running ? [running] : [] })).toContain(
        `"${locale.guide.titles[task]}"`,
      );
    }
  });
});

describe('buildGuide: an assist diagnosis offers a task only when one fixes it', () => {
  const diagnosis = (symptom: 'forgot-password' | 'code-not-received', locale: typeof en) => {
    const guide = buildGuide('assist', { symptom }, { locale });
    const step = guide.steps.find((each) => each.key === 'assist.diagnosis');
    return renderText({ ...guide, steps: step ? [step] : [] });
  };

  it('a practice fix (forgot password) has no task to start; a workflow fix (code not received) has one', () => {
    expect(diagnosis('forgot-password', en)).not.toMatch(/start the task/);
    expect(diagnosis('forgot-password', en)).toMatch(/go back or end the session/);
    expect(diagnosis('forgot-password', es)).not.toMatch(/inicie el trámite/);
    expect(diagnosis('forgot-password', es)).toMatch(/vuelva atrás o termine la sesión/);
    expect(diagnosis('code-not-received', en)).toMatch(/start the task that fixes it/);
    expect(diagnosis('code-not-received', es)).toMatch(/inicie el trámite que lo soluciona/);
  });
});

describe('buildGuide: a chosen security option is named on the step that chooses it', () => {
  const labels = { text: 'Text me', call: 'Call me', question: 'Security Question' } as const;
  const chooseStep = (security: 'text' | 'call' | 'question' | undefined, locale: typeof en) => {
    const guide = buildGuide('security-setup', security ? { security } : {}, {
      locale,
      labels: 'translated',
    });
    const step = guide.steps.find((each) => each.key === 'security.chooseOption');
    return step?.text.filter((part) => part.kind === 'label').map((part) => part.text);
  };

  it.each(['text', 'call', 'question'] as const)(
    'names only the %s option, in English and Spanish',
    (security) => {
      for (const locale of [en, es])
        expect(chooseStep(security, locale)).toEqual([labels[security], 'Setup']);
    },
  );

  it('names all three when the scenario leaves the choice open', () => {
    for (const locale of [en, es])
      expect(chooseStep(undefined, locale)).toEqual(['Text me', 'Call me', 'Security Question', 'Setup']);
  });
});

describe('buildGuide: the clock', () => {
  it.each(['0001-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '9000-01-01T00:00:00Z'])(
    'refuses now = %s at now, the option written, with the age rule’s range',
    (now) => {
      const error = thrown(() => buildGuide('registration', {}, { now }));
      expect(error.issues[0]).toEqual({
        path: ['now'],
        message: 'Expected a date-time between the years 1900 and 8999',
      });
    },
  );

  it.each(workflowIds)('builds %s at both ends of the range', (workflowId) => {
    for (const now of ['1900-01-01T00:00:00Z', '8999-12-31T23:59:59Z'])
      expect(buildGuide(workflowId, {}, { now }).steps.length).toBeGreaterThan(0);
  });
});
