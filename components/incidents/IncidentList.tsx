import type { CallGuideDb } from '../../lib/db';
import type { Incident } from '../../lib/incidents/record';
import { NO_FILTER } from '../../lib/incidents/filter';
import { formatDateTime, formatWeekday, KIND_LABELS, STATUS_LABELS, isOverdue } from '../../lib/incidents/format';
import { PAGE_SIZE } from '../../lib/incidents/log-state';
import { countIncidents, queryIncidents } from '../../lib/incidents/query';
import { seriousPage } from '../../lib/incidents/triage-query';
import { isSealed } from '../../lib/sealing/sealed-record';
import { ListExport } from './ListExport';
import { TriageTags } from './TriageTags';
import { useLog } from './log-context';
import { incidentHref } from './use-hash-route';
import { usePromptLiveQuery } from '../ui/use-live-query';
import { DataTable } from '../ui/DataTable';

const count = (n: number) => n.toLocaleString('en-GB');
/** Counting walks the index; it waits for the filters to settle and for the page to be read. */
const COUNT_DELAY_MS = 400;

/** The filtered list, a page at a time, with the next follow-up of each incident. */
export function IncidentList() {
  const { db: views, listDb, state, now } = useLog();
  const db = listDb ?? views;
  const filter = state.filter.value;
  const order = state.order.value;
  const starts = state.pageStarts.value;
  const after = starts.at(-1) ?? null;
  // The clock matters to the list only when it filters on deadlines.
  const clock = filter.followUp ? now : 0;
  const read = (open: CallGuideDb) =>
    order === 'serious' ? seriousPage(open, { filter, after, size: PAGE_SIZE, now }) : queryIncidents(open, { filter, order, after, size: PAGE_SIZE, now });
  const page = usePromptLiveQuery(db, read, [JSON.stringify(filter), order, after?.id, clock]);
  // Counted apart from the page, so the rows show first and the total a moment later.
  const counted = usePromptLiveQuery(db, (open) => countIncidents(open, filter, now), [JSON.stringify(filter), clock], COUNT_DELAY_MS);

  if (page.status === 'loading') return <p role="status">Loading…</p>;
  if (page.status === 'error') {
    return (
      <p class="notice" role="alert">
        The incident log could not be opened. Nothing has been deleted. Close other call-guide tabs and reload.
      </p>
    );
  }
  const { rows, hasMore } = page.value;
  const total = page.value.total ?? (counted.status === 'ready' ? counted.value : null);
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  if (rows.length === 0 && starts.length === 0) {
    return <p class="card">{filtered ? 'No incidents match these filters.' : 'No incidents logged on this desktop yet.'}</p>;
  }
  const first = starts.length * PAGE_SIZE + 1;
  const last = first + rows.length - 1;
  const ordered = order === 'serious' ? 'most serious first' : order === 'newest' ? 'newest first' : 'oldest first';
  const caption =
    total !== null && total <= PAGE_SIZE && starts.length === 0
      ? `${total === 1 ? '1 incident' : `${count(total)} incidents`}, ${ordered}`
      : `Incidents ${count(first)}–${count(last)}${total !== null ? ` of ${count(total)}` : ''}, ${ordered}`;

  return (
    <section aria-label="Incidents" class="list">
      <div class="toolbar">
        <ListExport />
      </div>
      <DataTable caption={caption} columns={['When', 'Kind', 'Status', 'Agent', 'Caller', 'What happened', 'Summary', 'Follow-up']}>
        {rows.map((incident) => (
          <tr key={incident.id}>
            <td>
              <a href={incidentHref(incident.id)}>{formatDateTime(incident.createdAt)}</a>
            </td>
            <td>{KIND_LABELS[incident.kind] ?? incident.kind}</td>
            <td>{STATUS_LABELS[incident.status] ?? incident.status}</td>
            <td>{incident.agentName}</td>
            <td>{incident.caller?.name || incident.caller?.phone || incident.caller?.reference || ''}</td>
            <td>
              <TriageTags incident={incident} />
            </td>
            <td>{isSealed(incident) ? <em>Sealed</em> : incident.summary}</td>
            <td>
              <NextFollowUp incident={incident} now={now} />
            </td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label="Pages" class="pager">
        <button type="button" disabled={starts.length === 0} onClick={() => state.previousPage()}>
          Previous page
        </button>
        <span>Page {starts.length + 1}</span>
        <button type="button" disabled={!hasMore} onClick={() => rows.length && state.nextPage(rows.at(-1)!)}>
          Next page
        </button>
      </nav>
    </section>
  );
}

function NextFollowUp({ incident, now }: { incident: Incident; now: number }) {
  const pending = (incident.followUps ?? []).filter((f) => f.doneAt === null);
  if (pending.length === 0) return <span>{incident.followUps?.length ? 'Done' : ''}</span>;
  const overdue = pending.find((f) => isOverdue(f, now));
  if (overdue) return <strong class="overdue">Overdue since {formatWeekday(overdue.dueAt!)}</strong>;
  const dated = pending.filter((f) => f.dueAt !== null).sort((a, b) => a.dueAt! - b.dueAt!)[0];
  return <span>{dated ? `Due ${formatWeekday(dated.dueAt!)}` : 'To do'}</span>;
}
