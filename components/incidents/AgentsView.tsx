import { useState } from 'preact/hooks';
import { agentSummary } from '../../lib/incidents/agents';
import { dateInputValue, dayEnd, dayStart, startOfDay } from '../../lib/incidents/dates';
import { useLiveQuery } from '../ui/use-live-query';
import { useLog } from './log-context';

const DAY = 86_400_000;

/** Per agent, over a chosen period: incidents by kind, follow-ups outstanding, welfare debriefs. */
export function AgentsView() {
  const { db, now } = useLog();
  const [from, setFrom] = useState(() => startOfDay(now - 6 * DAY));
  const [to, setTo] = useState(() => dayEnd(dateInputValue(now)) ?? now);
  const rows = useLiveQuery(db, (open) => agentSummary(open, { from, to }, now), [from, to, now]);

  return (
    <section aria-labelledby="agents-heading" class="card">
      <h2 id="agents-heading">Agents</h2>
      <p class="hint">Incidents recorded in the period, with their follow-ups still to do and the agents’ welfare debriefs.</p>
      <div class="filters">
        <div class="field">
          <label for="agents-from">From</label>
          <input id="agents-from" type="date" value={dateInputValue(from)} onChange={(event) => setFrom(dayStart(event.currentTarget.value) ?? from)} />
        </div>
        <div class="field">
          <label for="agents-to">To</label>
          <input id="agents-to" type="date" value={dateInputValue(to - 1)} onChange={(event) => setTo(dayEnd(event.currentTarget.value) ?? to)} />
        </div>
      </div>
      {rows.status === 'loading' && <p role="status">Loading…</p>}
      {rows.status === 'ready' && rows.value.length === 0 && <p>No incidents in this period.</p>}
      {rows.status === 'ready' && rows.value.length > 0 && (
        <table>
          <caption>Incidents by agent</caption>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Abusive calls</th>
              <th scope="col">Self-harm</th>
              <th scope="col">Follow-ups outstanding</th>
              <th scope="col">Overdue</th>
              <th scope="col">Welfare debrief owed</th>
              <th scope="col">Welfare debriefs done</th>
            </tr>
          </thead>
          <tbody>
            {rows.value.map((row) => (
              <tr key={row.agent}>
                <th scope="row">{row.agent}</th>
                <td>{row.kinds['abusive-call']}</td>
                <td>{row.kinds['self-harm']}</td>
                <td>{row.outstanding}</td>
                <td>{row.overdue ? <strong class="overdue">{row.overdue}</strong> : 0}</td>
                <td>{row.welfareOwed ? <strong>{row.welfareOwed}</strong> : 0}</td>
                <td>{row.welfareDone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
