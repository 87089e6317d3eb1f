import { TRIAGE_LABELS, type TriageFlag } from '../../lib/incidents/triage';
import { useLog } from './log-context';

/** Filters the list by what happened on the call: 999 called, call ended, police informed, behaviour stopped. */
export function TriageFilter() {
  const { state } = useLog();
  return (
    <div class="field">
      <label for="filter-triage">What happened</label>
      <select
        id="filter-triage"
        value={state.filter.value.triage ?? ''}
        onChange={(event) => state.setFilter({ triage: (event.currentTarget.value || null) as TriageFlag | null })}
      >
        <option value="">Anything</option>
        {Object.entries(TRIAGE_LABELS).map(([flag, label]) => (
          <option key={flag} value={flag}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
