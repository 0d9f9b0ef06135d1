import { type AssistSessionStorage, useAssistSession } from 'portal-helpdesk/react';
import { useState } from 'react';
import { EventControls } from './EventControls.js';
import { exampleInput } from './example-input.js';
import { StepPanel } from './StepPanel.js';
import { TriageAnswer } from './TriageAnswer.js';

/** Where the session is kept between page loads. */
export const STORAGE_KEY = 'portal-helpdesk-react-example/assist-session';

/**
 * The page: a new session can be started at any time; the session itself lives in {@link Session}.
 *
 * @example
 * ```tsx
 * createRoot(container).render(<App />);
 * ```
 */
export function App() {
  const [generation, setGeneration] = useState(0);
  const startOver = () => {
    window.localStorage.removeItem(STORAGE_KEY);
    // A new React key mounts a new session, from new chart facts.
    setGeneration((value) => value + 1);
  };
  return (
    <main>
      <header>
        <h1>Patient Portal help</h1>
        <p>A React staff panel beside the patient chart (portal-helpdesk example, invented data).</p>
        <button type="button" id="new-session" onClick={startOver}>
          New session
        </button>
      </header>
      <Session key={generation} storage={window.localStorage} />
    </main>
  );
}

function Session(props: { storage: AssistSessionStorage }) {
  const [input] = useState(() => exampleInput(navigator.userAgent, new Date()));
  const { step, send, summary, error } = useAssistSession({
    input,
    storage: props.storage,
    storageKey: STORAGE_KEY,
    audience: 'staff',
  });
  return (
    <>
      {error !== null && (
        <p id="notice" role="alert">
          {error.code === 'invalid-snapshot'
            ? 'The saved session could not be restored and was discarded; a new one has started.'
            : 'The last action was refused.'}{' '}
          <code>{error.code}</code>
        </p>
      )}
      {step === null ? (
        <p>No session could start.</p>
      ) : (
        <>
          <StepPanel id="session-step" step={step}>
            {step.triage?.question && <TriageAnswer question={step.triage.question} send={send} />}
            {step.task === null && (
              <EventControls
                // The triage question draws its own typed answer controls.
                events={step.events.filter((event) => !(event.type === 'ANSWER' && step.triage?.question))}
                send={send}
              />
            )}
          </StepPanel>
          {step.task !== null && (
            <StepPanel id="task-step" step={step.task}>
              <EventControls events={[...step.task.events, ...step.events]} send={send} />
            </StepPanel>
          )}
        </>
      )}
      {summary !== null && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary (ids and reason codes only)</h2>
          <ul id="summary-tasks">
            {summary.tasks.map((task, index) => (
              // Outcomes are appended, never reordered.
              // biome-ignore lint/suspicious/noArrayIndexKey: a task can appear twice
              <li key={index}>
                {task.task}: {task.outcome}
                {task.reason === null ? '' : ` (${task.reason})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
