/**
 * The panel's own sentences that are not guidance: what happened (saved, copied, not read), what
 * a field or record is for, and what went wrong. No standard says them, so they carry no
 * provenance; they live here so that the components hold no sentences and every word on the call
 * and protocol screens can be read, and reviewed, in content/. Guidance lines are in
 * panel-lines.ts, call-lines.ts, cues.ts and hold-lines.ts, each with where it comes from.
 */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const callText = {
  startCallHint: 'Press when you answer: the guide follows the call from here.',
  endWithoutCopy: 'The summary has not been copied. Ending the call clears it from the guide.',
  vulnerableNoteHint: 'Goes into the summary, the transfer briefing, any message and any incident record.',
  behaviourStopped: (warnings: number) => `The caller stopped after ${plural(warnings, 'warning')}; they are kept in this call’s notes.`,
};

export const crmText = {
  notAllowed: 'The browser has not allowed access to the CRM, so nothing was read.',
  noTab: 'No CRM page is open. Open the caller’s record and try again.',
  failed: (message: string) => `The CRM page could not be read (${message}).`,
  nothingFound: 'Nothing was found on the CRM page for the details set up.',
  filled: 'Details filled from the CRM. Confirm each with the caller.',
  confirm: 'Use these details from the CRM?',
};

export const callBackText = {
  notSaved: 'The call-back could not be saved to the list. It is still on this call; try again.',
  /** `due`: ", due Mon 10:00" or ", " and the agreed time. */
  promised: (due: string) => `Call-back promised${due}. It stays in Call-backs due until marked done.`,
  tried: (when: string, message: string) => `Tried ${when}, no answer. ${message}.`,
  day: (day: number, days: number, until: string) => `Day ${day} of ${days} of attempts: keep trying until the end of ${until}.`,
};

export const ringBackText = {
  ended: 'This caller’s last call was ended',
  when: (when: string) => ` (${when}, abusive call).`,
  lineManagerPending: ' The line manager’s follow-up is still pending.',
  pending: ' A follow-up is still pending.',
};

export const protocolText = {
  incidentKept: 'Kept on this computer only, open until a team leader reviews it.',
  incidentNotSaved:
    'The incident has not been saved: the saved data on this computer cannot be opened (see the notice at the top). Copy the report before you close the call.',
  referralChecked: 'Checked with the service',
  referralStale: ' Over a year ago: check before giving.',
  referralUnchecked: 'Not checked with the service.',
};
