import { describe, expect, it } from 'vitest';
import { findPlaybook, findProtocol } from '../../../content';
import { startCall, updateCaller, type CallData } from '../../../lib/call/call';
import type { CallGuideDb } from '../../../lib/db';
import { buildIncident } from '../../../lib/incidents/incident';
import { getIncident, saveIncident } from '../../../lib/incidents/repository';
import { markReviewed, recordFollowUp } from '../../../lib/incidents/review';
import { incidentReportForm } from '../../../lib/incidents/report-form';
import { formatDuration, withDurations } from '../../../lib/incidents/timeline';
import {
  chooseRoute,
  colleagueAlerted,
  completeStep,
  emergencyCalled,
  protocolCallEnded,
  referralGiven,
  setChecklist,
  setInput,
  startProtocol,
} from '../../../lib/protocols/run';
import { NOW } from '../../support/now';
import { freshDatabase } from './make-incident';

const T = NOW;
const moray = findPlaybook('moray')!;
// Moray's own procedures: one warning, then the call ended (4.4); Croydon's plan as the guide's default.
const abusive = findProtocol('abusive-moray')!;
const selfHarm = findProtocol('self-harm-croydon-plan')!;

function abusiveCall(): CallData {
  let call = updateCaller(startCall('call-1', 'new', T), T + 5_000, { surname: 'Black', phone: '01632 960999' });
  call = startProtocol(call, T + 60_000, abusive);
  call = completeStep(call, T + 90_000, abusive, 'ab-warn-end');
  call = completeStep(call, T + 200_000, abusive, 'ab-end-call');
  return setInput(call, T + 260_000, 'ab-caller-words', 'I know where your office is');
}

describe('building an incident from the call', () => {
  it('keeps the call’s timeline in words, with the durations between steps', () => {
    const incident = buildIncident(abusiveCall(), { playbook: moray, protocol: abusive, agentName: 'Morag Innes' }, T + 300_000);
    expect(incident.timeline.map((e) => e.label)).toEqual([
      'Call started',
      'Abusive call: protocol opened',
      'Warning given: Warn you will end the call',
      'Done: End the call',
      'Call ended by the agent',
      "Answered: The caller's exact words",
    ]);
    const timed = withDurations(incident.timeline);
    expect(timed.map((e) => e.sincePrevious)).toEqual([null, 60_000, 30_000, 110_000, 0, 60_000]);
    expect(formatDuration(timed.at(-1)!.sinceStart)).toBe('4 min 20 s');
    expect(incident.followUps).toEqual([
      expect.objectContaining({ id: 'ring', dueAt: T + 300_000 + 24 * 3_600_000, doneAt: null, doneBy: null, doneHow: null, doneNote: '' }),
      // The call was ended: the agent's own debrief is owed too (lib/incidents/welfare.ts).
      expect.objectContaining({ id: 'welfare', kind: 'welfare', doneAt: null, label: expect.stringMatching(/^Agent debriefed/) }),
    ]);
    expect(incident.reviewNotes).toEqual([]);
  });

  it('words the self-harm plan: route, 999, the support partner and the referrals given', () => {
    let call = startProtocol(startCall('call-2', 'new', T), T, selfHarm);
    call = colleagueAlerted(call, T + 10_000);
    call = setChecklist(call, T + 20_000, 'sh-not-on-hold', true);
    call = chooseRoute(call, T + 30_000, selfHarm, 'emergency');
    call = emergencyCalled(call, T + 40_000);
    call = referralGiven(call, T + 50_000, 'samaritans', true);
    call = protocolCallEnded(call, T + 60_000, selfHarm);
    const incident = buildIncident(call, { playbook: moray, protocol: selfHarm, agentName: 'Morag Innes' }, T + 70_000);
    expect(incident.timeline.map((e) => e.label).slice(1)).toEqual([
      'Caller may attempt suicide or self-harm: protocol opened',
      'Support partner alerted',
      'Ticked: Caller NOT on hold',
      'Route chosen: serious risk or immediate danger, 999',
      '999 called',
      'Referral given: Samaritans',
      'Call ended',
    ]);
  });

  it('saving again keeps the first date, the deadlines and what a team leader has recorded', async () => {
    const db: CallGuideDb = freshDatabase();
    const context = { playbook: moray, protocol: abusive, agentName: 'Morag Innes' };
    await saveIncident(db, buildIncident(abusiveCall(), context, T + 300_000));
    await recordFollowUp(db, 'call-1-abusive-call', 'ring', { by: 'Alex Boyd', at: T + 3_600_000, how: 'rang', note: 'Done' });
    await markReviewed(db, 'call-1-abusive-call', { by: 'Alex Boyd', at: T + 3_700_000, note: 'OK' });
    const corrected = setInput(abusiveCall(), T + 400_000, 'ab-caller-words', 'I know where your office is, I will come round');
    await saveIncident(db, buildIncident(corrected, context, T + 4_000_000));
    const saved = (await getIncident(db, 'call-1-abusive-call'))!;
    expect(saved.answers.find((a) => a.id === 'ab-caller-words')!.value).toContain('I will come round');
    expect(saved).toMatchObject({ createdAt: T + 300_000, status: 'reviewed', review: { by: 'Alex Boyd' } });
    expect(saved.followUps[0]).toMatchObject({ dueAt: T + 300_000 + 24 * 3_600_000, doneBy: 'Alex Boyd' });
    await db.delete();
  });

  it('fills the printable report form from the record and leaves the rest to complete by hand', () => {
    const incident = buildIncident(abusiveCall(), { playbook: moray, protocol: abusive, agentName: 'Morag Innes' }, T + 300_000);
    const form = incidentReportForm(incident, { organisation: 'Moray Housing Partnership', referralName: (id) => id, now: T });
    const field = (label: string) => form.flatMap((s) => s.fields).find((f) => f.label === label)?.value;
    expect(form.map((s) => s.heading)).toEqual([
      '1. The incident',
      '2. Person reporting',
      '3. The caller',
      '4. What happened',
      '5. Witnesses, injury and time lost',
      '6. Action taken',
      '7. Review',
    ]);
    expect(field('Type of incident')).toBe('Verbal abuse or threats by telephone');
    expect(field("The caller's exact words")).toBe('I know where your office is');
    expect(field('Where it happened')).toBe('Telephone call to Moray Housing Partnership');
    expect(field('Length of the call')).toBe('3 min 20 s');
    expect(field('Witnesses (name and role)')).toBe('');
  });
});
