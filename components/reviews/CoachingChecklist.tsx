import { useEffect, useRef, useState } from 'preact/hooks';
import type { QualityFramework } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { formatDateTime } from '../../lib/incidents/format';
import type { ProvenanceContext } from '../../lib/provenance';
import { suggestEvidence, type EvidenceContext } from '../../lib/reviews/evidence';
import { describeRating } from '../../lib/reviews/rating';
import type { CallReview } from '../../lib/reviews/record';
import { emptyDraft, makeReview } from '../../lib/reviews/review';
import { ReviewForm } from './ReviewForm';
import './reviews.css';

export interface CoachingChecklistProps {
  framework: QualityFramework;
  provenance: ProvenanceContext;
  playbookId: string;
  /** The agent coached: the review is of their call. */
  agentName: string;
  /** The live call beside which the team leader coaches; null before it starts. */
  call: CallData | null;
  /** What the call's evidence needs (the greeting shown, the closing items); null without a call. */
  evidence: EvidenceContext | null;
  /** The call's clock, as this page shows it. */
  now: number;
  /** Saves the review where this desk keeps reviews (sealed when sealing is on). */
  save(review: CallReview): Promise<void>;
  /** Where the incident log opens, to find the saved review. */
  incidentLogUrl: string;
  onClose(): void;
}

/**
 * Side-by-side coaching: the review checklist beside a live call, for a team leader sitting with
 * the agent (in the panel, or in the presenter view during training). The call suggests evidence,
 * which the team leader accepts or rejects; saving creates the review in this desk's log. Nothing
 * of the call is kept beyond what the review holds.
 */
export function CoachingChecklist({ framework, provenance, playbookId, agentName, call, evidence, now, save, incidentLogUrl, onClose }: CoachingChecklistProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [signer, setSigner] = useState('');
  const [saved, setSaved] = useState<{ id: string; summary: string } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => heading.current?.focus(), []);
  const suggestions = call && evidence ? suggestEvidence(call, framework, evidence, now) : [];

  return (
    <section class="card coaching" aria-labelledby="coaching-heading">
      <h2 id="coaching-heading" ref={heading} tabIndex={-1}>
        Coaching: {framework.name}
      </h2>
      <p class="hint">
        Side by side with {agentName}. The call suggests evidence for some items: accept it into the note or reject it. You mark every item.
      </p>
      {saved && (
        <p class="notice" role="status">
          Review saved in the incident log: {saved.summary}{' '}
          <a href={`${incidentLogUrl}#/quality/review/${encodeURIComponent(saved.id)}`} target="_blank" rel="noopener">
            Open the review
          </a>
        </p>
      )}
      <ReviewForm
        key={`${call?.id ?? 'no-call'}-${round}`}
        framework={framework}
        provenance={provenance}
        initial={{ ...emptyDraft(agentName, call?.startedAt ?? now), coached: true }}
        signer={signer}
        onSigner={setSigner}
        now={now}
        suggestions={suggestions}
        submitLabel="Save review"
        idPrefix="coaching"
        onSubmit={async (draft, by) => {
          const review = makeReview(crypto.randomUUID(), draft, framework, playbookId, { by, at: now });
          await save(review);
          setSaved({ id: review.id, summary: `${review.agentName}'s call of ${formatDateTime(review.callAt)}, ${describeRating(review.rating, review.rating.target)}` });
          setRound((n) => n + 1);
          heading.current?.focus();
          return null;
        }}
      />
      <button type="button" onClick={onClose}>
        Close coaching
      </button>
    </section>
  );
}
