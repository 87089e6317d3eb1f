import { useState } from 'preact/hooks';
import { dateInputValue, dayEnd } from '../../lib/incidents/dates';
import { callerLine, formatDateTime, kindLabel } from '../../lib/incidents/format';
import { abusive, groupSummary, repeatCallers, reportPlaybookId, type CallerGroup } from '../../lib/incidents/patterns';
import { useLiveQuery } from '../ui/use-live-query';
import { DirectorReport } from './DirectorReport';
import { useLog } from './log-context';
import { incidentHref } from './use-hash-route';

/** Callers with more than one incident in three months, and the Director's report for them (AB-14). */
export function PatternsView() {
  const { db, now } = useLog();
  const [until, setUntil] = useState(dateInputValue(now));
  const [chosen, setChosen] = useState<string | null>(null);
  const end = dayEnd(until) ?? now;
  const groups = useLiveQuery(db, (open) => repeatCallers(open, end), [end]);

  return (
    <section aria-labelledby="patterns-heading">
      <div class="card no-print">
        <h2 id="patterns-heading">Repeat callers</h2>
        <p class="hint">
          Incidents from the same caller, recognised by phone number or reference, within three months. Where the organisation’s standard
          asks for it (Moray 4.4), repeated abuse calls for a report to the Director.
        </p>
        <div class="field narrow">
          <label for="patterns-until">The three months up to</label>
          <input id="patterns-until" type="date" value={until} onChange={(event) => setUntil((event.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      {groups.status === 'loading' && <p role="status">Loading…</p>}
      {groups.status === 'ready' && groups.value.length === 0 && <p class="card">No caller has more than one incident in these three months.</p>}
      {groups.status === 'ready' &&
        groups.value.map((group) => {
          const key = group.keys.join(' ');
          const open = chosen === key;
          return <Group key={key} group={group} open={open} hidden={chosen !== null && !open} onChoose={() => setChosen(open ? null : key)} />;
        })}
    </section>
  );
}

function Group({ group, open, hidden, onChoose }: { group: CallerGroup; open: boolean; hidden: boolean; onChoose(): void }) {
  const { directorReport } = useLog();
  const title = callerLine(group.caller);
  const playbookId = reportPlaybookId(group);
  const reportable = playbookId ? directorReport(playbookId) !== undefined : false;
  return (
    <article class={`card group${hidden ? ' no-print' : ''}`} aria-label={title}>
      <div class="no-print">
        <h3>{title}</h3>
        <p>
          {group.incidents.length} incidents: {groupSummary(group)}
        </p>
        <ul>
          {group.incidents.map((incident) => (
            <li key={incident.id}>
              <a href={incidentHref(incident.id)}>
                {formatDateTime(incident.createdAt)}, {kindLabel(incident.kind).toLowerCase()}
              </a>
              : {incident.summary}
            </li>
          ))}
        </ul>
        {reportable && abusive(group).length >= 2 && (
          <button type="button" aria-expanded={open} onClick={onChoose}>
            {open ? 'Close the report' : 'Write the report for the Director'}
          </button>
        )}
      </div>
      {open && <DirectorReport group={group} />}
    </article>
  );
}
