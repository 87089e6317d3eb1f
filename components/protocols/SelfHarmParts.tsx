/**
 * The self-harm protocol's parts on screen from its first step: off hold now, the pinned location,
 * the 999 button and the do and don't list. What only later steps show is in LaterSteps.tsx.
 */
import { protocolLines } from '../../content/panel-lines';
import type { Protocol } from '../../content/schema';
import { resumeCall, type CallData } from '../../lib/call/call';
import { chooseRoute, stepOfKind } from '../../lib/protocols/run';
import { useCall } from '../context/call';
import { From } from '../ui/From';

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
export function routeLabel(protocol: Protocol, route: 'emergency' | 'non-urgent'): string {
  return stepOfKind(protocol, route === 'emergency' ? 'emergency' : 'referrals')?.title ?? route;
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
