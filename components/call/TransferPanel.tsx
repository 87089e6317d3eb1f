import type { Playbook } from '../../content/schema';
import { dutiesOf } from '../../lib/call/duties';
import { DutyLines } from './DutyLines';
import { closeActivity, completeTransfer, setTransferTo, type CallData } from '../../lib/call/call';
import { transferBriefing } from '../../lib/call/compose';
import { transferLines as lines } from '../../content/call-lines';
import { From } from '../ui/From';
import { useCall } from '../context/call';
import { CopyForCall } from './CopyForCall';

/** A warm transfer (TR-1..TR-3), with the HO-4 reminder before talking to the colleague. */
export function TransferPanel({ call, playbook }: { call: CallData; playbook: Playbook }) {
  const { model } = useCall();
  const briefing = transferBriefing(call);
  return (
    <section class="card activity" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Transfer</h2>
      <DutyLines lines={dutiesOf(playbook).lastResort} label="Before you transfer" />
      <p class="notice" role="note">
        {lines.mute.text} <From from={lines.mute.from} />
      </p>
      <ol class="steps">
        {[lines.rightPerson, lines.tellCaller, lines.brief].map((line) => (
          <li key={line.text}>
            {line.text} <From from={line.from} />
          </li>
        ))}
      </ol>
      <div class="field">
        <label for="transfer-briefing">Briefing for your colleague</label>
        <textarea id="transfer-briefing" rows={6} readOnly value={briefing} />
      </div>
      <CopyForCall label="Copy briefing" text={briefing} event="briefing-copied" />
      <div class="field">
        <label for="transfer-to">Transferred to</label>
        <input
          id="transfer-to"
          value={call.transferTo}
          onInput={(event) => model.update((c) => setTransferTo(c, event.currentTarget.value))}
        />
        <span class="hint">
          {lines.note.text} <From from={lines.note.from} />
        </span>
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={() => model.update(completeTransfer)} disabled={!call.transferTo.trim()}>
          Transfer done
        </button>
        <button type="button" onClick={() => model.update(closeActivity)}>
          Cancel transfer
        </button>
      </div>
    </section>
  );
}
