import type { Coverage } from '../../lib/reviews/coverage';
import { formatPercent } from '../../lib/reviews/rating';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** Each agent's reviews this month against the minimum, who is short and by how many, and average ratings. */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const { shortAgents, daysLeft, minimum, target } = coverage;
  return (
    <>
      <h3>Coverage</h3>
      <p>
        {coverage.agents.length === 0
          ? 'No agent has a review this month or last month yet: record a review to start.'
          : shortAgents.length === 0
            ? `Every agent has at least ${minimum} reviews this month.`
            : `Short of ${minimum} reviews: ${shortAgents.map((row) => `${row.agent} needs ${row.short} more`).join(', ')}; ${days(daysLeft)} left this month.`}{' '}
        Team average: {formatPercent(coverage.teamAverage)} against the target of {target}%.
      </p>
      {coverage.agents.length > 0 && (
        <table>
          <caption>
            Reviews per agent in {coverage.month.label}: at least {minimum} each, {days(daysLeft)} left
          </caption>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Reviews</th>
              <th scope="col">Still needed</th>
              <th scope="col">Average rating (target {target}%)</th>
            </tr>
          </thead>
          <tbody>
            {coverage.agents.map((row) => (
              <tr key={row.agent}>
                <th scope="row">{row.agent}</th>
                <td>
                  {row.reviews} of {minimum}
                </td>
                <td class={row.short ? 'below-target' : undefined}>{row.short || 'None'}</td>
                <td class={row.belowTarget ? 'below-target' : undefined}>
                  {formatPercent(row.average)}
                  {row.belowTarget ? ' (below target)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
