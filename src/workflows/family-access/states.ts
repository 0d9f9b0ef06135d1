import { registrationStates } from '../registration/states.js';

/**
 * Family access as a state tree of names only: staff set up access for a parent or other
 * caregiver, who then creates an account from the invitation email as someone who manages the
 * patient's account. The caregiver's steps are account creation's own, without the relationship
 * page (the practice already knows who the caregiver is).
 */
export const familyAccessStates = {
  settingUpAccess: {
    meta: { guide: 'familyAccess.setUpAccess', labels: [], audience: 'staff' },
    on: {
      ACCESS_SET_UP: [
        { guard: 'caregiverDetailsAreInvalid', actions: 'flagInvalidCaregiverDetails' },
        {
          guard: 'caregiverIsUnderAge',
          target: 'blockedUnderAge',
          actions: ['rememberCaregiver', 'blockUserUnderAge'],
        },
        { target: 'openingInvitation', actions: 'rememberCaregiver' },
      ],
    },
  },
  openingInvitation: registrationStates.openingInvitation,
  createPassword: registrationStates.createPassword,
  security: {
    ...registrationStates.security,
    onDone: [{ guard: 'needsPhoneVerification', target: 'phoneVerification' }, { target: 'confirmation' }],
  },
  phoneVerification: {
    ...registrationStates.phoneVerification,
    onDone: [{ guard: 'hasNoPhoneOfRecord', target: 'blockedNoPhoneOfRecord' }, { target: 'confirmation' }],
  },
  confirmation: registrationStates.confirmation,
  home: registrationStates.home,
  blockedUnderAge: {
    type: 'final',
    meta: { guide: 'familyAccess.blockedUnderAge', labels: [], audience: 'staff', outcome: 'blocked' },
  },
  blockedNoPhoneOfRecord: registrationStates.blockedNoPhoneOfRecord,
} as const;
