import { describe, expect, it } from 'vitest';
import type { Actor, AnyStateMachine, EventFromLogic, InputFrom, StateValue } from 'xstate';
import {
  sampleAdultPatient,
  sampleBodyWithCardNumber,
  sampleChildPatient,
  sampleInputs,
  sampleLandline,
  sampleManager,
  sampleOtherMobile,
  sampleOverlongBody,
} from '../../src/testing/index.js';
import type {
  RegistrationEvent,
  RegistrationInput,
  SecureMessageEvent,
  SecureMessageInput,
} from '../../src/workflows/index.js';
import {
  createWorkflowActor,
  profileSwitchMachine,
  registrationMachine,
  relationshipMachine,
  secureMessageMachine,
  securitySetupMachine,
} from '../../src/workflows/index.js';

// The 9-year-old sample patient (born 2016-09-02; the samples run on 2026-03-10) turns 13 on this date.
const childTurns13 = '2029-09-02';

/** Starts a live actor, sends the events, and records every state value it passed through. */
function run<TMachine extends AnyStateMachine>(
  machine: TMachine,
  input: InputFrom<TMachine>,
  events: readonly EventFromLogic<TMachine>[] = [],
): { actor: Actor<TMachine>; visited: string[] } {
  const actor = createWorkflowActor(machine, input);
  const visited: string[] = [];
  const errors: unknown[] = [];
  actor.subscribe({
    next: (snapshot) => visited.push(stateId((snapshot as { value: StateValue }).value)),
    error: (error) => errors.push(error),
  });
  actor.start();
  for (const event of events) actor.send(event);
  expect(errors).toEqual([]);
  return { actor, visited };
}

function stateId(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => (child === undefined ? key : `${key}.${stateId(child)}`))
    .join(',');
}

const createAccount: RegistrationEvent = {
  type: 'CREATE_ACCOUNT',
  emailConfirmed: true,
  passwordEnteredTwice: true,
  termsAccepted: true,
};
const toSecurity: RegistrationEvent[] = [{ type: 'OPEN_LINK' }, createAccount];
const textPhoneOfRecord: RegistrationEvent[] = [
  { type: 'CHOOSE_TEXT' },
  { type: 'SEND_CODE', phone: sampleAdultPatient.phoneOfRecord },
  { type: 'VERIFY', accepted: true },
];

function registration(variant: keyof typeof sampleInputs.registration): RegistrationInput {
  const input = sampleInputs.registration[variant];
  if (input === undefined) throw new Error(`no sample ${variant}`);
  return input;
}

describe('registration: the age rule', () => {
  it('an under-13 patient on an invitation is blocked at once', () => {
    const { actor, visited } = run(registrationMachine, registration('child-invitation'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('blockedUnderAge');
    expect(snapshot.status).toBe('done');
    expect(visited).toEqual(['blockedUnderAge']);
    expect(snapshot.output).toEqual({
      status: 'blocked',
      reason: 'under-minimum-age',
      underAge: { who: 'patient', eligibleOn: childTurns13 },
      recommendation: 'family-access-account',
    });
    expect(snapshot.getMeta()['registration.blockedUnderAge']).toMatchObject({ audience: 'staff' });
  });

  it.each(['appointment-reminder', 'in-office'] as const)(
    'an under-13 patient on the %s channel (no relationship step) is blocked at once',
    (channel) => {
      const { actor } = run(registrationMachine, { ...registration('child-invitation'), channel });
      expect(actor.getSnapshot().value).toBe('blockedUnderAge');
      expect(actor.getSnapshot().output).toMatchObject({ underAge: { who: 'patient' } });
    },
  );

  it.each(['lab-result', 'online-check-in'] as const)(
    'a 9-year-old on the %s channel is not blocked at once: the portal asks who registers',
    (channel) => {
      const { actor } = run(registrationMachine, { ...registration('child-lab-result'), channel });
      expect(actor.getSnapshot().status).toBe('active');
      expect(actor.getSnapshot().value).toBe(
        channel === 'lab-result' ? 'openingLabResult' : 'startingOnlineCheckIn',
      );
    },
  );

  it('lab result for a 9-year-old, "I manage" by an adult parent: registered as manager', () => {
    const { actor, visited } = run(registrationMachine, registration('child-lab-result'), [
      ...toSecurity,
      ...textPhoneOfRecord,
      { type: 'I_MANAGE_ACCOUNT' },
      { type: 'SUBMIT_MANAGER_DETAILS', ...sampleManager },
      { type: 'CONTINUE' },
    ]);
    expect(visited).toContain('relationship.enteringManagerDetails');
    expect(actor.getSnapshot().value).toBe('home');
    expect(actor.getSnapshot().output).toEqual({
      status: 'registered',
      relationship: 'manager',
      securityMethod: 'text',
      phoneVerified: false,
    });
  });

  it('a manager under 13 is blocked (who: manager)', () => {
    const { actor } = run(registrationMachine, registration('child-lab-result'), [
      ...toSecurity,
      ...textPhoneOfRecord,
      { type: 'I_MANAGE_ACCOUNT' },
      {
        type: 'SUBMIT_MANAGER_DETAILS',
        name: 'Sam Rivera',
        email: 'sam@example.com',
        birthDate: '2015-01-20',
      },
    ]);
    expect(actor.getSnapshot().value).toBe('blockedUnderAge');
    expect(actor.getSnapshot().output).toEqual({
      status: 'blocked',
      reason: 'under-minimum-age',
      underAge: { who: 'manager', eligibleOn: '2028-01-20' },
      recommendation: 'family-access-account',
    });
  });

  it('invalid manager details stay on the form with a problem', () => {
    const { actor } = run(registrationMachine, registration('child-lab-result'), [
      ...toSecurity,
      ...textPhoneOfRecord,
      { type: 'I_MANAGE_ACCOUNT' },
      { type: 'SUBMIT_MANAGER_DETAILS', name: 'Sam Rivera', email: 'not-an-email', birthDate: '1990-01-20' },
    ]);
    expect(actor.getSnapshot().value).toEqual({ relationship: 'enteringManagerDetails' });
    expect(actor.getSnapshot().context.problem).toBe('invalid-manager-details');
  });

  it('"I am" on a 9-year-old is blocked (who: patient)', () => {
    const { actor } = run(registrationMachine, registration('child-lab-result'), [
      ...toSecurity,
      ...textPhoneOfRecord,
      { type: 'I_AM_PATIENT' },
    ]);
    expect(actor.getSnapshot().value).toBe('blockedUnderAge');
    expect(actor.getSnapshot().output).toMatchObject({
      reason: 'under-minimum-age',
      underAge: { who: 'patient', eligibleOn: childTurns13 },
      recommendation: 'family-access-account',
    });
  });

  it('the relationship workflow on its own applies the same rule', () => {
    const child = sampleInputs.relationship.child;
    if (child === undefined) throw new Error('no child sample');
    const managed = run(relationshipMachine, child, [
      { type: 'I_MANAGE_ACCOUNT' },
      { type: 'SUBMIT_MANAGER_DETAILS', ...sampleManager },
      { type: 'CONTINUE' },
    ]);
    expect(managed.actor.getSnapshot().output).toEqual({ status: 'completed', relationship: 'manager' });
    const self = run(relationshipMachine, child, [{ type: 'I_AM_PATIENT' }]);
    expect(self.actor.getSnapshot().output).toMatchObject({
      status: 'blocked',
      underAge: { who: 'patient' },
    });
  });
});

describe('registration: security setup and the phone of record', () => {
  it('an incomplete "Create your new password" form stays on the page', () => {
    const { actor } = run(registrationMachine, registration('adult-invitation'), [
      { type: 'OPEN_LINK' },
      { ...createAccount, termsAccepted: false },
    ]);
    expect(actor.getSnapshot().value).toBe('createPassword');
    expect(actor.getSnapshot().context.problem).toBe('form-incomplete');
  });

  it('a landline for "Text me" leads to the landline advice, then "Call me"', () => {
    const { actor } = run(registrationMachine, registration('adult-invitation'), [
      ...toSecurity,
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: sampleLandline },
    ]);
    expect(actor.getSnapshot().value).toEqual({ security: 'landlineAdvice' });
    expect(actor.getSnapshot().context.problem).toBe('landline-cannot-text');
    actor.send({ type: 'CHOOSE_CALL' });
    expect(actor.getSnapshot().value).toEqual({ security: 'enteringPhoneForCall' });
    expect(actor.getSnapshot().context.securityMethod).toBe('call');
  });

  it('the same landline in the security setup workflow on its own', () => {
    const { actor } = run(securitySetupMachine, { defaultCountry: 'US' }, [
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: sampleLandline },
      { type: 'CHOOSE_CALL' },
      { type: 'CALL', phone: sampleLandline },
      { type: 'VERIFY', accepted: true },
    ]);
    expect(actor.getSnapshot().output).toEqual({ method: 'call', recoveryPhone: '+442079460958' });
  });

  it('no phone of record and a security question: blocked, update the phone of record first', () => {
    const { actor, visited } = run(registrationMachine, registration('no-phone-of-record'), [
      ...toSecurity,
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: 'Maple Street' },
    ]);
    expect(visited).not.toContain('phoneVerification.choosingDelivery');
    expect(actor.getSnapshot().value).toBe('blockedNoPhoneOfRecord');
    expect(actor.getSnapshot().output).toEqual({
      status: 'blocked',
      reason: 'no-phone-of-record',
      action: 'update-phone-of-record',
    });
  });

  it('no phone of record and "Text me": blocked as well (the recovery phone differs from none)', () => {
    const { actor } = run(registrationMachine, registration('no-phone-of-record'), [
      ...toSecurity,
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: sampleOtherMobile },
      { type: 'VERIFY', accepted: true },
    ]);
    expect(actor.getSnapshot().value).toBe('blockedNoPhoneOfRecord');
  });

  it('a recovery phone equal to the phone of record needs no verification step', () => {
    const { actor, visited } = run(registrationMachine, registration('adult-invitation'), [
      ...toSecurity,
      { type: 'CHOOSE_TEXT' },
      // The same number, written another way.
      { type: 'SEND_CODE', phone: '+1 201-555-0123' },
      { type: 'VERIFY', accepted: true },
    ]);
    expect(visited.some((state) => state.startsWith('phoneVerification'))).toBe(false);
    expect(actor.getSnapshot().value).toBe('confirmation');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().output).toEqual({
      status: 'registered',
      relationship: 'self',
      securityMethod: 'text',
      phoneVerified: false,
    });
  });

  it('a different recovery phone leads to verification of the phone of record', () => {
    const { actor } = run(registrationMachine, registration('adult-invitation'), [
      ...toSecurity,
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: sampleOtherMobile },
      { type: 'VERIFY', accepted: true },
    ]);
    expect(actor.getSnapshot().value).toEqual({ phoneVerification: 'choosingDelivery' });
    actor.send({ type: 'CHOOSE_CALL' });
    actor.send({ type: 'VERIFY', accepted: true });
    expect(actor.getSnapshot().value).toBe('confirmation');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().output).toEqual({
      status: 'registered',
      relationship: 'self',
      securityMethod: 'text',
      phoneVerified: true,
    });
  });

  it('a security question leads to verification of the phone of record', () => {
    const { actor } = run(registrationMachine, registration('adult-invitation'), [
      ...toSecurity,
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: '   ' },
    ]);
    expect(actor.getSnapshot().value).toEqual({ security: 'answeringQuestion' });
    expect(actor.getSnapshot().context.problem).toBe('empty-answer');
    actor.send({ type: 'SAVE_ANSWER', answer: 'Maple Street' });
    expect(actor.getSnapshot().value).toEqual({ phoneVerification: 'choosingDelivery' });
  });

  it('a wrong verification code can be tried again', () => {
    const { actor } = run(registrationMachine, registration('adult-lab-result'), [
      ...toSecurity,
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: 'Maple Street' },
      { type: 'CHOOSE_TEXT' },
      { type: 'VERIFY', accepted: false },
    ]);
    expect(actor.getSnapshot().value).toEqual({ phoneVerification: 'wrongCode' });
    actor.send({ type: 'TRY_AGAIN' });
    actor.send({ type: 'VERIFY', accepted: true });
    // Lab result: the relationship step follows verification.
    expect(actor.getSnapshot().value).toEqual({ relationship: 'choosing' });
  });
});

describe('secure message', () => {
  function message(variant: keyof (typeof sampleInputs)['secure-message']): SecureMessageInput {
    const input = sampleInputs['secure-message'][variant];
    if (input === undefined) throw new Error(`no sample ${variant}`);
    return input;
  }
  const toWriting: SecureMessageEvent[] = [
    { type: 'SHOW_FORM' },
    { type: 'SELECT_PROVIDER', providerId: 'prov-lee' },
    { type: 'SELECT_LOCATION', departmentId: 'dept-north' },
    { type: 'SELECT_SUBJECT', subject: 'Medical question' },
  ];

  it('a card number in the message blocks Send with card-number-in-message', () => {
    const { actor } = run(secureMessageMachine, message('home-page'), [
      ...toWriting,
      { type: 'ENTER_MESSAGE', body: sampleBodyWithCardNumber },
      { type: 'SEND' },
    ]);
    expect(actor.getSnapshot().value).toBe('sendBlocked');
    expect(actor.getSnapshot().context.sendIssues).toContain('card-number-in-message');
    expect(actor.getSnapshot().context.problem).toBe('message-invalid');
    // Fixing the text returns to the form and clears the issues.
    actor.send({ type: 'ENTER_MESSAGE', body: 'Please call me about the copay.' });
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.sendIssues).toEqual([]);
  });

  it('a 1001-character message is too long; 1000 characters can be sent', () => {
    const { actor } = run(secureMessageMachine, message('home-page'), [
      ...toWriting,
      { type: 'ENTER_MESSAGE', body: sampleOverlongBody },
      { type: 'SEND' },
    ]);
    expect(sampleOverlongBody).toHaveLength(1001);
    expect(actor.getSnapshot().value).toBe('sendBlocked');
    expect(actor.getSnapshot().context.sendIssues).toEqual(['message-too-long']);
    actor.send({ type: 'ENTER_MESSAGE', body: 'a'.repeat(1000) });
    actor.send({ type: 'SEND' });
    expect(actor.getSnapshot().value).toBe('sent');
  });

  it.each(['', '   \n\t'])('an empty message (%j) cannot be sent', (body) => {
    const { actor } = run(secureMessageMachine, message('home-page'), [
      ...toWriting,
      { type: 'ENTER_MESSAGE', body },
      { type: 'SEND' },
    ]);
    expect(actor.getSnapshot().value).toBe('sendBlocked');
    expect(actor.getSnapshot().context.sendIssues).toEqual(['empty-message']);
  });

  it('the 11th attachment with the default policy hits the limit; X removes one', () => {
    const attach = Array.from(
      { length: 10 },
      (_, index): SecureMessageEvent => ({ type: 'ATTACH_FILE', name: `photo-${index + 1}.jpg` }),
    );
    const { actor } = run(secureMessageMachine, message('home-page'), [
      ...toWriting,
      { type: 'ENTER_MESSAGE', body: 'Photos attached.' },
      ...attach,
    ]);
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.attachments).toHaveLength(10);
    actor.send({ type: 'ATTACH_FILE', name: 'photo-11.jpg' });
    expect(actor.getSnapshot().value).toBe('attachmentLimit');
    expect(actor.getSnapshot().context.attachments).toHaveLength(10);
    actor.send({ type: 'REMOVE_ATTACHMENT', index: 0 });
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.attachments.map((file) => file.name)).not.toContain('photo-1.jpg');
    actor.send({ type: 'ATTACH_FILE', name: 'photo-11.jpg' });
    actor.send({ type: 'SEND' });
    expect(actor.getSnapshot().output).toMatchObject({ status: 'sent', attachmentCount: 10 });
  });

  it('a smaller attachment policy is honoured', () => {
    const { actor } = run(secureMessageMachine, { ...message('home-page'), policy: { maxAttachments: 2 } }, [
      ...toWriting,
      { type: 'ATTACH_FILE', name: 'a.jpg' },
      { type: 'ATTACH_FILE', name: 'b.jpg' },
      { type: 'ATTACH_FILE', name: 'c.jpg' },
    ]);
    expect(actor.getSnapshot().value).toBe('attachmentLimit');
  });

  it('attachments from the Messages page are unavailable; starting again from the home page allows them', () => {
    const { actor } = run(secureMessageMachine, message('messages-page'), [
      ...toWriting,
      { type: 'ENTER_MESSAGE', body: 'Photo of my rash.' },
      { type: 'ATTACH_FILE', name: 'rash.jpg' },
    ]);
    expect(actor.getSnapshot().value).toBe('attachmentsUnavailable');
    expect(actor.getSnapshot().context.attachments).toEqual([]);
    actor.send({ type: 'CONTINUE_WITHOUT_ATTACHMENTS' });
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.body).toBe('Photo of my rash.');
    actor.send({ type: 'ATTACH_FILE', name: 'rash.jpg' });
    actor.send({ type: 'START_FROM_HOME_PAGE' });
    expect(actor.getSnapshot().value).toBe('onHomePage');
    expect(actor.getSnapshot().context).toMatchObject({
      startedFrom: 'home-page',
      body: '',
      attachments: [],
    });
    for (const event of toWriting) actor.send(event);
    actor.send({ type: 'ATTACH_FILE', name: 'rash.jpg' });
    expect(actor.getSnapshot().context.attachments).toEqual([{ name: 'rash.jpg' }]);
  });

  it('a patient on the Messages page who wants to attach a file is told so before the form', () => {
    const { actor } = run(secureMessageMachine, message('messages-page'), [
      { type: 'ATTACH_FILE', name: 'rash.jpg' },
    ]);
    expect(actor.getSnapshot().value).toBe('attachmentsUnavailable');
    // Going on without files opens the form at its start: nothing was chosen on that page yet.
    actor.send({ type: 'CONTINUE_WITHOUT_ATTACHMENTS' });
    expect(actor.getSnapshot().value).toBe('choosingProvider');
    actor.send({ type: 'ATTACH_FILE', name: 'rash.jpg' });
    expect(actor.getSnapshot().value).toBe('choosingProvider');
    const restarted = run(secureMessageMachine, message('messages-page'), [
      { type: 'ATTACH_FILE', name: 'rash.jpg' },
      { type: 'START_FROM_HOME_PAGE' },
    ]);
    expect(restarted.actor.getSnapshot().value).toBe('onHomePage');
    expect(restarted.actor.getSnapshot().context.startedFrom).toBe('home-page');
  });

  it('"Office staff" can be chosen only when provider-based routing is off', () => {
    const routed = run(secureMessageMachine, message('home-page'), [
      { type: 'SHOW_FORM' },
      { type: 'SELECT_PROVIDER', providerId: 'office-staff' },
    ]);
    expect(routed.actor.getSnapshot().value).toBe('choosingProvider');
    expect(routed.actor.getSnapshot().context.problem).toBe('unknown-provider');

    const open = run(secureMessageMachine, message('office-staff-routing'), [
      { type: 'SHOW_FORM' },
      { type: 'SELECT_PROVIDER', providerId: 'office-staff' },
      { type: 'SELECT_LOCATION', departmentId: 'dept-main' },
      { type: 'SELECT_SUBJECT', subject: 'Appointments and scheduling' },
      { type: 'ENTER_MESSAGE', body: 'Can I move my visit to Friday?' },
      { type: 'SEND' },
    ]);
    expect(open.actor.getSnapshot().output).toEqual({
      status: 'sent',
      routedTo: 'clinical-inbox',
      recipient: { id: 'office-staff', name: 'Office staff' },
      department: { id: 'dept-main', name: 'Main Street Family Medicine' },
      attachmentCount: 0,
    });
  });

  it('an unknown provider or an office location the provider does not work in is refused', () => {
    const { actor } = run(secureMessageMachine, message('home-page'), [
      { type: 'SHOW_FORM' },
      { type: 'SELECT_PROVIDER', providerId: 'prov-unknown' },
    ]);
    expect(actor.getSnapshot().value).toBe('choosingProvider');
    actor.send({ type: 'SELECT_PROVIDER', providerId: 'prov-okafor' });
    actor.send({ type: 'SELECT_LOCATION', departmentId: 'dept-north' });
    expect(actor.getSnapshot().value).toBe('choosingLocation');
    expect(actor.getSnapshot().context.problem).toBe('unknown-location');
  });

  it('the sent output names the provider and the department whose Clinical Inbox receives it', () => {
    const { actor } = run(secureMessageMachine, message('home-page'), [
      ...toWriting,
      { type: 'ENTER_MESSAGE', body: 'My rash is worse since Monday; photos attached.' },
      { type: 'ATTACH_FILE', name: 'rash-1.jpg' },
      { type: 'ATTACH_FILE', name: 'rash-2.jpg' },
      { type: 'SEND' },
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({
      status: 'sent',
      routedTo: 'clinical-inbox',
      recipient: { id: 'prov-lee', name: 'Dr. Avery Lee' },
      department: { id: 'dept-north', name: 'North Clinic' },
      attachmentCount: 2,
    });
  });
});

describe('profile switch', () => {
  const input = sampleInputs['profile-switch']['with-family'];
  if (input === undefined) throw new Error('no sample');

  it('switching to an unknown profile stays on the menu', () => {
    const { actor } = run(profileSwitchMachine, input, [
      { type: 'OPEN_MENU' },
      { type: 'SWITCH_TO', profileId: 'pat-9999' },
    ]);
    expect(actor.getSnapshot().value).toBe('menuOpen');
    expect(actor.getSnapshot().context.problem).toBe('unknown-profile');
    expect(actor.getSnapshot().context.viewing).toBe('self');
  });

  it('a family member listed under "Switch to View" opens their profile', () => {
    const { actor } = run(profileSwitchMachine, input, [
      { type: 'OPEN_MENU' },
      { type: 'SWITCH_TO', profileId: 'pat-9999' },
      { type: 'SWITCH_TO', profileId: sampleChildPatient.id },
    ]);
    expect(actor.getSnapshot().output).toEqual({
      status: 'completed',
      profile: 'family-member',
      profileId: sampleChildPatient.id,
    });
  });

  it('"My profile" opens the user\'s own profile', () => {
    const { actor } = run(profileSwitchMachine, input, [
      { type: 'OPEN_MENU' },
      { type: 'CLOSE_MENU' },
      { type: 'OPEN_MENU' },
      { type: 'CHOOSE_MY_PROFILE' },
    ]);
    expect(actor.getSnapshot().output).toEqual({ status: 'completed', profile: 'self' });
  });
});
