import type { Playbook } from '../../content/schema';

const DAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

/** The standards that set expectations (SL-1, SL-2), shown for reference, never enforced. */
export function PlaybookFacts({ playbook }: { playbook: Playbook }) {
  const hours = playbook.openingHours;
  if (!playbook.answerTarget && !hours) return null;
  return (
    <details class="card facts">
      <summary>Standards for {playbook.organisation.name}</summary>
      <dl>
        {playbook.answerTarget && (
          <>
            <dt>Answer calls</dt>
            <dd>{playbook.answerTarget.text}</dd>
          </>
        )}
        {hours && (
          <>
            <dt>Opening hours</dt>
            <dd>
              <ul>
                {hours.periods.map((period) => (
                  <li key={`${period.days.join()}-${period.opens}`}>
                    {period.days.map((day) => DAY_NAMES[day]).join(', ')}: {period.opens}–{period.closes}
                  </li>
                ))}
              </ul>
              {hours.note && <p class="hint">{hours.note}</p>}
            </dd>
          </>
        )}
      </dl>
      <p class="sources">From {playbook.source.document}</p>
    </details>
  );
}
