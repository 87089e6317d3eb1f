import type { EnquiryCue } from '../../content/cues';
import { dismissCue, type CallData } from '../../lib/call/call';
import { From } from '../ui/From';
import { useCall } from '../context/call';

/** Brief cues the agent can dismiss for the rest of the call. */
export function Cues({ cues, call }: { cues: readonly (EnquiryCue & { say?: string })[]; call: CallData }) {
  const { model } = useCall();
  const showing = cues.filter((cue) => !call.dismissedCues.includes(cue.id));
  if (showing.length === 0) return null;
  return (
    <ul class="cues" aria-label="Cues">
      {showing.map((cue) => (
        <li key={cue.id}>
          <span>
            {cue.text} <From from={cue.from} />
            {cue.say && <span class="say"> Say: “{cue.say}”</span>}
          </span>
          <button
            type="button"
            class="dismiss"
            aria-label={`Dismiss cue: ${cue.text}`}
            onClick={() => model.update((c) => dismissCue(c, cue.id))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
