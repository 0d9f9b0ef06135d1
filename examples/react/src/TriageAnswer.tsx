import type { TriageAnswerField, TriageStepQuestion } from 'portal-helpdesk/guides';
import type { AssistEvent, UseAssistSessionResult } from 'portal-helpdesk/react';
import type { FormEvent } from 'react';

type Value = Extract<AssistEvent, { type: 'ANSWER' }>['value'];

/**
 * The triage question from the step view, answered by its type: a button per choice (yes/no
 * included), else a form of labelled fields; the `ANSWER` value has the type the session takes.
 *
 * @example
 * ```tsx
 * {step.triage?.question && <TriageAnswer question={step.triage.question} send={send} />}
 * ```
 */
export function TriageAnswer(props: { question: TriageStepQuestion; send: UseAssistSessionResult['send'] }) {
  const { question, send } = props;
  const { answer } = question;
  const answerWith = (value: Value) => send({ type: 'ANSWER', question: question.id, value });
  if ('choices' in answer)
    return (
      <fieldset className="buttons">
        <legend>{question.text}</legend>
        {answer.choices.map((choice) => (
          <button key={String(choice.value)} type="button" onClick={() => answerWith(choice.value)}>
            {choice.label}
          </button>
        ))}
      </fieldset>
    );
  const fields =
    answer.type === 'fields' ? answer.fields : [{ ...answer, fact: 'value', label: question.text }];
  const submit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const data = new FormData(submitted.currentTarget);
    const read = (field: TriageAnswerField & { fact: string }) => {
      const raw = String(data.get(field.fact) ?? '');
      if ('choices' in field) return field.choices[Number(raw)]?.value;
      return raw === '' ? undefined : field.type === 'number' ? Number(raw) : raw;
    };
    const given = fields.flatMap((field) => {
      const value = read(field);
      return value === undefined ? [] : [[field.fact, value] as const];
    });
    if (answer.type !== 'fields') {
      const value = given[0]?.[1];
      if (value !== undefined) answerWith(value);
    } else if (given.length > 0) answerWith(Object.fromEntries(given));
  };
  return (
    <form className="event-form" onSubmit={submit}>
      {answer.type === 'fields' && <p>{question.text}</p>}
      {fields.map((field) => (
        <label key={field.fact} htmlFor={`triage-${field.fact}`}>
          {field.label}{' '}
          {'choices' in field ? (
            <select id={`triage-${field.fact}`} name={field.fact}>
              <option value="" />
              {field.choices.map((choice, index) => (
                <option key={String(choice.value)} value={index}>
                  {choice.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`triage-${field.fact}`}
              name={field.fact}
              type={field.type === 'number' ? 'number' : field.format === 'date' ? 'date' : 'text'}
              required={answer.type !== 'fields'}
              autoComplete="off"
            />
          )}
        </label>
      ))}
      <button type="submit">Record the answer</button>
    </form>
  );
}
