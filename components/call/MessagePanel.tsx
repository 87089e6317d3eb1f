import { useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import { callerFullName, languageName, closeActivity, promiseCallBack, setMessageField, type CallData } from '../../lib/call/call';
import { saveCallBack } from '../../lib/call/call-backs';
import { CALL_BACK_FIELD, messageDefaults, messageText, type ComposeContext } from '../../lib/call/compose';
import { callBackDue, formatDue } from '../../lib/call/due';
import { messageLines as lines } from '../../content/call-lines';
import { callBackText } from '../../content/panel-text';
import { From } from '../ui/From';
import { useCall } from '../context/call';
import { CopyForCall } from './CopyForCall';
import { dutiesOf } from '../../lib/call/duties';
import { DutyLines } from './DutyLines';

interface Props {
  call: CallData;
  context: ComposeContext;
  now: number;
}

/** A message for a colleague and a promised call-back (TR-4..TR-7). */
export function MessagePanel({ call, context, now }: Props) {
  const { model, db } = useCall();
  const { playbook } = context;
  const values = { ...messageDefaults(call, context), ...call.message };
  const text = messageText(call, context, now);

  return (
    <section class="card activity" aria-labelledby="message-heading">
      <h2 id="message-heading">Message and call-back</h2>
      <DutyLines lines={dutiesOf(playbook).lastResort} label="Before you take a message" />
      <p class="hint">
        {lines.apologise.text} <From from={lines.apologise.from} />
      </p>
      <DutyLines lines={dutiesOf(playbook).message} label="Messages and call-backs" />
      {playbook.message.sayWhenColleagueBack && (
        <p class="cue">
          {lines.colleagueBack.text} <From from={lines.colleagueBack.from} />
        </p>
      )}
      <p class="hint">
        Message fields <From from={playbook.message.from} />
      </p>
      {playbook.message.fields.filter((field) => field.id !== CALL_BACK_FIELD).map((field) => (
        <div class="field" key={field.id}>
          <label for={`message-${field.id}`}>
            {field.label}
            {field.required ? '' : ' (optional)'}
          </label>
          <input
            id={`message-${field.id}`}
            value={values[field.id] ?? ''}
            onInput={(event) => model.update((c) => setMessageField(c, field.id, event.currentTarget.value))}
          />
        </div>
      ))}
      <CallBackChooser call={call} playbook={playbook} now={now} onPromise={promise} />
      <div class="field">
        <label for="message-text">Message to send</label>
        <textarea id="message-text" rows={8} readOnly value={text} />
        <span class="hint">
          {lines.send.text} <From from={lines.send.from} />
        </span>
      </div>
      <div class="actions">
        <CopyForCall label="Copy message" text={text} event="message-copied" />
        <button type="button" onClick={() => model.update(closeActivity)}>
          Back to the call
        </button>
      </div>
    </section>
  );

  async function promise(promiseId: string, agreedTime: string) {
    const chosen = playbook.callBacks.find((p) => p.id === promiseId);
    if (!chosen) return;
    const due = callBackDue(chosen, playbook.openingHours, now);
    const dueAt = due.kind === 'due' ? due.dueAt : null;
    const language = languageName(call.caller);
    model.update((c, at) => promiseCallBack(c, at, { promiseId, label: chosen.label, dueAt, agreedTime }));
    await saveCallBack(await db(), {
      id: `${call.id}-call-back`,
      createdAt: now,
      dueAt,
      agreedTime,
      promiseLabel: chosen.label,
      callerName: callerFullName(call.caller) || values['caller-name'] || 'Caller',
      phone: call.caller.phone || call.caller.mobile || values.phone || values['home-number'] || '',
      reason: call.enquiry || values['nature-of-query'] || values.reason || '',
      ...(language ? { language } : {}),
    });
  }
}

interface ChooserProps {
  call: CallData;
  playbook: Playbook;
  now: number;
  onPromise(promiseId: string, agreedTime: string): Promise<void>;
}

function CallBackChooser({ call, playbook, now, onPromise }: ChooserProps) {
  const [promiseId, setPromiseId] = useState(call.callBack?.promiseId ?? playbook.callBacks[0]?.id ?? '');
  const [agreedTime, setAgreedTime] = useState(call.callBack?.agreedTime ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = playbook.callBacks.find((p) => p.id === promiseId);
  const due = chosen ? callBackDue(chosen, playbook.openingHours, now) : null;

  async function submit() {
    try {
      await onPromise(promiseId, agreedTime.trim());
      setFailure(null);
    } catch {
      setFailure(callBackText.notSaved);
    }
  }

  return (
    <fieldset class="field call-back">
      <legend>Call-back</legend>
      {playbook.callBacks.length > 1 && (
        <select aria-label="Call-back promise" value={promiseId} onChange={(event) => setPromiseId(event.currentTarget.value)}>
          {playbook.callBacks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      )}
      {chosen && (
        <p>
          {chosen.label} <From from={chosen.from} />
        </p>
      )}
      {due?.kind === 'due' && (
        <p class="due">
          Due <strong>{formatDue(due.dueAt, now)}</strong> <span class="hint">({due.explanation})</span>
        </p>
      )}
      {due?.kind === 'agreed' && (
        <div class="field">
          <label for="call-back-agreed">Agreed call-back time</label>
          <input id="call-back-agreed" value={agreedTime} onInput={(event) => setAgreedTime(event.currentTarget.value)} />
          <span class="hint">{due.explanation}</span>
        </div>
      )}
      <button type="button" onClick={() => void submit()} disabled={due?.kind === 'agreed' && !agreedTime.trim()}>
        {call.callBack ? 'Update call-back' : 'Promise call-back'}
      </button>
      {call.callBack && (
        <p role="status">
          {callBackText.promised(call.callBack.dueAt !== null ? `, due ${formatDue(call.callBack.dueAt, now)}` : `, ${call.callBack.agreedTime}`)}
        </p>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
    </fieldset>
  );
}
