import type { Debrief } from '../../lib/training/debrief';
import { formatSeconds } from '../../lib/training/debrief';
import { debriefFilename, debriefHtml, debriefJson, debriefSummary, STATUS_LABELS } from '../../lib/training/debrief-export';
import { useState } from 'preact/hooks';
import { downloadText } from '../ui/download';
import { DebriefForRoom } from './DebriefForRoom';
import { DataTable } from '../ui/DataTable';

interface Props {
  debrief: Debrief;
  organisation: string;
  /** Absent where the debrief is only shown (the presenter view). */
  onAgain?: () => void;
  onDone?: () => void;
}

const at = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? '–' : formatSeconds(seconds));

/** What the trainee did against the scenario: printable, and exportable for their development record. */
export function DebriefView({ debrief, organisation, onAgain, onDone }: Props) {
  // For a room: the trainee's name off the screen with one click.
  const [nameHidden, setNameHidden] = useState(false);
  return (
    <section class="card debrief" aria-labelledby="debrief-heading">
      <h2 id="debrief-heading">Debrief: {debrief.scenarioTitle}</h2>
      <button type="button" class="no-print" aria-pressed={nameHidden} onClick={() => setNameHidden(!nameHidden)}>
        Hide the trainee’s name
      </button>
      <p class="hint">
        Practice only. {nameHidden ? 'Trainee' : debrief.agentName}, {organisation}. Scenario clock up to {debrief.maxSpeed}x; time limits allow{' '}
        {debrief.allowanceSeconds} s of call time to react.
      </p>
      <p class={`debrief-summary${debrief.clean ? ' clean' : ''}`} role="status">
        {debriefSummary(debrief)}
      </p>
      <DebriefForRoom debrief={debrief} />
      <DataTable class="debrief-steps" caption="Steps" columns={['Step', 'Result', 'Time', 'Requirement']}>
        {debrief.steps.map((step) => (
          <tr key={step.id} class={step.status}>
            <th scope="row">{step.label}</th>
            <td>{STATUS_LABELS[step.status]}</td>
            <td>{at(step.atSeconds)}</td>
            <td>{step.sources.join(', ')}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable class="debrief-timings" caption="Time to key steps" columns={['Goal', 'Took', 'Within', 'Result']}>
        {debrief.timings.map((timing) => (
          <tr key={timing.id}>
            <th scope="row">
              {timing.label}
              <small class="from">{timing.basis === 'standard' ? ` The standard’s time (${timing.sources.join(', ')})` : ' Training goal'}</small>
            </th>
            <td>{at(timing.seconds)}</td>
            <td>{formatSeconds(timing.goalSeconds)}</td>
            <td>{timing.met ? 'Met' : 'Not met'}</td>
          </tr>
        ))}
      </DataTable>
      <div class="actions debrief-actions">
        <button type="button" onClick={() => window.print()}>
          Print debrief
        </button>
        <button type="button" onClick={() => downloadText(debriefFilename(debrief, 'json'), debriefJson(debrief, organisation))}>
          Download debrief (JSON)
        </button>
        <button
          type="button"
          onClick={() => downloadText(debriefFilename(debrief, 'html'), debriefHtml(debrief, organisation), 'text/html')}
        >
          Download printable page
        </button>
        {onAgain && (
          <button type="button" class="primary" onClick={onAgain}>
            Practise again
          </button>
        )}
        {onDone && (
          <button type="button" onClick={onDone}>
            Done
          </button>
        )}
      </div>
    </section>
  );
}
