/**
 * What the abusive-call procedures share: the same incident inputs (AB-9), so the incident log and
 * the team leader's views read one shape whichever organisation's procedure made it; the steps
 * whose words are the same in every procedure that has them (ending the call, telling the line
 * manager), each with its own standard's provenance; and a builder for the rest.
 */
import type { Cue, Provenance, Quote, ProtocolStep } from '../../schema';
import { guideDefault, quote } from '../../provenance';

export const TITLE = 'Abusive call';

export const recordInputs: ProtocolStep['inputs'] = [
  { id: 'ab-call-time', label: 'Time of the call', kind: 'time', sources: ['AB-9'] },
  { id: 'ab-caller-words', label: "The caller's exact words", kind: 'longtext', sources: ['AB-9'] },
  { id: 'ab-what-happened', label: 'What happened, and the warnings you gave', kind: 'longtext', sources: ['AB-9', 'AB-3'] },
];

type StepFields = Pick<ProtocolStep, 'id' | 'kind' | 'title' | 'action' | 'from' | 'sources'> &
  Partial<Pick<ProtocolStep, 'say' | 'checklist' | 'inputs' | 'phase'>>;

/** A step; by default with nothing to say, tick or write, during the call. */
export function step({ id, kind, title, action, say = [], checklist = [], inputs = [], phase = 'call', from, sources }: StepFields): ProtocolStep {
  return { id, kind, title, action, say, checklist, inputs, phase, from, sources };
}

/** A warning said to the caller (AB-1..AB-5). */
export const warning = (id: string, title: string, action: string, say: string, from: Provenance, source: string): ProtocolStep =>
  step({ id, kind: 'warning', title, action, say: [say], from, sources: [source] });

/** AB-6: the call is ended. */
export const endCall = (from: Provenance): ProtocolStep =>
  step({ id: 'ab-end-call', kind: 'end-call', title: 'End the call', action: 'End the call.', from, sources: ['AB-6'] });

/** AB-8: the line manager is told; `from` is the standard's line, for the step and its tick. */
export const tellLineManager = (action: string, from: Provenance): ProtocolStep =>
  step({
    id: 'ab-report',
    kind: 'plain',
    title: 'Tell your line manager',
    action,
    checklist: [{ id: 'ab-told-manager', label: 'Line manager told', from, sources: ['AB-8'] }],
    phase: 'after',
    from,
    sources: ['AB-8'],
  });

/** What the record step asks of the agent where the standard names no form of its own. */
export const RECORD_WHILE_FRESH = 'Write down what happened while it is fresh, with the caller’s exact words. What you save here goes in the incident log.';

/** AB-11 where the standard does not say it: the guide's reminder, from Moray's policy. */
export const stayPolite = (reason: string): Cue => ({
  text: 'Stay calm and polite: never answer rudeness with rudeness.',
  from: guideDefault(reason, NEVER_RUDE),
  sources: ['AB-11'],
});

const NEVER_RUDE: Quote = quote.moray('4.4', 'Staff will never respond to such calls by being rude or abusive themselves');
