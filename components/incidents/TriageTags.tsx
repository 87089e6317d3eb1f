import type { Incident } from '../../lib/incidents/record';
import { TRIAGE_LABELS, triageFlags } from '../../lib/incidents/triage';

/** What happened on the call, as short tags in the list: 999 called, call ended, police informed. */
export function TriageTags({ incident }: { incident: Incident }) {
  const flags = triageFlags(incident);
  const reference = incident.authorities?.reference.trim();
  if (flags.length === 0 && !reference) return null;
  return (
    <ul class="triage-tags">
      {flags.map((flag) => (
        <li key={flag} class={`tag tag-${flag}`}>
          {TRIAGE_LABELS[flag]}
        </li>
      ))}
      {reference && <li class="tag">Ref {reference}</li>}
    </ul>
  );
}
