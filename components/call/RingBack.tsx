import { ringBackLines } from '../../content/panel-lines';
import { ringBackText } from '../../content/panel-text';
import { callerKeys } from '../../lib/incidents/incident';
import { pendingFollowUps } from '../../lib/incidents/repository';
import type { Caller } from '../../lib/call/call';
import { useLiveQuery } from '../ui/use-live-query';
import { useRingBackKeys } from './use-ring-back-keys';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';

const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * AB-13: the same caller rings back before the line manager's follow-up. Recognised by phone
 * number or reference; the guide says what happened and what to do.
 */
export function RingBack({ caller }: { caller: Caller }) {
  const { db } = useCall();
  const { org } = useAppState();
  const keys = callerKeys(caller);
  const hashed = useRingBackKeys(keys);
  const found = useLiveQuery(db, (open) => pendingFollowUps(open, keys, hashed), [keys.join('|'), hashed.join('|')]);
  if (found.status !== 'ready' || found.value.length === 0) return null;
  const last = found.value[0]!;
  const rule = org.findPlaybook(last.playbookId)?.abusiveFollowUp;
  return (
    <div class="notice" role="alert">
      <p>
        <strong>{ringBackText.ended}</strong>
        {ringBackText.when(when(last.callEndedAt ?? last.createdAt))}
        {rule ? ringBackText.lineManagerPending : ringBackText.pending}
      </p>
      <p>{ringBackLines.whatToDo.text}</p>
    </div>
  );
}
