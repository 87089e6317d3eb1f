/** A team leader's week to triage: a caller who apologised, a call that was ended, a 999 suicide call. */
import type { Incident } from '../../../lib/incidents/record';
import { followUp, HOUR, makeIncident } from './make-incident';

export function triageWeek(now: number): Incident[] {
  return [
    makeIncident({ id: 'apologised', createdAt: now - HOUR, outcome: 'behaviour-stopped', summary: 'Abusive call: the caller apologised.' }),
    makeIncident({ id: 'ended', createdAt: now - 2 * HOUR, outcome: 'call-ended', summary: 'Abusive call: the call was ended.', followUps: [followUp({ dueAt: now + 24 * HOUR })] }),
    makeIncident({
      id: 'suicide',
      createdAt: now - 3 * HOUR,
      kind: 'self-harm',
      outcome: 'emergency',
      route: 'emergency',
      location: 'Bus shelter, Elm Road',
      emergencyCalledAt: now - 3 * HOUR - 60_000,
      agentName: 'Dewi Rees',
      summary: 'Caller declared intent to self-harm: 999 called.',
      answers: [{ id: 'incident-notes', label: 'What happened and what you did', value: 'Kept her talking until the ambulance came' }],
      followUps: [followUp({ id: 'welfare', kind: 'welfare', label: 'Agent debriefed', dueAt: now - HOUR })],
    }),
  ];
}
