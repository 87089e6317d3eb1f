import type { Playbook } from '../../content/schema';
import { From, FromDetails } from '../ui/From';

const DAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

/**
 * The figures the organisation's standard sets (SL-1..SL-8), its own contact numbers as printed
 * (OR-1..OR-3) and its promises in full (OR-4), shown for reference, never enforced.
 */
export function PlaybookFacts({ playbook }: { playbook: Playbook }) {
  const hours = playbook.openingHours;
  if (playbook.facts.length === 0 && !hours) return null;
  return (
    <details class="card facts">
      <summary>Standards for {playbook.organisation.name}</summary>
      <ul class="facts-list">
        {playbook.facts.map((fact) => (
          <li key={fact.id}>
            {fact.text} <From from={fact.from} />
            {fact.items && (
              <ul>
                {fact.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {hours && (
        <>
          <h3>Opening hours <From from={hours.from} /></h3>
          <ul>
            {hours.periods.map((period) => (
              <li key={`${period.days.join()}-${period.opens}`}>
                {period.days.map((day) => DAY_NAMES[day]).join(', ')}: {period.opens}–{period.closes}
              </li>
            ))}
          </ul>
          {hours.note && <p class="hint">{hours.note}</p>}
        </>
      )}
      <FromDetails items={[...playbook.facts.map((fact) => ({ what: fact.text, from: fact.from })), ...(hours ? [{ what: 'Opening hours', from: hours.from }] : [])]} />
    </details>
  );
}
