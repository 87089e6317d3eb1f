import type { IncidentKind, IncidentStatus } from '../../lib/incidents/record';
import { dateInputValue, dayEnd, dayStart } from '../../lib/incidents/dates';
import type { FollowUpFilter } from '../../lib/incidents/filter';
import { KIND_LABELS, STATUS_LABELS } from '../../lib/incidents/format';
import type { ListOrder } from '../../lib/incidents/log-state';
import { agentNames } from '../../lib/incidents/skip-scan';
import { useLiveQuery } from '../ui/use-live-query';
import { useLog } from './log-context';
import { TriageFilter } from './TriageFilter';

const FOLLOW_UPS: Record<FollowUpFilter, string> = {
  pending: 'Not done yet',
  due: 'Due today or overdue',
  overdue: 'Overdue',
};

/** The list's filters; every change shows page one of the new list. */
export function IncidentFilters() {
  const { db, state } = useLog();
  const filter = state.filter.value;
  const agents = useLiveQuery(db, agentNames, []);
  const names = agents.status === 'ready' ? agents.value.filter(Boolean) : [];
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  return (
    <form class="filters card" aria-label="Filter the incidents" onSubmit={(event) => event.preventDefault()}>
      <div class="field search">
        <label for="filter-text">Search notes and the caller’s words</label>
        <input
          id="filter-text"
          type="search"
          value={filter.text}
          aria-describedby="filter-text-hint"
          onInput={(event) => state.setFilter({ text: value(event) })}
        />
        <span id="filter-text-hint" class="hint">
          Words of three letters or more also find longer words: “threat” finds “threatened”.
        </span>
      </div>
      <div class="field">
        <label for="filter-kind">Kind</label>
        <select id="filter-kind" value={filter.kind ?? ''} onChange={(event) => state.setFilter({ kind: (value(event) || null) as IncidentKind | null })}>
          <option value="">All kinds</option>
          {Object.entries(KIND_LABELS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-status">Status</label>
        <select id="filter-status" value={filter.status ?? ''} onChange={(event) => state.setFilter({ status: (value(event) || null) as IncidentStatus | null })}>
          <option value="">Open and reviewed</option>
          {Object.entries(STATUS_LABELS).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-agent">Agent</label>
        <select id="filter-agent" value={filter.agent ?? ''} onChange={(event) => state.setFilter({ agent: value(event) || null })}>
          <option value="">All agents</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <TriageFilter />
      <div class="field">
        <label for="filter-follow-up">Follow-ups</label>
        <select id="filter-follow-up" value={filter.followUp ?? ''} onChange={(event) => state.setFilter({ followUp: (value(event) || null) as FollowUpFilter | null })}>
          <option value="">Any</option>
          {Object.entries(FOLLOW_UPS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-from">From</label>
        <input id="filter-from" type="date" value={filter.from === null ? '' : dateInputValue(filter.from)} onChange={(event) => state.setFilter({ from: dayStart(value(event)) })} />
      </div>
      <div class="field">
        <label for="filter-to">To</label>
        <input
          id="filter-to"
          type="date"
          value={filter.to === null ? '' : dateInputValue(filter.to - 1)}
          onChange={(event) => state.setFilter({ to: dayEnd(value(event)) })}
        />
      </div>
      <div class="field">
        <label for="filter-order">Order</label>
        <select id="filter-order" value={state.order.value} onChange={(event) => state.setOrder(value(event) as ListOrder)}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="serious">Most serious first</option>
        </select>
      </div>
      <button type="button" onClick={() => state.clearFilter()}>
        Clear filters
      </button>
    </form>
  );
}
