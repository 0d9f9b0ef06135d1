import { type ActionFunction, assign, type EventObject, type MachineContext } from 'xstate';

/** The assign action of one context update, typed for the machine that registers it. */
export type AssignAction<TContext extends MachineContext, TEvent extends EventObject> = ActionFunction<
  TContext,
  TEvent,
  TEvent,
  undefined,
  never,
  never,
  never,
  never,
  never
>;

/**
 * A shared sub-flow's context updates as ready `assign` actions for one machine. The sub-flow
 * writes them once, as plain functions of its own context slice; each machine that nests the
 * sub-flow spreads the result into its `setup({ actions })`.
 *
 * @example
 * ```ts
 * setup({ actions: { ...assignUpdates<RegistrationContext, RegistrationEvent, SecurityUpdate>(securitySetupUpdates) } });
 * ```
 */
export function assignUpdates<
  TContext extends MachineContext,
  TEvent extends EventObject,
  Name extends string,
>(
  updates: Readonly<Record<Name, (args: { context: TContext; event: TEvent }) => Partial<TContext>>>,
): Record<Name, AssignAction<TContext, TEvent>> {
  const actions: Partial<Record<Name, AssignAction<TContext, TEvent>>> = {};
  for (const name of Object.keys(updates) as Name[]) {
    const update = updates[name];
    actions[name] = assign<TContext, TEvent, undefined, TEvent, never>((args) => update(args));
  }
  return actions as Record<Name, AssignAction<TContext, TEvent>>;
}
