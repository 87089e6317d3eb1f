import { formatDateTime } from '../../lib/incidents/format';
import { openReview } from '../../lib/reviews/open';
import { getStoredReview } from '../../lib/reviews/repository';
import { correctReview, draftFrom } from '../../lib/reviews/review';
import { correctionRecipients, saveReviewSealedTo } from '../../lib/sealing/review-save';
import { useLog } from '../incidents/log-context';
import { useLiveQuery } from '../ui/use-live-query';
import { qualityHref, type QualitySetup } from './quality-context';
import { ReviewForm } from './ReviewForm';
import { ReviewRecord } from './ReviewRecord';
import { useReviewStore } from './review-store';
import { SealedReview } from './SealedReview';

/**
 * A saved review: printable for the one-to-one, and correctable with the change recorded. A sealed
 * one is opened with the key in this tab's memory; without it (or with a key it was not sealed to,
 * or when it is damaged) only its readable envelope shows, with why, and nothing can overwrite it.
 */
export function ReviewView({ setup, id, correcting }: { setup: QualitySetup; id: string; correcting: boolean }) {
  const { state, now, print } = useLog();
  const store = useReviewStore();
  const found = useLiveQuery(
    store.db,
    async (database) => {
      // Read first, then opened (a live query follows the reads made before anything else is awaited).
      const stored = await getStoredReview(database, id);
      return stored && { stored, opened: await openReview(stored, await store.opener()) };
    },
    [id, store.key],
  );
  if (found.status === 'loading') return <p class="loading">Loading…</p>;
  if (found.status === 'error' || !found.value) return <p class="error">No review with this address on this computer.</p>;
  const { stored, opened } = found.value;
  if (!opened.ok) return <SealedReview envelope={opened.envelope} reason={opened.reason} />;
  const review = opened.review;
  if (!correcting) return <ReviewRecord review={review} onPrint={print} sealed={opened.sealed} />;
  return (
    <section aria-labelledby="correct-heading" class="quality">
      <h2 id="correct-heading">
        Correct the review of {review.agentName}'s call, {formatDateTime(review.callAt)}
      </h2>
      <p class="hint">
        The review keeps its first signature; the correction is signed with your name and lists what it changed.
        {opened.sealed || store.locked ? ' The correction is sealed too.' : ''}
      </p>
      <ReviewForm
        framework={setup.framework}
        provenance={setup.provenance}
        initial={draftFrom(review)}
        signer={state.reviewer.value}
        onSigner={(name) => (state.reviewer.value = name)}
        now={now}
        submitLabel="Save correction"
        idPrefix="correct"
        onSubmit={async (draft, by) => {
          const corrected = correctReview(review, draft, setup.framework, { by, at: now }, formatDateTime);
          if (!corrected) return 'Nothing has changed, so there is no correction to save.';
          const recipients = correctionRecipients(await store.recipients(), store.key, opened.sealed);
          // Only over the content as it was opened: a correction made meanwhile elsewhere is never overwritten.
          await saveReviewSealedTo(await store.db(), corrected, recipients, now, stored.stored);
          window.location.hash = qualityHref('review', review.id);
          return null;
        }}
      />
    </section>
  );
}
