import { protocolLines } from '../../content/panel-lines';
import type { Protocol } from '../../content/schema';
import { resumeCall, type CallData } from '../../lib/call/call';
import { emergencySummary } from '../../lib/protocols/reports';
import { chooseRoute, colleagueAlerted, emergencyCalled, setInput, stepOfKind } from '../../lib/protocols/run';
import { useCall } from '../context/call';
import { CopyButton } from '../ui/CopyButton';
import { From } from '../ui/From';
import { formatTime as time } from '../../lib/time-format';

/** HO-5: a caller already on hold when the protocol starts must be taken off it now. */
export function OffHoldNow({ call }: { call: CallData }) {
  const { model } = useCall();
  if (!call.hold) return null;
  return (
    <div class="notice urgent" role="alert">
      <p>
        <strong>{protocolLines.takeOffHold.text}</strong> {protocolLines.neverHold.text}
      </p>
      <button type="button" class="primary" onClick={() => model.update(resumeCall)}>
        Caller is off hold
      </button>
    </div>
  );
}

/** The caller's location, pinned at the top once known (SH-3). */
export function PinnedLocation({ call }: { call: CallData }) {
  const location = call.protocol?.inputs.location?.trim();
  if (!location) return null;
  return (
    <p class="pinned-location" role="status">
      <span>Caller’s location</span> <strong>{location}</strong>
    </p>
  );
}

/** The 999 route, reachable from every step (SH-5). */
export function EmergencyButton({ call, protocol }: { call: CallData; protocol: Protocol }) {
  const { model } = useCall();
  if (call.protocol?.route === 'emergency') return null;
  return (
    <button type="button" class="danger" aria-keyshortcuts="Alt+9" onClick={() => model.update((c, now) => chooseRoute(c, now, protocol, 'emergency'))}>
      {routeLabel(protocol, 'emergency')}
    </button>
  );
}

/** A route's button says what its step is called in the procedure (SH-4, SH-5). */
function routeLabel(protocol: Protocol, route: 'emergency' | 'non-urgent'): string {
  return stepOfKind(protocol, route === 'emergency' ? 'emergency' : 'referrals')?.title ?? route;
}

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

/** SH-7 and SH-8, one key away throughout (Alt+O). */
export function DoAndDont({ protocol }: { protocol: Protocol }) {
  return (
    <section class="do-dont" aria-label="Do and don’t">
      <div>
        <h3>Do</h3>
        <ul>
          {protocol.do.map((cue) => (
            <li key={cue.text}>
              {cue.text} <From from={cue.from} />
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>Don’t</h3>
        <ul>
          {protocol.dont.map((cue) => (
            <li key={cue.text}>
              {cue.text} <From from={cue.from} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
