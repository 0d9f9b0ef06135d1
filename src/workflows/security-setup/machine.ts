import { setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import type { WorkflowChecks } from '../checks.js';
import { assignUpdates } from '../shared/assign-updates.js';
import { freshCodeEntry } from '../shared/code-entry.js';
import type { SecurityContext, SecurityMethod } from '../shared/context-types.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { countryCodeSchema } from '../shared/input-schemas.js';
import type { PhoneRegionInput } from '../shared/input-types.js';
import { perChecks } from '../shared/per-checks.js';
import type { StepMeta } from '../shared/step-meta.js';
import { securitySetupEventSchemas } from './schemas.js';
import {
  type SecuritySetupEvent,
  type SecuritySetupUpdate,
  securitySetupGuards,
  securitySetupStates,
  securitySetupUpdates,
} from './states.js';

/** Validates the input of {@link securitySetupMachine}. */
export const securitySetupInputSchema = z.strictObject({
  /** Region used to read phone numbers typed without a country code. Default `US`. */
  defaultCountry: z.optional(countryCodeSchema),
});

/**
 * Input of {@link securitySetupMachine}: the region for phone numbers typed without a country code.
 * Checked against `securitySetupInputSchema` by type tests; an unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const input: SecuritySetupInput = { defaultCountry: 'GB' };
 * createWorkflowActor(securitySetupMachine, input).start().getSnapshot().status;
 * //=> 'active'
 * ```
 */
export interface SecuritySetupInput extends PhoneRegionInput {}

/** What security setup produced: the method and, for "Text me" or "Call me", the recovery phone. */
export type SecuritySetupOutput = { method: SecurityMethod; recoveryPhone: string | null };

/**
 * The one-time security setup: "Text me" (recommended), "Call me" or "Security Question", built
 * with the given checks (`liveChecks` for live sessions; see `securitySetupMachine`).
 *
 * A landline entered for "Text me" leads to the advice to use "Call me". The code itself never
 * enters the machine: `VERIFY` carries only whether the portal accepted it.
 *
 * @example
 * ```ts
 * const actor = createActor(createSecuritySetupMachine(liveChecks), { input: {} }).start();
 * actor.send({ type: 'CHOOSE_TEXT' });
 * actor.send({ type: 'SEND_CODE', phone: '+1 201 555 0123' });
 * actor.send({ type: 'VERIFY', accepted: true });
 * actor.getSnapshot().output;
 * //=> { method: 'text', recoveryPhone: '+12015550123' }
 * ```
 */
export const createSecuritySetupMachine = perChecks((checks: WorkflowChecks) =>
  setup({
    types: {
      context: {} as SecurityContext,
      events: {} as SecuritySetupEvent,
      input: {} as SecuritySetupInput,
      output: {} as SecuritySetupOutput,
      meta: {} as StepMeta,
    },
    guards: {
      ...securitySetupGuards(checks),
      [EVENT_IS_VALID]: eventIsValid(eventChecker(securitySetupEventSchemas)),
    },
    actions: assignUpdates<SecurityContext, SecuritySetupEvent, SecuritySetupUpdate>(
      securitySetupUpdates(checks),
    ),
  }).createMachine({
    id: 'securitySetup',
    context: ({ input }) => ({
      defaultCountry:
        parseInput(securitySetupInputSchema, input, 'securitySetupMachine').defaultCountry ?? 'US',
      securityMethod: null,
      recoveryPhone: null,
      ...freshCodeEntry,
    }),
    initial: 'choosingOption',
    states: guardEvents(securitySetupStates),
    output: ({ context }) => ({
      method: context.securityMethod ?? 'question',
      recoveryPhone: context.recoveryPhone,
    }),
  }),
);

/** The security setup machine of {@link createSecuritySetupMachine}, whatever checks it was built with. */
export type SecuritySetupMachine = ReturnType<typeof createSecuritySetupMachine>;
