import type { WorkflowId } from '../definitions.js';
import { familyAccessInvariant } from '../family-access/invariants.js';
import { phoneVerificationInvariant } from '../phone-verification/invariants.js';
import { profileSwitchInvariant } from '../profile-switch/invariants.js';
import { registrationInvariant } from '../registration/invariants.js';
import { relationshipInvariant } from '../relationship/invariants.js';
import { secureMessageInvariant } from '../secure-message/invariants.js';
import { securitySetupInvariant } from '../security-setup/invariants.js';
import type { StateInvariant } from '../shared/invariant.js';

/**
 * What each workflow's context must satisfy in each state, checked by `restoreSession` only. They
 * live here, beside the restore code, rather than in the definitions, so that guides and the step
 * view (which never restore) do not ship them (docs/performance.md). Every workflow is listed, so
 * a new one without an entry does not compile; `null` says the workflow has no state invariant
 * (the assist session checks its facts in `persistence.ts`).
 */
export const stateInvariants: Readonly<Record<WorkflowId, StateInvariant<never> | null>> = {
  registration: registrationInvariant,
  'security-setup': securitySetupInvariant,
  'phone-verification': phoneVerificationInvariant,
  relationship: relationshipInvariant,
  'family-access': familyAccessInvariant,
  'secure-message': secureMessageInvariant,
  'profile-switch': profileSwitchInvariant,
  assist: null,
};
