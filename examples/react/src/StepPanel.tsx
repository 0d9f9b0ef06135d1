import type { StepView } from 'portal-helpdesk/react';
import type { ReactNode } from 'react';
import { RichTextView } from './RichTextView.js';

/**
 * One step view: heading, instructions, portal labels, notes; `children` are its controls.
 *
 * @example
 * ```tsx
 * <StepPanel id="session-step" step={step}><EventControls events={step.events} send={send} /></StepPanel>
 * ```
 */
export function StepPanel(props: { id: string; step: StepView; children?: ReactNode }) {
  const { step } = props;
  return (
    <section
      id={props.id}
      data-workflow={step.workflowId}
      data-state={step.stateId}
      aria-labelledby={`${props.id}-heading`}
    >
      <h2 id={`${props.id}-heading`}>{step.heading}</h2>
      <p className="instructions">
        <RichTextView text={step.instructions} />
      </p>
      {step.labels.length > 0 && (
        <p className="labels">
          Portal labels:{' '}
          {step.labels.map((label) => (
            <strong key={label} className="label">
              {label}{' '}
            </strong>
          ))}
        </p>
      )}
      {step.notes.length > 0 && (
        <ul className="notes">
          {step.notes.map((note) => (
            <li key={note.key} data-kind={note.kind}>
              {note.kind === 'warning' ? 'Warning: ' : note.kind === 'staff' ? 'Staff: ' : 'Tip: '}
              <RichTextView text={note.text} />
            </li>
          ))}
        </ul>
      )}
      {step.problem !== null && <p className="problem">Problem: {step.problem}</p>}
      {step.outcome !== null && (
        <p className="outcome">
          Outcome: {step.outcome.status}
          {step.outcome.reason === null ? '' : ` (${step.outcome.reason})`}
        </p>
      )}
      {props.children}
    </section>
  );
}
