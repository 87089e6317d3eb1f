import { enquiryCues } from '../../content/cues';
import { setText, type CallData } from '../../lib/call/call';
import { useCall } from './call-context';
import { Cues } from './Cues';

/** What the call is about, and the agent's notes (CV-1..CV-5, CL-6). */
export function EnquiryStage({ call }: { call: CallData }) {
  const { model } = useCall();
  return (
    <section class="card" aria-labelledby="enquiry-heading">
      <h2 id="enquiry-heading">Enquiry</h2>
      <Cues cues={enquiryCues} call={call} />
      <div class="field">
        <label for="call-enquiry">What the call is about</label>
        <textarea
          id="call-enquiry"
          rows={3}
          value={call.enquiry}
          onInput={(event) => model.update((c) => setText(c, 'enquiry', event.currentTarget.value))}
        />
      </div>
      <div class="field">
        <label for="call-notes">Call notes</label>
        <textarea
          id="call-notes"
          rows={5}
          value={call.notes}
          onInput={(event) => model.update((c) => setText(c, 'notes', event.currentTarget.value))}
        />
        <span class="hint">Enough for another officer to see the key points and agreed actions (CL-6).</span>
      </div>
    </section>
  );
}
