import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { renderGreeting } from '../../lib/call/greeting';
import { formatDateTime, formatTime } from '../../lib/incidents/format';
import { suggestEvidence } from '../../lib/reviews/evidence';
import { effectiveFramework } from '../../lib/reviews/framework';
import { parseQualityPolicy, type QualityOverride } from '../../lib/reviews/policy';
import { describeRating } from '../../lib/reviews/rating';
import { saveReview } from '../../lib/reviews/repository';
import { emptyDraft, makeReview } from '../../lib/reviews/review';
import { managedArea } from '../../lib/settings/items';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';
import { coachingOpen } from './coaching-state';
import { ReviewForm } from './ReviewForm';
import './reviews.css';

interface Props {
  /** Where the incident log opens, to find the saved review. */
  incidentLogUrl: string;
  /** The organisation's policy as the browser holds it, for its call quality target and minimum. */
  readManaged?: () => Promise<unknown>;
}

/**
 * Side-by-side coaching: the review checklist beside the live call, for a team leader sitting with
 * the agent. The call suggests evidence, which the team leader accepts or rejects; saving creates
 * the review in this desk's log. Nothing of the call is kept beyond what the review holds.
 */
export function Coaching({ incidentLogUrl, readManaged = () => managedArea.get() }: Props) {
  const state = useAppState();
  const { model, db } = useCall();
  const heading = useRef<HTMLHeadingElement>(null);
  const [override, setOverride] = useState<QualityOverride | null>(null);
  const [signer, setSigner] = useState('');
  const [saved, setSaved] = useState<{ id: string; summary: string } | null>(null);
  const [round, setRound] = useState(0);
  const playbook = state.playbook.value;
  const settings = state.settings.value;
  const call = model.call.value;
  const now = state.now.value;
  const framework = useMemo(() => effectiveFramework(playbook, override), [playbook, override]);

  useEffect(() => {
    heading.current?.focus();
    void readManaged().then((managed) => setOverride(parseQualityPolicy(managed).override), () => undefined);
  }, []);

  if (!playbook || !settings) return null;
  const suggestions = call
    ? suggestEvidence(
        call,
        framework,
        {
          // The greeting the guide showed as the call began.
          greeting: renderGreeting(playbook, settings, new Date(call.startedAt), call.kind).text,
          agentName: settings.agentName,
          closing: playbook.closing,
          checkInSeconds: (state.hold.value ?? playbook.hold).checkInSeconds,
          formatTime,
        },
        now,
      )
    : [];
  const provenance = { ...(playbook.standard ? { standard: playbook.standard } : {}), origin: state.org.originOf(playbook.id) };

  return (
    <section class="card coaching" aria-labelledby="coaching-heading">
      <h2 id="coaching-heading" ref={heading} tabIndex={-1}>
        Coaching: {framework.name}
      </h2>
      <p class="hint">
        Side by side with {settings.agentName}. The call suggests evidence for some items: accept it into the note or reject it. You mark every item.
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
        initial={{ ...emptyDraft(settings.agentName, call?.startedAt ?? now), coached: true }}
        signer={signer}
        onSigner={setSigner}
        now={now}
        suggestions={suggestions}
        submitLabel="Save review"
        idPrefix="coaching"
        onSubmit={async (draft, by) => {
          const review = makeReview(crypto.randomUUID(), draft, framework, playbook.id, { by, at: state.now.peek() });
          await saveReview(await db(), review);
          setSaved({ id: review.id, summary: `${review.agentName}'s call of ${formatDateTime(review.callAt)}, ${describeRating(review.rating, review.rating.target)}` });
          setRound((n) => n + 1);
          heading.current?.focus();
          return null;
        }}
      />
      <button type="button" onClick={() => (coachingOpen.value = false)}>
        Close coaching
      </button>
    </section>
  );
}
