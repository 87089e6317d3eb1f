import { formatDateTime } from '../../lib/incidents/format';
import { showProvenance } from '../../lib/provenance';
import { reviewsCsv } from '../../lib/reviews/csv';
import { monthOf, type MonthRange } from '../../lib/reviews/month';
import { readMonthView, readTrends } from '../../lib/reviews/month-view';
import { formatPercent } from '../../lib/reviews/rating';
import { fullReviewsBetween } from '../../lib/reviews/repository';
import { useLog } from '../incidents/log-context';
import { useLiveQuery } from '../ui/use-live-query';
import { CoverageTable } from './CoverageTable';
import { qualityHref, type QualitySetup } from './quality-context';
import { TrendsView } from './TrendsView';

/** One month of call quality: who is reviewed enough, ratings against the target, six months of trends. */
export function QualityMonth({ setup, month }: { setup: QualitySetup; month: MonthRange }) {
  const { db, now, download } = useLog();
  const { framework } = setup;
  const view = useLiveQuery(db, (database) => readMonthView(database, month, framework, now), [month.key, framework, now]);
  const trends = useLiveQuery(db, (database) => readTrends(database, month, framework), [month.key, framework]);
  const from = (provenance: Parameters<typeof showProvenance>[0]) => showProvenance(provenance, setup.provenance);
  const previous = monthOf(month.start, -1);
  const next = monthOf(month.start, 1);
  const current = monthOf(now);
  const exportMonth = async () => {
    const reviews = await fullReviewsBetween(await db(), month.start, month.end);
    download(new Blob([reviewsCsv(reviews)], { type: 'text/csv' }), `call-quality-${month.key}.csv`);
  };

  return (
    <section aria-labelledby="quality-heading" class="quality">
      <h2 id="quality-heading">Call quality: {month.label}</h2>
      <p>
        Calls are reviewed against <strong>{framework.name}</strong>
        {setup.organisation ? ` (${setup.organisation})` : ''}: <span class="from">{from(framework.from).label}</span>.
      </p>
      {!setup.organisation && <p class="hint">No organisation is set on this computer: set it in the guide's Settings to review against its own standard.</p>}
      {setup.problem && <p class="notice">{setup.problem}</p>}
      <p class="quality-figures">
        <span>
          Target rating <strong>{framework.target.percent}%</strong> <small class="from" title={from(framework.target.from).detail}>{from(framework.target.from).label}</small>
        </span>
        <span>
          At least <strong>{framework.minimumPerMonth.count}</strong> reviews per agent a month{' '}
          <small class="from" title={from(framework.minimumPerMonth.from).detail}>{from(framework.minimumPerMonth.from).label}</small>
        </span>
      </p>
      <nav class="toolbar" aria-label="Months and actions">
        <a href={qualityHref('new')}>Record a review</a>
        <a href={qualityHref('month', previous.key)}>Previous month ({previous.label})</a>
        {month.start < current.start && <a href={qualityHref('month', next.key)}>Next month ({next.label})</a>}
        {view.status === 'ready' && view.value.reviews.length > 0 && (
          <button type="button" onClick={() => void exportMonth()}>
            Export this month as CSV
          </button>
        )}
      </nav>
      {view.status === 'loading' && <p class="loading">Loading…</p>}
      {view.status === 'error' && <p class="error">The reviews could not be read: {String((view.error as Error)?.message ?? view.error)}</p>}
      {view.status === 'ready' && (
        <>
          <CoverageTable coverage={view.value.coverage} />
          {trends.status === 'ready' ? <TrendsView trends={trends.value} target={framework.target.percent} /> : <p class="loading">Loading the trends…</p>}
          <h3>Reviews of calls in {month.label}</h3>
          {view.value.reviews.length === 0 ? (
            <p>No reviews of calls this month yet.</p>
          ) : (
            <table>
              <caption>{view.value.reviews.length} reviews, newest call first</caption>
              <thead>
                <tr>
                  <th scope="col">Call</th>
                  <th scope="col">Agent</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Signed by</th>
                </tr>
              </thead>
              <tbody>
                {view.value.reviews.map((review) => (
                  <tr key={review.id}>
                    <td>
                      <a href={qualityHref('review', review.id)}>{formatDateTime(review.callAt)}</a>
                    </td>
                    <td>{review.agentName}</td>
                    <td class={review.rating.percent !== null && review.rating.percent < review.rating.target ? 'below-target' : undefined}>
                      {formatPercent(review.rating.percent)}
                    </td>
                    <td>
                      {review.signed.by}
                      {review.corrected ? ` (corrected by ${review.corrected.by})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
