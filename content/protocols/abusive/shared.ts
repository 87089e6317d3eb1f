/**
 * What every abusive-call procedure records: the same incident inputs (AB-9), so the incident log
 * and the team leader's views read one shape whichever organisation's procedure made it.
 */
import type { ProtocolStep } from '../../schema';

export const TITLE = 'Abusive call';

export const recordInputs: ProtocolStep['inputs'] = [
  { id: 'ab-call-time', label: 'Time of the call', kind: 'time', sources: ['AB-9'] },
  { id: 'ab-caller-words', label: "The caller's exact words", kind: 'longtext', sources: ['AB-9'] },
  { id: 'ab-what-happened', label: 'What happened, and the warnings you gave', kind: 'longtext', sources: ['AB-9', 'AB-3'] },
];
