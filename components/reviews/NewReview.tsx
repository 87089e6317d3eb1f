import { emptyDraft, makeReview } from '../../lib/reviews/review';
import { saveReviewSealedTo } from '../../lib/sealing/review-save';
import { useLog } from '../incidents/log-context';
import { qualityHref, type QualitySetup } from './quality-context';
import { ReviewForm } from './ReviewForm';
import { useReviewStore } from './review-store';

/** Recording a review in the log: the checklist, saved signed (sealed when sealing is on), then shown as a record. */
export function NewReview({ setup }: { setup: QualitySetup }) {
  const { state, now } = useLog();
  const store = useReviewStore();
  return (
    <section aria-labelledby="new-review-heading" class="quality">
      <h2 id="new-review-heading">Record a call quality review</h2>
      <p class="hint">
        Against {setup.framework.name}. Mark each item; the rating is (met + half of partly) ÷ the items that apply, against the target of{' '}
        {setup.framework.target.percent}%.
      </p>
      <ReviewForm
        framework={setup.framework}
        provenance={setup.provenance}
        initial={emptyDraft()}
        signer={state.reviewer.value}
        onSigner={(name) => (state.reviewer.value = name)}
        now={now}
        submitLabel="Save review"
        onSubmit={async (draft, by) => {
          const review = makeReview(crypto.randomUUID(), draft, setup.framework, setup.playbookId, { by, at: now });
          await saveReviewSealedTo(await store.db(), review, await store.recipients(), now);
          window.location.hash = qualityHref('review', review.id);
          return null;
        }}
      />
    </section>
  );
}
