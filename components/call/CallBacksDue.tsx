import { listDueCallBacks, markCallBackDone } from '../../lib/call/call-backs';
import { dutiesOf } from '../../lib/call/duties';
import { formatDue, isOverdue } from '../../lib/call/due';
import { callBackLines } from '../../content/call-lines';
import { From } from '../ui/From';
import { useLiveQuery } from '../ui/use-live-query';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';
import { UnansweredCallBack } from './UnansweredCallBack';

/**
 * Promised call-backs until they are marked done, overdue ones first and marked (TR-6), with the
 * caller's language (CY-1) and, where the standard sets one, the procedure when no one answers (CB-6).
 */
export function CallBacksDue({ now }: { now: number }) {
  const { db } = useCall();
  const playbook = useAppState().playbook.value;
  const unanswered = playbook ? dutiesOf(playbook).unanswered : undefined;
  const due = useLiveQuery(db, listDueCallBacks, []);
  if (due.status !== 'ready' || due.value.length === 0) return null;
  return (
    <section class="card" aria-labelledby="call-backs-heading">
      <h2 id="call-backs-heading">Call-backs due</h2>
      <ul class="call-backs">
        {due.value.map((callBack) => {
          const overdue = callBack.dueAt !== null && isOverdue(callBack.dueAt, now);
          return (
            <li key={callBack.id} class={overdue ? 'overdue' : ''}>
              <div>
                <strong>{callBack.callerName}</strong> {callBack.phone && <span>{callBack.phone}</span>}
                <div>
                  {overdue && <span class="badge">Overdue</span>}{' '}
                  {callBack.dueAt !== null ? `Due ${formatDue(callBack.dueAt, now)}` : callBack.agreedTime || 'Time to agree'}
                </div>
                {callBack.language && <div>Language: {callBack.language}</div>}
                {callBack.reason && <div class="hint">{callBack.reason}</div>}
                {unanswered && <UnansweredCallBack callBack={callBack} rule={unanswered} now={now} />}
              </div>
              <button
                type="button"
                aria-label={`Mark call-back to ${callBack.callerName} done`}
                onClick={() => void db().then((open) => markCallBackDone(open, callBack.id, now))}
              >
                Done
              </button>
            </li>
          );
        })}
      </ul>
      <p class="sources">
        {callBackLines.cannotMakeIt.text} <From from={callBackLines.cannotMakeIt.from} />
      </p>
    </section>
  );
}
