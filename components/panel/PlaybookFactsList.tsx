import { factsOf } from '../../content/playbooks/facts';
import type { Playbook } from '../../content/schema';
import { From, FromDetails } from '../ui/From';

const DAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

/** What the "Standards for …" card holds: every fact the playbook lists, and its opening hours. */
export function PlaybookFactsList({ playbook }: { playbook: Playbook }) {
  const facts = factsOf(playbook);
  const hours = playbook.openingHours;
  return (
    <>
      <ul class="facts-list">
        {facts.map((fact) => (
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
      <FromDetails items={[...facts.map((fact) => ({ what: fact.text, from: fact.from })), ...(hours ? [{ what: 'Opening hours', from: hours.from }] : [])]} />
    </>
  );
}
