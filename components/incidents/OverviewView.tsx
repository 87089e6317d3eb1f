import { formatWeekday } from '../../lib/incidents/format';
import { followUpsDue, weeklyCounts, type DueFollowUp } from '../../lib/incidents/overview';
import { useLiveQuery } from '../ui/use-live-query';
import { useLog } from './log-context';
import { incidentHref } from './use-hash-route';
import { WeeklyChart } from './WeeklyChart';

/** The last twelve weeks at a glance, and the follow-ups that need doing today. */
export function OverviewView() {
  const { db, now } = useLog();
  // Re-read when the day or the minute changes: counts by week, deadlines by the minute.
  const minute = Math.floor(now / 60_000);
  const weeks = useLiveQuery(db, (open) => weeklyCounts(open, now), [new Date(now).toDateString()]);
  const due = useLiveQuery(db, (open) => followUpsDue(open, now), [minute]);
  return (
    <>
      <section aria-labelledby="weeks-heading" class="card">
        <h2 id="weeks-heading">Incidents by kind per week, last 12 weeks</h2>
        {weeks.status === 'ready' ? <WeeklyChart weeks={weeks.value} /> : <p role="status">Loading…</p>}
      </section>
      <section aria-labelledby="due-heading" class="card">
        <h2 id="due-heading">Follow-ups due today</h2>
        {due.status === 'ready' ? (
          <>
            <DueList title="Overdue" items={due.value.overdue} overdue />
            <DueList title="Due later today" items={due.value.today} />
          </>
        ) : (
          <p role="status">Loading…</p>
        )}
      </section>
    </>
  );
}

function DueList({ title, items, overdue = false }: { title: string; items: DueFollowUp[]; overdue?: boolean }) {
  return (
    <section aria-label={title}>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p class="hint">None.</p>
      ) : (
        <ul class={overdue ? 'due overdue' : 'due'}>
          {items.map(({ incident, followUp }) => (
            <li key={`${incident.id}-${followUp.id}`}>
              <a href={incidentHref(incident.id)}>{followUp.label}</a>: {overdue ? 'was due' : 'due'} {formatWeekday(followUp.dueAt!)}
              {incident.caller.name ? `, ${incident.caller.name}` : ''} (taken by {incident.agentName})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
