/**
 * What the caller stage notes about the caller (language, who they speak for, vulnerability) and
 * a complaint reach every note the call produces: summary, transfer briefing, message, call-back
 * and incident (GR-9, CY-1, DP, VU, CO).
 */
import { describe, expect, it } from 'vitest';
import { findPlaybook, findProtocol } from '../../../content';
import { EMPTY_CALLER, languageName, setComplaint, startCall, updateCaller, withDefaults, type CallData } from '../../../lib/call/call';
import { callSummary, messageText, transferBriefing } from '../../../lib/call/compose';
import { buildIncident } from '../../../lib/incidents/incident';
import { completeStep, startProtocol } from '../../../lib/protocols/run';
import { NOW } from '../../support/now';

const T = NOW;
const moray = findPlaybook('moray')!;
const communities = findPlaybook('carmarthenshire-communities')!;

function call(patch: Partial<CallData['caller']>): CallData {
  return updateCaller(startCall('call-1', 'new', T), T + 1_000, { title: 'Mrs', surname: 'Jones', ...patch });
}

describe('the caller notes carried through the call', () => {
  it('another language by name, in the summary, the briefing and the message', () => {
    const polish = call({ language: 'other', otherLanguage: 'Polish' });
    const context = { playbook: moray, agentName: 'Morag Innes' };
    expect(callSummary(polish, context, T + 60_000)).toContain('Language: Polish');
    expect(transferBriefing(polish)).toContain('Language: Polish');
    expect(messageText(polish, context, T + 60_000)).toContain('Language: Polish');
  });

  it("Communities' Welsh choice in the summary and the message (CY-1); English adds no line", () => {
    const welsh = call({ language: 'cy' });
    const context = { playbook: communities, agentName: 'Eleri Huws' };
    expect(callSummary(welsh, context, T + 60_000)).toContain('Language: Welsh');
    expect(messageText(welsh, context, T + 60_000)).toContain('Language: Welsh');
    expect(callSummary(call({}), context, T + 60_000)).not.toContain('Language');
    expect(languageName({ ...EMPTY_CALLER, language: 'other' })).toBe('another language (not named)');
  });

  it('who the caller speaks for, and a vulnerable caller’s needs, in every note', () => {
    const both = call({ onBehalf: true, onBehalfOf: 'Mr Tom Jones', permissionKnown: 'no', vulnerable: true, vulnerableNote: 'Hard of hearing; speak slowly' });
    const context = { playbook: moray, agentName: 'Morag Innes' };
    for (const text of [callSummary(both, context, T + 60_000), transferBriefing(both), messageText(both, context, T + 60_000)]) {
      expect(text).toContain('Calling on behalf of: Mr Tom Jones (their permission is not known)');
      expect(text).toContain('Vulnerable caller: Hard of hearing; speak slowly');
    }
  });

  it('a complaint is in the summary once the Complaint cue is opened', () => {
    const context = { playbook: moray, agentName: 'Morag Innes' };
    const complaint = setComplaint(call({}), T + 2_000, true);
    expect(callSummary(complaint, context, T + 60_000)).toContain('Complaint: the caller is making a complaint');
    expect(complaint.timeline.at(-1)).toEqual({ at: T + 2_000, type: 'complaint-noted', detail: 'true' });
    expect(callSummary(setComplaint(complaint, T + 3_000, false), context, T + 60_000)).not.toContain('Complaint');
  });

  it('the incident record keeps the vulnerability, the language and who the caller speaks for', () => {
    const abusive = findProtocol('abusive-moray')!;
    let noted = call({ vulnerable: true, vulnerableNote: 'Recently bereaved', language: 'other', otherLanguage: 'Gaelic', onBehalf: true, onBehalfOf: 'Mr Tom Jones' });
    noted = startProtocol(noted, T + 10_000, abusive);
    noted = completeStep(noted, T + 20_000, abusive, 'ab-warn-end');
    const incident = buildIncident(noted, { playbook: moray, protocol: abusive, agentName: 'Morag Innes' }, T + 60_000);
    expect(incident.answers).toEqual(
      expect.arrayContaining([
        { id: 'caller-vulnerable', label: 'Vulnerable caller', value: 'Recently bereaved' },
        { id: 'caller-language', label: 'Language', value: 'Gaelic' },
        { id: 'caller-on-behalf-of', label: 'Calling on behalf of', value: 'Mr Tom Jones' },
      ]),
    );
  });

  it('a call saved before these fields existed resumes with their empty values', () => {
    const old = startCall('call-1', 'new', T) as Partial<CallData> & CallData;
    const { onBehalf: _a, vulnerable: _b, otherLanguage: _c, ...olderCaller } = old.caller;
    const { complaint: _d, ...olderCall } = old;
    const restored = withDefaults({ ...olderCall, caller: olderCaller } as CallData);
    expect(restored.caller).toEqual(EMPTY_CALLER);
    expect(restored.complaint).toBe(false);
  });
});
