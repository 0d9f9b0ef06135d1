import type { RegistrationEvent, RegistrationInput } from 'portal-helpdesk';
import { checkPortalEligibility } from 'portal-helpdesk';
import {
  birthDateForAge,
  eventsFor,
  sampleInputs,
  sampleNow,
  samplePractice,
  type WorkflowPath,
  workflowPaths,
} from 'portal-helpdesk/testing';
import { describe, expect, it } from 'vitest';
import { RegistrationScreen } from '../src/registration-screen.js';

// Every path through account creation without a loop: each sample patient and channel, each
// security option, a landline, a wrong code, a missing phone of record, an under-13 manager...
const paths = workflowPaths('registration', { kind: 'simple' });
const finished = paths.filter((path) => path.status === 'done');

/** `workflowPaths` returns plain event objects; these are the registration workflow's own. */
const eventsOf = (path: WorkflowPath) => path.events as readonly RegistrationEvent[];
const inputOf = (path: WorkflowPath) => path.input as RegistrationInput;
const title = (path: WorkflowPath) => `${path.variant}: ${path.states.join(' > ')}`;

describe('the registration screen follows every path of the workflow', () => {
  it('has paths to follow, ending both ways', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(new Set(finished.map((path) => path.finalState))).toEqual(
      new Set(['home', 'blockedUnderAge', 'blockedNoPhoneOfRecord']),
    );
  });

  it.each(paths.map((path) => [title(path), path] as const))('%s', (_title, path) => {
    const screen = new RegistrationScreen(inputOf(path));
    expect(screen.render().state).toBe(path.states[0]);
    eventsOf(path).forEach((event, index) => {
      // The gesture must find its button on screen, and the screen must move where the library says.
      screen.perform(event);
      const shown = screen.render();
      expect(shown.state).toBe(path.states[index + 1]);
      expect(shown.text.length).toBeGreaterThan(0);
      // Every button a step names appears in the step's instruction, so staff can read it out.
      for (const button of shown.buttons) {
        expect(shown.text).toContain(button);
      }
    });
    expect(screen.render().status).toBe(path.status);
  });
});

describe('how each path ends', () => {
  it.each(finished.map((path) => [title(path), path] as const))('%s', (_title, path) => {
    const screen = new RegistrationScreen(inputOf(path));
    for (const event of eventsOf(path)) screen.perform(event);
    const end = screen.render();
    if (path.finalState === 'home') {
      expect(end).toMatchObject({ audience: 'patient', buttons: [] });
      expect(screen.clicks).toContain('Create account');
    } else {
      // Blocked: a staff-only screen that says to stop, and what to offer instead.
      expect(end.audience).toBe('staff');
      expect(end.text).toMatch(/^Stop here/);
      if (path.finalState === 'blockedUnderAge') expect(end.text).toContain('Offer family access');
    }
  });

  it('tells staff the date an under-13 patient turns 13', () => {
    const [child] = workflowPaths('registration', { variants: ['child-invitation'], finalOnly: true });
    if (!child) throw new Error('no child path');
    const screen = new RegistrationScreen(inputOf(child));
    const { eligibleOn } = checkPortalEligibility({
      birthDate: inputOf(child).patient.birthDate,
      now: new Date(sampleNow),
      timeZone: samplePractice.timeZone,
    }) as { eligibleOn: string };
    expect(screen.render()).toMatchObject({ state: 'blockedUnderAge', status: 'done' });
    expect(screen.render().text).toContain(eligibleOn);
  });
});

describe('resuming after a reload', () => {
  it.each(finished.map((path) => [title(path), path] as const))('%s', (_title, path) => {
    const events = eventsOf(path);
    const half = Math.floor(events.length / 2);
    const before = new RegistrationScreen(inputOf(path));
    for (const event of events.slice(0, half)) before.perform(event);
    // The host stores the session as JSON (here, a round trip through a string) and restores it.
    const saved = JSON.parse(JSON.stringify(before.save()));
    const after = new RegistrationScreen(inputOf(path), saved);
    expect(after.render()).toEqual(before.render());
    for (const event of events.slice(half)) after.perform(event);
    expect(after.render().state).toBe(path.finalState);
  });
});

describe('age boundaries that never go stale', () => {
  // The practice's date at the sample clock: 10 March 2026 in New York.
  const today = '2026-03-10';
  const base = sampleInputs.registration['adult-invitation'];
  if (!base) throw new Error('missing sample input');
  const withBirthDate = (birthDate: string): RegistrationInput => ({
    ...base,
    patient: { ...base.patient, birthDate },
  });

  it('lets a patient who turns 13 today register, and stops one who turns 13 tomorrow', () => {
    expect(new RegistrationScreen(withBirthDate(birthDateForAge(13, { today }))).render().state).toBe(
      'openingInvitation',
    );
    const tomorrow = new RegistrationScreen(withBirthDate(birthDateForAge(13, { today, daysOffset: -1 })));
    expect(tomorrow.render()).toMatchObject({ state: 'blockedUnderAge', status: 'done' });
    expect(tomorrow.render().text).toContain('2026-03-11');
  });

  it('refuses a gesture whose button is not on screen', () => {
    const screen = new RegistrationScreen(base);
    const verify = eventsFor('registration').find((event) => event.type === 'VERIFY') as RegistrationEvent;
    expect(() => screen.perform(verify)).toThrow(/VERIFY needs one of \[Verify\]/);
  });
});
