import type { Incident } from '../../lib/incidents/record';
import { callerLine, formatDateTime, formatTime, kindLabel, outcomeLabel, ROUTE_LABELS, STATUS_LABELS, warningsLine } from '../../lib/incidents/format';
import { getIncident } from '../../lib/incidents/repository';
import { formatDuration } from '../../lib/incidents/timeline';
import { useLiveQuery } from '../ui/use-live-query';
import { AuthoritiesPanel } from './AuthoritiesPanel';
import { FollowUps } from './FollowUps';
import { useLog } from './log-context';
import { ReviewPanel } from './ReviewPanel';
import { isSealed } from '../../lib/sealing/sealed-record';
import { SealedDetail } from './sealing/SealedDetail';
import { Timeline } from './Timeline';
import { reportHref } from './use-hash-route';

/** One incident as a team leader reviews it: what happened and when, then the follow-ups and review. */
export function IncidentDetail({ id }: { id: string }) {
  const { db } = useLog();
  const found = useLiveQuery(db, (open) => getIncident(open, id), [id]);
  if (found.status === 'loading') return <p role="status">Loading…</p>;
  if (found.status === 'error' || !found.value) {
    return (
      <p class="notice" role="alert">
        This incident is not in the log (it may have been deleted under the retention period). <a href="#/">Back to the list</a>
      </p>
    );
  }
  if (isSealed(found.value)) return <SealedDetail incident={found.value} />;
  return <Detail incident={found.value} />;
}

function Detail({ incident }: { incident: Incident }) {
  const { state, organisation, referralName } = useLog();
  const call = incident.callEndedAt
    ? `${formatDateTime(incident.callStartedAt)} to ${formatTime(incident.callEndedAt)} (${formatDuration(incident.callEndedAt - incident.callStartedAt)})`
    : `Started ${formatDateTime(incident.callStartedAt)}`;
  const facts: [string, string][] = [
    ['Status', incident.review ? `${STATUS_LABELS.reviewed} by ${incident.review.by}` : STATUS_LABELS[incident.status]],
    ['Agent', incident.agentName],
    ['Organisation', organisation(incident.playbookId)],
    ['Caller', callerLine(incident.caller)],
    ['Call', call],
    ['Outcome', outcomeLabel(incident.outcome)],
    ...(incident.kind === 'abusive-call' ? [['Warnings', warningsLine(incident)] as [string, string]] : []),
    ...(incident.route ? [['Route taken', ROUTE_LABELS[incident.route]] as [string, string]] : []),
    ...(incident.location ? [['Caller’s location', incident.location] as [string, string]] : []),
    ...(incident.referralsGiven.length ? [['Referral numbers given', incident.referralsGiven.map(referralName).join(', ')] as [string, string]] : []),
  ];

  return (
    <article aria-labelledby="incident-heading" class="detail">
      <p class="no-print">
        <a href="#/">Back to the list</a> · <a href={reportHref(incident.id)}>Printable report</a>
      </p>
      <h2 id="incident-heading">
        {kindLabel(incident.kind)}, {formatDateTime(incident.createdAt)}
      </h2>
      <p>{incident.summary}</p>
      <dl class="facts">
        {facts.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="timeline-heading" class="card">
        <h3 id="timeline-heading">Timeline</h3>
        <Timeline events={incident.timeline ?? []} />
      </section>
      <section aria-labelledby="answers-heading" class="card">
        <h3 id="answers-heading">What the agent recorded</h3>
        {incident.answers.length === 0 && !incident.notes && incident.checklist.length === 0 && <p class="hint">No answers or notes.</p>}
        <dl class="answers">
          {incident.answers.map((answer) => (
            <div key={answer.id}>
              <dt>{answer.label}</dt>
              <dd>{answer.value}</dd>
            </div>
          ))}
          {incident.notes && (
            <div>
              <dt>Call notes</dt>
              <dd>{incident.notes}</dd>
            </div>
          )}
        </dl>
        {incident.checklist.length > 0 && (
          <>
            <h4>Ticked</h4>
            <ul>
              {incident.checklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div class="card no-print">
        <div class="field">
          <label for="reviewer-name">Your name</label>
          <input
            id="reviewer-name"
            autocomplete="name"
            value={state.reviewer.value}
            aria-describedby="reviewer-hint"
            onInput={(event) => (state.reviewer.value = (event.currentTarget as HTMLInputElement).value)}
          />
          <span id="reviewer-hint" class="hint">
            Recorded with each note, review and follow-up you record here.
          </span>
        </div>
      </div>
      <AuthoritiesPanel incident={incident} />
      <FollowUps incident={incident} />
      <ReviewPanel incident={incident} />
    </article>
  );
}
