import { callText } from '../../content/panel-text';
import type { Duties } from '../../content/schema';
import { dutyDefaults } from '../../content/duty-defaults';
import type { Caller } from '../../lib/call/call';
import { DutyLines } from './DutyLines';

interface Props {
  caller: Caller;
  duties: Duties;
  set(patch: Partial<Caller>): void;
}

/** A vulnerable caller (VU): the standard's words, and a note carried into every note of the call. */
export function VulnerableNote({ caller, duties, set }: Props) {
  return (
    <div class="field vulnerable">
      <label class="check">
        <input type="checkbox" checked={caller.vulnerable} onChange={(event) => set({ vulnerable: event.currentTarget.checked })} />
        Vulnerable caller
      </label>
      {caller.vulnerable && (
        <>
          <DutyLines lines={duties.vulnerable} fallback={dutyDefaults.vulnerable} label="Vulnerable caller" />
          <div class="field">
            <label for="caller-vulnerable-note">What they need</label>
            <textarea id="caller-vulnerable-note" rows={2} value={caller.vulnerableNote} onInput={(event) => set({ vulnerableNote: event.currentTarget.value })} />
            <span class="hint">{callText.vulnerableNoteHint}</span>
          </div>
        </>
      )}
    </div>
  );
}
