import type { AcceptedEvent, AssistEvent, UseAssistSessionResult } from 'portal-helpdesk/react';
import type { FormEvent } from 'react';

type PayloadField = AcceptedEvent['payload'][string];

/** `SEND_CODE` -> `Send code`. */
const humanise = (type: string) => {
  const words = type.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A button for each accepted event without a payload, and a small form for each with one, built
 * from the payload shape the step view gives. What is sent is checked by the session: a refused
 * event comes back in the hook's `error`.
 *
 * @example
 * ```tsx
 * <EventControls events={step.events} send={send} />
 * //=> <button>Continue</button> ... <form><select name="task">...</select><button>Choose task</button></form>
 * ```
 */
export function EventControls(props: {
  events: readonly AcceptedEvent[];
  send: UseAssistSessionResult['send'];
}) {
  const events = props.events.filter(
    (event, index, all) => all.findIndex((other) => other.type === event.type) === index,
  );
  const plain = events.filter((event) => Object.keys(event.payload).length === 0);
  const withPayload = events.filter((event) => Object.keys(event.payload).length > 0);
  return (
    <div className="events">
      <div className="buttons">
        {plain.map((event) => (
          <button
            key={event.type}
            type="button"
            data-event={event.type}
            // The step view lists only events the machines define; the session refuses anything else.
            onClick={() => props.send({ type: event.type } as AssistEvent)}
          >
            {humanise(event.type)}
          </button>
        ))}
      </div>
      {withPayload.map((event) => (
        <EventForm key={event.type} event={event} send={props.send} />
      ))}
    </div>
  );
}

function EventForm(props: { event: AcceptedEvent; send: UseAssistSessionResult['send'] }) {
  const { event } = props;
  const submit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const data = new FormData(submitted.currentTarget);
    const payload: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(event.payload)) {
      if (field !== 'object') payload[name] = fieldValue(field, data.get(name));
      else if (data.get(`${name}.role`) === 'family-member') payload[name] = familyMember(data, name);
    }
    props.send({ type: event.type, ...payload } as AssistEvent);
  };
  return (
    <form className="event-form" data-event={event.type} onSubmit={submit}>
      {Object.entries(event.payload).map(([name, field]) => (
        <Field key={name} id={`${event.type}-${name}`} name={name} field={field} />
      ))}
      <button type="submit">{humanise(event.type)}</button>
    </form>
  );
}

function Field(props: { id: string; name: string; field: PayloadField }) {
  const { id, name, field } = props;
  // The one structured field today: CHOOSE_TASK's `user`, who registers (registration only).
  if (field === 'object') return <UserField id={id} name={name} />;
  if (typeof field === 'object') {
    return (
      <label htmlFor={id}>
        {name}{' '}
        <select id={id} name={name}>
          {field.oneOf.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (field === 'boolean') {
    return (
      <label htmlFor={id}>
        <input id={id} name={name} type="checkbox" defaultChecked /> {name}
      </label>
    );
  }
  return (
    <label htmlFor={id}>
      {name} <input id={id} name={name} type={field === 'number' ? 'number' : 'text'} autoComplete="off" />
    </label>
  );
}

/** Who registers: the patient (nothing is sent), or a family member with their name and birth date. */
function UserField(props: { id: string; name: string }) {
  const { id, name } = props;
  return (
    <fieldset>
      <legend>{name}: who registers</legend>
      <label htmlFor={`${id}-role`}>
        role{' '}
        <select id={`${id}-role`} name={`${name}.role`}>
          <option value="patient">patient</option>
          <option value="family-member">family-member</option>
        </select>
      </label>
      <label htmlFor={`${id}-displayName`}>
        family member's name{' '}
        <input id={`${id}-displayName`} name={`${name}.displayName`} autoComplete="off" />
      </label>
      <label htmlFor={`${id}-birthDate`}>
        family member's birth date <input id={`${id}-birthDate`} name={`${name}.birthDate`} type="date" />
      </label>
    </fieldset>
  );
}

function familyMember(data: FormData, name: string) {
  const text = (key: string) => {
    const value = data.get(`${name}.${key}`);
    return typeof value === 'string' ? value : '';
  };
  return { role: 'family-member', displayName: text('displayName'), birthDate: text('birthDate') };
}

function fieldValue(field: PayloadField, value: FormDataEntryValue | null): unknown {
  if (field === 'boolean') return value !== null;
  if (field === 'number') return Number(value ?? Number.NaN);
  return typeof value === 'string' ? value : '';
}
