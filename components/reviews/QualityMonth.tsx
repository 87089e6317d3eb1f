import { showProvenance } from '../../lib/provenance';
import { monthOf, type MonthRange } from '../../lib/reviews/month';
import { readMonthView, readTrends } from '../../lib/reviews/month-view';
import { useLog } from '../incidents/log-context';
import { useRestricted } from '../incidents/sealing/sealing-context';
import { useLiveQuery } from '../ui/use-live-query';
import { CoverageTable } from './CoverageTable';
import { MonthExport } from './MonthExport';
import { MonthReviews } from './MonthReviews';
import { qualityHref, type QualitySetup } from './quality-context';
import { useReviewStore } from './review-store';
import { TrendsView } from './TrendsView';

/**
 * One month of call quality: who is reviewed enough, ratings against the target, six months of
 * trends. The month reads envelopes only, so it is whole on a locked desk; the trends per item and
 * the CSV need the content, opened with the key in memory when sealed.
 */
export function QualityMonth({ setup, month }: { setup: QualitySetup; month: MonthRange }) {
  const { now } = useLog();
  const store = useReviewStore();
  const exportTaken = useRestricted('export');
  const { framework } = setup;
  const view = useLiveQuery(store.db, (database) => readMonthView(database, month, framework, now), [month.key, framework, now]);
  const trends = useLiveQuery(store.db, (database) => readTrends(database, month, framework, store.opener), [month.key, framework, store.key]);
  const from = (provenance: Parameters<typeof showProvenance>[0]) => showProvenance(provenance, setup.provenance);
  const previous = monthOf(month.start, -1);
  const next = monthOf(month.start, 1);
  const current = monthOf(now);
  const unread = trends.status === 'ready' ? trends.value.unread.filter((review) => review.reason !== 'missing').length : 0;

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
        {view.status === 'ready' && view.value.reviews.length > 0 && !store.locked && !exportTaken && <MonthExport month={month} />}
      </nav>
      {store.locked && (
        <div class="notice">
          <p>
            Reviews here are sealed. Without a team leader key this page shows who was reviewed, when, by whom and each rating; the marks, notes,
            strengths and areas to improve (and so the scores per item, the CSV and the printable review) open only with a team leader key.
          </p>
          <button type="button" onClick={store.askUnlock}>
            Unlock to read the reviews
          </button>
        </div>
      )}
      {view.status === 'loading' && <p class="loading">Loading…</p>}
      {view.status === 'error' && <p class="error">The reviews could not be read: {String((view.error as Error)?.message ?? view.error)}</p>}
      {view.status === 'ready' && (
        <>
          <CoverageTable coverage={view.value.coverage} />
          {trends.status === 'ready' ? <TrendsView trends={trends.value.trends} target={framework.target.percent} sealed={unread} /> : <p class="loading">Loading the trends…</p>}
          {unread > 0 && (
            <p class="hint">
              The scores per item leave out {unread} review{unread === 1 ? '' : 's'} whose content is sealed and{' '}
              {store.key ? 'could not be opened with the key in use' : 'opens only with a team leader key'}.
            </p>
          )}
          <MonthReviews month={month} reviews={view.value.reviews} />
        </>
      )}
    </section>
  );
}
