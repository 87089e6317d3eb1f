import type { Playbook } from '../../content/schema';
import { enquiryCues } from '../../content/cues';
import { enquiryLines } from '../../content/panel-lines';
import { setText, type CallData } from '../../lib/call/call';
import { dutiesOf } from '../../lib/call/duties';
import { useCall } from '../context/call';
import { ComplaintCue } from './ComplaintCue';
import { Cues } from './Cues';

/** What the call is about, the agent's notes, the organisation's own cues and its complaint route. */
export function EnquiryStage({ call, playbook }: { call: CallData; playbook: Playbook }) {
  const { model } = useCall();
  const duties = dutiesOf(playbook);
  // The organisation's cues share the dismissed list with the guide's: their ids are kept apart.
  const cues = [...enquiryCues, ...duties.enquiry.map((line) => ({ ...line, id: `${playbook.id}-${line.id}` }))];
  return (
    <section class="card" aria-labelledby="enquiry-heading">
      <h2 id="enquiry-heading">Enquiry</h2>
      <Cues cues={cues} call={call} />
      <ComplaintCue call={call} duties={duties} />
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
        <span class="hint">{enquiryLines.notes.text}</span>
      </div>
    </section>
  );
}
