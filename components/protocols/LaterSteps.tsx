/**
 * What only a protocol's later steps show: the support partner (SH-2), the route choice (SH-4,
 * SH-5), the 999 call (SH-5), the file note for the line manager and the record's defaults. A
 * protocol opens on its first step, so these load once one is on screen and straight after the
 * panel's first paint (later-steps.ts), not before it.
 */
import { useEffect } from 'preact/hooks';
import { protocolLines } from '../../content/panel-lines';
import type { Playbook, Protocol, ProtocolStep } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { emergencySummary, lineManagerReport, recordDefaults } from '../../lib/protocols/reports';
import { chooseRoute, colleagueAlerted, emergencyCalled, setInput } from '../../lib/protocols/run';
import { formatTime as time } from '../../lib/time-format';
import { useCall } from '../context/call';
import { CopyButton } from '../ui/CopyButton';
import { routeLabel } from './SelfHarmParts';

/** SH-2: alert a colleague to be support partner; the playbook may list who. */
export function SupportPartner({ call, partners }: { call: CallData; partners: readonly { name: string; phone: string }[] }) {
  const { model } = useCall();
  const at = call.protocol?.colleagueAlertedAt ?? null;
  return (
    <div class="support-partner">
      {at === null ? (
        <button type="button" class="primary" onClick={() => model.update(colleagueAlerted)}>
          Colleague alerted
        </button>
      ) : (
        <p role="status">Colleague alerted at {time(at)}.</p>
      )}
      {partners.length > 0 && (
        <ul>
          {partners.map((partner) => (
            <li key={partner.phone}>
              {partner.name}: {partner.phone}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** After gathering information the agent chooses the route (SH-4, SH-5); the guide scores nothing. */
export function RouteChoice({ protocol }: { protocol: Protocol }) {
  const { model } = useCall();
  return (
    <div class="route-choice" role="group" aria-label="Choose the route">
      <p>{protocolLines.routeQuestion.text}</p>
      <div class="actions">
        <button type="button" onClick={() => model.update((c, now) => chooseRoute(c, now, protocol, 'non-urgent'))}>
          {routeLabel(protocol, 'non-urgent')}
        </button>
        <button type="button" class="danger" aria-keyshortcuts="Alt+9" onClick={() => model.update((c, now) => chooseRoute(c, now, protocol, 'emergency'))}>
          {routeLabel(protocol, 'emergency')}
        </button>
      </div>
    </div>
  );
}

/**
 * SH-5, in one place: where the caller is (typed here or at step 3, the address on file offered),
 * the 999 call, and what to tell the emergency services, location and the time 999 was called
 * first, ready to copy.
 */
export function EmergencyCall({ call }: { call: CallData }) {
  const { model, clipboard } = useCall();
  const run = call.protocol!;
  const summary = emergencySummary(run, call);
  const location = run.inputs.location ?? '';
  const onFile = call.caller.address.trim();
  const setLocation = (value: string) => model.update((c, now) => setInput(c, now, 'location', value));
  return (
    <div class="emergency">
      <div class="field prominent">
        <label for="emergency-location">Where the caller is</label>
        <input id="emergency-location" value={location} onInput={(event) => setLocation(event.currentTarget.value)} />
        {onFile && onFile !== location.trim() && (
          <button type="button" onClick={() => setLocation(onFile)}>
            Use the address on file: {onFile}
          </button>
        )}
      </div>
      {run.emergencyCalledAt === null ? (
        <button type="button" class="danger" data-main-action aria-keyshortcuts="Alt+9 Alt+Enter" onClick={() => model.update(emergencyCalled)}>
          999 called
        </button>
      ) : (
        <p role="status">999 called at {time(run.emergencyCalledAt)}.</p>
      )}
      <div class="field">
        <label for="emergency-summary">Tell the emergency services</label>
        <textarea id="emergency-summary" rows={5} readOnly value={summary} />
      </div>
      <CopyButton label="Copy for 999" text={summary} clipboard={clipboard} />
    </div>
  );
}

/** The abusive-call procedure's file note for the Line Manager or Director, ready to copy. */
export function FileNote({ call, playbook, agentName }: { call: CallData; playbook: Playbook; agentName: string }) {
  const { clipboard } = useCall();
  const note = lineManagerReport(call.protocol!, call, playbook, agentName);
  return (
    <div class="field">
      <label for="file-note">File note for your Line Manager/Director</label>
      <textarea id="file-note" rows={10} readOnly value={note} />
      <CopyButton label="Copy file note" text={note} clipboard={clipboard} />
    </div>
  );
}

/** The abusive-call record starts from what the call captured; the agent adds only what it cannot know. */
export function RecordDefaults({ call, step }: { call: CallData; step: ProtocolStep }) {
  const { model } = useCall();
  useEffect(() => {
    const run = call.protocol!;
    const defaults = recordDefaults(run, call);
    for (const [id, value] of Object.entries(defaults)) {
      if (!run.inputs[id] && step.inputs.some((input) => input.id === id)) model.update((c, at) => setInput(c, at, id, value));
    }
  }, [step.id]);
  return null;
}
