import type { ReadonlySignal } from '@preact/signals';
import type { DatabaseHandle } from '../../lib/db-handle';
import { formatWeekday, kindLabel } from '../../lib/incidents/format';
import { panelSummary } from '../../lib/incidents/panel-summary';
import { useLiveQuery } from '../ui/use-live-query';
import './panel-incidents.css';

interface Props {
  db: DatabaseHandle;
  /**
   * The panel's clock: overdue is counted against it, so the count changes without a re-read, and
   * only the count renders again as it ticks.
   */
  now: ReadonlySignal<number>;
  /** Where the incident log opens (the panel passes the extension URL). */
  logUrl?: string;
  /** How many of the latest incidents to list. */
  latest?: number;
}

/**
 * The incident log in the side panel: open incidents, follow-ups overdue (highlighted), and the
 * latest few, each linking to the full log in a tab.
 */
export function PanelIncidents({ db, now, logUrl = '/incidents.html', latest = 3 }: Props) {
  const summary = useLiveQuery(db, (open) => panelSummary(open, latest), [latest]);
  if (summary.status !== 'ready') return null;
  const { open, dueTimes, latest: recent } = summary.value;
  return (
    <section aria-labelledby="panel-incidents-heading" class="panel-incidents">
      <h2 id="panel-incidents-heading">Incident log</h2>
      <p>
        {open === 1 ? '1 open incident' : `${open} open incidents`}
        <Overdue dueTimes={dueTimes} now={now} />
      </p>
      {recent.length > 0 && (
        <ul aria-label="Latest incidents">
          {recent.map((incident) => (
            <li key={incident.id}>
              <a href={`${logUrl}#/incident/${encodeURIComponent(incident.id)}`} target="_blank" rel="noopener">
                {kindLabel(incident.kind)}, {formatWeekday(incident.createdAt)}
              </a>
              {incident.status === 'open' ? ' (open)' : ''}
            </li>
          ))}
        </ul>
      )}
      <a href={logUrl} target="_blank" rel="noopener">
        Open the incident log
      </a>
    </section>
  );
}

/** How many follow-ups are overdue, against the ticking clock. */
function Overdue({ dueTimes, now }: { dueTimes: readonly number[]; now: ReadonlySignal<number> }) {
  const overdue = dueTimes.filter((due) => due < now.value).length;
  return overdue > 0 ? (
    <>
      {' · '}
      <strong class="overdue" role="status">
        {overdue === 1 ? '1 follow-up overdue' : `${overdue} follow-ups overdue`}
      </strong>
    </>
  ) : (
    <>{' · no follow-ups overdue'}</>
  );
}
