// @vitest-environment happy-dom
/**
 * The second reading's duties on screen (issue 14), for each organisation: the controls found by
 * role and name, each flow showing that organisation's words and none of the others'.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { SettingsStore } from '../../../lib/app-state';
import { saveCallBack } from '../../../lib/call/call-backs';
import { renderPanel } from '../render-panel';
import { DAY, HOUR, week } from '../../support/now';

// Monday afternoon in the week of the tests' now: every organisation is open.
const T0 = week().mon(14);

type Org = 'croydon-repairs' | 'carmarthenshire-communities' | 'calico' | 'moray' | 'longhurst-havelok';
const ORGS: Org[] = ['croydon-repairs', 'carmarthenshire-communities', 'calico', 'moray', 'longhurst-havelok'];

async function renderFor(playbookId: Org) {
  const stored = { agentName: 'Sam Agent', playbookId };
  const settings: SettingsStore = { getValue: async () => stored, setValue: async () => {}, watch: () => () => {} };
  return renderPanel(settings, T0);
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const click = (name: string | RegExp) => act(async () => void fireEvent.click(button(name)));
const check = (name: string | RegExp) => act(async () => void fireEvent.click(screen.getByRole('checkbox', { name })));
const choose = (name: string | RegExp) => act(async () => void fireEvent.click(screen.getByRole('radio', { name })));
const type = (label: string, value: string) =>
  act(async () => void fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } }));
const goTo = (stage: string) =>
  act(async () => void fireEvent.click(within(screen.getByRole('navigation', { name: 'Call steps' })).getByRole('button', { name: stage })));

async function inStage(playbookId: Org, stage: 'Caller' | 'Enquiry') {
  const rendered = await renderFor(playbookId);
  await click('Start call');
  await goTo(stage);
  return rendered;
}

/** Each organisation's own words in a flow; organisations whose standard says nothing share the guide's line. */
function expectOwnWordsOnly(text: string, words: Record<Org, string>, org: Org) {
  expect(text).toContain(words[org]);
  for (const other of ORGS) if (words[other] !== words[org]) expect(text).not.toContain(words[other]);
}

const COMPLAINT: Record<Org, string> = {
  calico: 'A complaint is answered within 10 working days (weekends and public holidays not counted)',
  moray: 'give the caller the complaint form and the complaints procedure',
  'longhurst-havelok': 'A complaint is acknowledged in 3 working days and answered in 10 working days',
  'croydon-repairs': "The standard sets no complaints procedure: follow your organisation's own.",
  'carmarthenshire-communities': "The standard sets no complaints procedure: follow your organisation's own.",
};

const LANGUAGE: Record<Org, string> = {
  calico: 'Offer a telephone translation with the Language Line service, or the information in large print, audio or Braille. A written translation takes up to 7 days.',
  moray: 'arrange for letters to be translated and sent in that language',
  'longhurst-havelok': 'Offer the information in another language, in large print or on CD.',
  'croydon-repairs': 'The standard names no interpreting or other-format service',
  'carmarthenshire-communities': 'The standard names no interpreting or other-format service',
};

const ON_BEHALF: Record<Org, string> = {
  calico: 'only if the customer has let Calico know they have given permission',
  moray: 'must be made in writing, and goes to the Director before any reply',
  'longhurst-havelok': "The standard sets no rule for someone calling on another's behalf",
  'croydon-repairs': "The standard sets no rule for someone calling on another's behalf",
  'carmarthenshire-communities': "The standard sets no rule for someone calling on another's behalf",
};

const VULNERABLE: Record<Org, string> = {
  calico: "Calico's Vulnerability Strategy, its Safeguarding & Protection from Abuse standard and SafeNet (domestic abuse) apply",
  moray: 'Note what the caller needs: it goes into the summary',
  'longhurst-havelok': 'Treat the caller fairly and sensitively, and listen to understand their needs.',
  'croydon-repairs': 'Note what the caller needs: it goes into the summary',
  'carmarthenshire-communities': 'particularly with children or vulnerable people',
};

describe.each(ORGS)('%s', (org) => {
  it('Complaint in the enquiry stage gives its own route and timescales, or says its standard sets none (CO)', async () => {
    await inStage(org, 'Enquiry');
    const complaint = button('Complaint');
    expect(complaint).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Complaint' })).not.toBeInTheDocument();
    await click('Complaint');
    expect(complaint).toHaveAttribute('aria-expanded', 'true');
    expectOwnWordsOnly(screen.getByRole('list', { name: 'Complaint' }).textContent ?? '', COMPLAINT, org);
  });

  it('Another language, with its name, brings its own offers (AC, GR-9)', async () => {
    await inStage(org, 'Caller');
    expect(screen.queryByRole('list', { name: 'Language and format offers' })).not.toBeInTheDocument();
    await choose('Another language');
    await type('Which language', 'Polish');
    expectOwnWordsOnly(screen.getByRole('list', { name: 'Language and format offers' }).textContent ?? '', LANGUAGE, org);
  });

  it("Calling on someone's behalf shows its own rule (DP)", async () => {
    await inStage(org, 'Caller');
    await check("Calling on someone's behalf");
    await type("Customer's name", 'Mr Tom Jones');
    expectOwnWordsOnly(screen.getByRole('list', { name: "Calling on someone's behalf" }).textContent ?? '', ON_BEHALF, org);
    if (org === 'calico') expect(screen.getByRole('group', { name: /Does Calico already know the customer has given them permission/ })).toBeInTheDocument();
    else expect(screen.queryByRole('group', { name: /permission/ })).not.toBeInTheDocument();
  });

  it('Vulnerable caller shows its own words, and a note that goes into the summary (VU)', async () => {
    await inStage(org, 'Caller');
    await check('Vulnerable caller');
    expectOwnWordsOnly(screen.getByRole('list', { name: 'Vulnerable caller' }).textContent ?? '', VULNERABLE, org);
    await type('What they need', 'Hard of hearing');
    await goTo('Close');
    expect((screen.getByLabelText('Call summary') as HTMLTextAreaElement).value).toContain('Vulnerable caller: Hard of hearing');
  });

  it('Call-backs due has Tried, no answer only under Moray (CB-6)', async () => {
    const { db } = await renderFor(org);
    await act(() => saveCallBack(db, { id: 'cb', createdAt: T0, dueAt: T0 + 24 * HOUR, agreedTime: '', promiseLabel: 'Call back', callerName: 'Mrs Ann Jones', phone: '01234 567890', reason: 'Repair' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Call-backs due' })).toBeInTheDocument());
    if (org === 'moray') expect(button('Tried Mrs Ann Jones, no answer')).toBeInTheDocument();
    else expect(screen.queryByRole('button', { name: /no answer/ })).not.toBeInTheDocument();
  });
});

describe('Calico: the customer’s permission (DP-1)', () => {
  it('says Calico cannot help when the permission is not known', async () => {
    await inStage('calico', 'Caller');
    await check("Calling on someone's behalf");
    await choose('No');
    expect(screen.getByText(/otherwise we will not be able to help/)).toHaveTextContent(
      'Say: “The customer needs to let Calico know they have given you permission, otherwise we will not be able to help.”',
    );
    await choose('Yes');
    expect(screen.queryByText(/otherwise we will not be able to help/)).not.toBeInTheDocument();
  });
});

describe("Communities: the Welsh choice honoured (CY-1)", () => {
  it('shows the duty, and the choice goes into the message and the call-back', async () => {
    const { db } = await inStage('carmarthenshire-communities', 'Caller');
    await choose('Welsh (Cymraeg)');
    expect(screen.getByRole('list', { name: 'Welsh language' })).toHaveTextContent('The caller chose Welsh');
    await type('First name', 'Eleri');
    await click('Message or call-back');
    expect((screen.getByLabelText('Message to send') as HTMLTextAreaElement).value).toContain('Language: Welsh');
    await type('Agreed call-back time', 'Tuesday 10:00');
    await click('Promise call-back');
    await waitFor(async () => expect(await db.callBacks.get('call-1-call-back')).toMatchObject({ language: 'Welsh' }));
  });

  it('other organisations have no Welsh-language duty to show', async () => {
    await inStage('moray', 'Caller');
    await choose('Welsh (Cymraeg)');
    expect(screen.queryByRole('list', { name: 'Welsh language' })).not.toBeInTheDocument();
  });
});

describe("each organisation's own cues in the enquiry stage, and beside messages", () => {
  it("Moray: offer to ring straight back (CB-2); a message is the last resort (CB-1); the call-back details and same-day return (CB-3, CB-5)", async () => {
    await inStage('moray', 'Enquiry');
    expect(screen.getByRole('list', { name: 'Cues' })).toHaveTextContent('offer to ring the caller straight back, to save them the cost');
    await click('Message or call-back');
    expect(screen.getByRole('list', { name: 'Before you take a message' })).toHaveTextContent('taking a message or transferring the call is the last resort');
    expect(screen.getByRole('list', { name: 'Messages and call-backs' })).toHaveTextContent("the officer's name, designation, department and direct line number");
  });

  it('Communities: own the call (CB-7); e-mail to the right person, securely (DP-4)', async () => {
    await inStage('carmarthenshire-communities', 'Enquiry');
    expect(screen.getByRole('list', { name: 'Cues' })).toHaveTextContent('Own the call');
    expect(screen.getByRole('list', { name: 'Cues' })).not.toHaveTextContent('ring the caller straight back');
    await click('Message or call-back');
    expect(screen.getByRole('list', { name: 'Messages and call-backs' })).toHaveTextContent('by secure e-mail if it holds personal data');
    expect(screen.queryByRole('list', { name: 'Before you take a message' })).not.toBeInTheDocument();
  });

  it('Longhurst: compensation for a missed appointment or late repair (SL-6)', async () => {
    await inStage('longhurst-havelok', 'Enquiry');
    expect(screen.getByRole('list', { name: 'Cues' })).toHaveTextContent('they will usually be entitled to compensation');
  });
});

describe('Standards for … (OR, SL-4..SL-8)', () => {
  const standards = async (org: Org) => {
    await renderFor(org);
    const summary = screen.getByText(/^Standards for /);
    await act(async () => void fireEvent.click(summary));
    return summary.closest('details')!.textContent ?? '';
  };

  it("Calico's two numbers and its promises in full; no number for the organisations whose standard gives none", async () => {
    const calico = await standards('calico');
    expect(calico).toContain('Telephone: 0800 169 2407 or 01282 686300');
    expect(calico).toContain('Deliver our services in a way that does not discriminate against anyone.');
    expect(calico).toContain('An out-of-hours emergency repairs service when the offices are closed (the policy gives no number or hours for it)');
  });

  it("Moray's main number as printed", async () => {
    expect(await standards('moray')).toContain('Main number: (01343) 543210');
  });

  it('Croydon: abandonment, quality, diagnosis and satisfaction targets, the promises in full, and no number', async () => {
    const croydon = await standards('croydon-repairs');
    expect(croydon).toContain('Abandoned calls no more than 5% of calls offered; 80% call quality rating; 95% accuracy in diagnosing repair types; 80% customer satisfaction rating (mechanism TBC)');
    expect(croydon).toContain('I will ask for the resident\'s approval prior to placing them on hold');
    expect(croydon).toContain('The standard gives no phone number for the contact centre, so the guide shows none');
    expect(croydon).not.toMatch(/XXXX/);
  });

  it('Longhurst: no number, its ways of contact, its promise in full', async () => {
    const longhurst = await standards('longhurst-havelok');
    expect(longhurst).toContain('The standard gives no phone number, so the guide shows none.');
    expect(longhurst).toContain('Treat all our customers positively regardless of nationality, race, gender, disability, sexual orientation, religion or age.');
  });
});

describe("Moray's unanswered call-back over two days (CB-6)", () => {
  it('records each try with the message left, counts calendar days, then says to send the letter and marks it', async () => {
    const { db, advance } = await renderFor('moray');
    await act(() => saveCallBack(db, { id: 'cb', createdAt: T0, dueAt: T0 + 24 * HOUR, agreedTime: '', promiseLabel: 'Call back within 24 hours', callerName: 'Mrs Ann Jones', phone: '01343 123456', reason: 'Repair' }));
    await waitFor(() => expect(button('Tried Mrs Ann Jones, no answer')).toBeInTheDocument());

    await click('Tried Mrs Ann Jones, no answer');
    expect(button('Save attempt')).toBeDisabled();
    await choose('Message left with an adult');
    await click('Save attempt');
    const attempts = await screen.findByRole('list', { name: 'Attempts to call Mrs Ann Jones back' });
    expect(attempts).toHaveTextContent('Tried today at 14:00, no answer. Message left with an adult.');
    expect(screen.getByText(/^Day 1 of 2 of attempts/)).toHaveTextContent('keep trying until the end of tomorrow');

    await check('Mrs Ann Jones is available only in the evening');
    await waitFor(() => expect(screen.getByText('The caller works or is available only in the evening: call outside office hours.')).toBeInTheDocument());

    // The next evening: day 2.
    advance(DAY + 5 * HOUR);
    await waitFor(() => expect(screen.getByText(/^Day 2 of 2 of attempts/)).toBeInTheDocument());
    await click('Tried Mrs Ann Jones, no answer');
    await choose('Message left on an answering machine');
    await click('Save attempt');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Attempts to call Mrs Ann Jones back' })).getAllByRole('listitem')).toHaveLength(2));

    // The day after: two days without contact.
    advance(DAY);
    await waitFor(() => expect(screen.getByText('Send the letter')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /no answer/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No contact after 2 days: send a letter/)).toBeInTheDocument();
    await click('Letter sent to Mrs Ann Jones');
    await waitFor(async () => expect(await db.callBacks.get('cb')).toMatchObject({ status: 'done', letterSentAt: T0 + 2 * DAY + 5 * HOUR }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Call-backs due' })).not.toBeInTheDocument());
  });
});
