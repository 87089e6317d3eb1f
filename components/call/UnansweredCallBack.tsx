import { useState } from 'preact/hooks';
import { callBackText } from '../../content/panel-text';
import type { UnansweredCallBack as Rule } from '../../content/schema';
import type { CallBack, CallBackAttempt } from '../../lib/db';
import { markLetterSent, recordAttempt, setEveningOnly } from '../../lib/call/call-backs';
import { formatDay, formatDue } from '../../lib/call/due';
import { unansweredState } from '../../lib/call/unanswered';
import { From } from '../ui/From';
import { useCall } from '../context/call';

const MESSAGE_LABELS: Record<CallBackAttempt['message'], string> = {
  adult: 'Message left with an adult',
  machine: 'Message left on an answering machine',
  none: 'No message left',
};

interface Props {
  callBack: CallBack;
  rule: Rule;
  now: number;
}

/**
 * A call-back that goes unanswered, as the organisation's standard sets it (Moray 4.2, CB-6):
 * each try recorded with the message left, tries for its days (in the evening for a caller only
 * available then), then the letter, which closes the call-back.
 */
export function UnansweredCallBack({ callBack, rule, now }: Props) {
  const { db } = useCall();
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<CallBackAttempt['message'] | null>(null);
  const attempts = callBack.attempts ?? [];
  const state = unansweredState(attempts, rule.days, now);
  const name = callBack.callerName;
  const write = (action: (open: Awaited<ReturnType<typeof db>>) => Promise<void>) => void db().then(action);

  function save() {
    if (!message) return;
    write((open) => recordAttempt(open, callBack.id, { at: now, message }));
    setRecording(false);
    setMessage(null);
  }

  return (
    <div class="unanswered">
      {attempts.length > 0 && (
        <ol class="attempts" aria-label={`Attempts to call ${name} back`}>
          {attempts.map((attempt) => (
            <li key={attempt.at}>
              {callBackText.tried(formatDue(attempt.at, now), MESSAGE_LABELS[attempt.message])}
            </li>
          ))}
        </ol>
      )}
      {state.letterDue ? (
        <div class="notice" role="status">
          <span class="badge">Send the letter</span> {rule.letter} <From from={rule.from} />
          <div class="actions">
            <button type="button" onClick={() => write((open) => markLetterSent(open, callBack.id, now))}>
              Letter sent to {name}
            </button>
          </div>
        </div>
      ) : (
        <>
          {state.day !== null && state.triesUntil !== null && (
            <p role="status">
              {callBackText.day(state.day, rule.days, formatDay(state.triesUntil - 1, now))}
            </p>
          )}
          <p class="hint">
            {rule.keepTrying} <From from={rule.from} />
          </p>
          {recording ? (
            <fieldset class="field">
              <legend>Message left</legend>
              {(Object.keys(MESSAGE_LABELS) as CallBackAttempt['message'][]).map((kind) => (
                <label class="check" key={kind}>
                  <input type="radio" name={`attempt-${callBack.id}`} checked={message === kind} onChange={() => setMessage(kind)} />
                  {MESSAGE_LABELS[kind]}
                </label>
              ))}
              <div class="actions">
                <button type="button" class="primary" disabled={!message} onClick={save}>
                  Save attempt
                </button>
                <button type="button" onClick={() => setRecording(false)}>
                  Cancel
                </button>
              </div>
            </fieldset>
          ) : (
            <button type="button" aria-label={`Tried ${name}, no answer`} onClick={() => setRecording(true)}>
              Tried, no answer
            </button>
          )}
        </>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={Boolean(callBack.eveningOnly)}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            write((open) => setEveningOnly(open, callBack.id, checked));
          }}
        />
        {name} is available only in the evening
      </label>
      {callBack.eveningOnly && !state.letterDue && <p class="cue">{rule.evening}</p>}
    </div>
  );
}
