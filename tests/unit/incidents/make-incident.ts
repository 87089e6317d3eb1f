import type { FollowUp, Incident } from '../../../lib/incidents/record';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { addMonths, dayStart, NOW } from '../../support/now';

export { DAY, HOUR } from '../../support/now';

export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'ring',
    kind: 'ring',
    label: 'Line manager rings the caller within 24 hours (AB-12)',
    dueAt: null,
    doneAt: null,
    doneBy: null,
    doneHow: null,
    doneNote: '',
    ...overrides,
  };
}

/** A complete, valid incident, recorded at the tests' NOW unless told; tests override what they are about. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  const createdAt = overrides.createdAt ?? NOW;
  return {
    id: `inc-${createdAt}`,
    kind: 'abusive-call',
    status: 'open',
    createdAt,
    callStartedAt: createdAt - 10 * 60_000,
    callEndedAt: createdAt - 60_000,
    agentName: 'Morag Innes',
    playbookId: 'moray',
    summary: 'Abusive call: 2 warnings (13:52, 13:55); the call was ended.',
    caller: { name: 'Mr Black', phone: '01632 960999', reference: '' },
    callerKeys: ['tel:01632960999'],
    location: '',
    steps: [],
    timeline: [],
    warnings: [],
    answers: [],
    checklist: [],
    route: null,
    referralsGiven: [],
    colleagueAlertedAt: null,
    emergencyCalledAt: null,
    outcome: 'call-ended',
    followUps: [],
    notes: '',
    reviewNotes: [],
    review: null,
    ...overrides,
  };
}

let databases = 0;
export function freshDatabase(): CallGuideDb {
  return openDatabase(`incidents-test-${(databases += 1)}-${Math.random()}`);
}

/**
 * When an incident recorded at `recorded` passes a retention period of `months`: the same wall time
 * that many calendar months later, or, when that month has no such day (31 January, a month on),
 * the start of the month after it, when the cutoff first passes the incident.
 */
export function passesRetention(recorded: number, months: number): number {
  const at = addMonths(recorded, months);
  return new Date(at).getDate() === new Date(recorded).getDate() ? at : dayStart(at, 1);
}
