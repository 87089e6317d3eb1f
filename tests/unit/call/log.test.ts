/**
 * One log() of call events: the call's own transitions and the protocol's append to the same
 * timeline the same way, and the incident log keeps every event of the protocol.
 */
import { describe, expect, it } from 'vitest';
import { findProtocol } from '../../../content';
import { PROTOCOL_EVENT_TYPES } from '../../../content/call-events';
import { log, startCall } from '../../../lib/call/call';
import { incidentTimeline } from '../../../lib/incidents/timeline';
import { startProtocol } from '../../../lib/protocols/run';
import { MINUTE, NOW } from '../../support/now';

describe('the call log', () => {
  it('appends one timestamped event, with a detail only when one is given, and leaves the call it was given alone', () => {
    const call = startCall('c', 'new', NOW);
    const logged = log(log(call, NOW + MINUTE, 'hold-asked'), NOW + 2 * MINUTE, 'stage', 'caller');
    expect(call.timeline).toEqual([{ at: NOW, type: 'call-started', detail: 'new' }]);
    expect(logged.timeline.slice(1)).toEqual([
      { at: NOW + MINUTE, type: 'hold-asked' },
      { at: NOW + 2 * MINUTE, type: 'stage', detail: 'caller' },
    ]);
    expect('detail' in logged.timeline[1]!).toBe(false);
  });

  it("records a protocol's events on the call's timeline the same way", () => {
    const protocol = findProtocol('self-harm-croydon-plan')!;
    const call = startProtocol(startCall('c', 'new', NOW), NOW + MINUTE, protocol);
    expect(call.timeline.at(-1)).toEqual({ at: NOW + MINUTE, type: 'protocol-started', detail: 'self-harm' });
  });

  it("keeps every protocol event in the incident's timeline", () => {
    const protocol = findProtocol('self-harm-croydon-plan')!;
    let call = startCall('c', 'new', NOW);
    PROTOCOL_EVENT_TYPES.forEach((type, index) => (call = log(call, NOW + index * MINUTE, type)));
    expect(incidentTimeline(call, protocol).map((event) => event.type)).toEqual(['call-started', ...PROTOCOL_EVENT_TYPES]);
  });
});
