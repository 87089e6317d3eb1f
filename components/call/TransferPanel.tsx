import { closeActivity, completeTransfer, copied, setTransferTo, type CallData } from '../../lib/call/call';
import { transferBriefing } from '../../lib/call/compose';
import { CopyButton } from '../ui/CopyButton';
import { useCall } from './call-context';

/** A warm transfer (TR-1..TR-3), with the HO-4 reminder before talking to the colleague. */
export function TransferPanel({ call }: { call: CallData }) {
  const { model, clipboard } = useCall();
  const briefing = transferBriefing(call);
  return (
    <section class="card activity" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Transfer</h2>
      <p class="notice" role="note">
        Mute or hold the caller before you talk to your colleague: they may overhear personal details. (HO-4)
      </p>
      <ol class="steps">
        <li>Be sure this is the right person. If not, take a message instead. (TR-1)</li>
        <li>Tell the caller what you are doing. (TR-1)</li>
        <li>Brief your colleague so the caller need not repeat themselves. (TR-2)</li>
      </ol>
      <div class="field">
        <label for="transfer-briefing">Briefing for your colleague</label>
        <textarea id="transfer-briefing" rows={6} readOnly value={briefing} />
      </div>
      <CopyButton
        label="Copy briefing"
        text={briefing}
        clipboard={clipboard}
        onCopied={() => model.update((c, now) => copied(c, now, 'briefing-copied'))}
      />
      <div class="field">
        <label for="transfer-to">Transferred to</label>
        <input
          id="transfer-to"
          value={call.transferTo}
          onInput={(event) => model.update((c) => setTransferTo(c, event.currentTarget.value))}
        />
        <span class="hint">Keep a note of who has the call, in case the caller comes back to you. (TR-3)</span>
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
