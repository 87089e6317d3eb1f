import { useState } from 'preact/hooks';
import { checkClosing, type CallData } from '../../lib/call/call';
import { callSummary, type ComposeContext } from '../../lib/call/compose';
import { callText } from '../../content/panel-text';
import { useCall } from '../context/call';
import { CopyForCall } from './CopyForCall';
import { From } from '../ui/From';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

interface Props {
  call: CallData;
  context: ComposeContext;
  now: number;
  onEnd(): void;
}

/** The closing checklist, then a summary for the CRM (CL-1..CL-6). */
export function ClosePanel({ call, context, now, onEnd }: Props) {
  const { model } = useCall();
  const [confirming, setConfirming] = useState(false);
  const summary = callSummary(call, context, now);
  const summaryCopied = call.timeline.some((event) => event.type === 'summary-copied');

  return (
    <section class="card" aria-labelledby="close-heading">
      <h2 id="close-heading">Close</h2>
      <fieldset class="checklist">
        <legend>Before you finish</legend>
        {context.playbook.closing.map((item) => (
          <label class="check" key={item.id}>
            <input
              type="checkbox"
              checked={Boolean(call.closing[item.id])}
              onChange={(event) => model.update((c, at) => checkClosing(c, at, item.id, event.currentTarget.checked))}
            />
            <span>
              {item.label}
              {item.say && <span class="say"> Say: {item.say}</span>} <From from={item.from} />
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="call-summary">Call summary</label>
        <textarea id="call-summary" rows={8} readOnly value={summary} />
      </div>
      <div class="actions">
        <CopyForCall label="Copy summary" text={summary} event="summary-copied" />
        {!confirming && (
          <button
            type="button"
            data-main-action
            data-end-call
            aria-keyshortcuts="Alt+Q"
            onClick={() => (summaryCopied ? onEnd() : setConfirming(true))}
          >
            End call
          </button>
        )}
      </div>
      {confirming && <ConfirmEnd onEnd={onEnd} onKeep={() => setConfirming(false)} />}
    </section>
  );
}

/** Ending before the summary is copied: asked first, with the safe choice focused once. */
function ConfirmEnd({ onEnd, onKeep }: { onEnd(): void; onKeep(): void }) {
  const keep = useFocusOnMount<HTMLButtonElement>();
  return (
    <div class="notice" role="alertdialog" aria-labelledby="end-warning">
      <p id="end-warning">{callText.endWithoutCopy}</p>
      <div class="actions">
        <button type="button" onClick={onEnd}>
          End without copying
        </button>
        <button type="button" class="primary" ref={keep} onClick={onKeep}>
          Keep the call open
        </button>
      </div>
    </div>
  );
}
