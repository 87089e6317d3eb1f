// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SettingsStore } from '../../../lib/app-state';
import { findPlaybook } from '../../../content';
import { transferBriefing } from '../../../lib/call/compose';
import { renderPanel } from '../render-panel';
import { week } from '../../support/now';

// Monday afternoon in the week of the tests' now: Moray is open.
const T0 = week().mon(14);
const GREETING = 'Good Afternoon Moray Housing Partnership, Morag Innes speaking, how can I help you?';

async function renderCall(soundCues = false) {
  const stored = { agentName: 'Morag Innes', playbookId: 'moray', soundCues };
  const settings: SettingsStore = { getValue: async () => stored, setValue: async () => {}, watch: () => () => {} };
  return renderPanel(settings, T0);
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const click = (name: string | RegExp) => act(async () => void fireEvent.click(button(name)));
const type = (label: string, value: string) =>
  act(async () => void fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } }));
const key = (code: string, letter: string) =>
  act(async () => void fireEvent.keyDown(document, { code, key: letter, altKey: true }));
const summaryText = () => (screen.getByLabelText('Call summary') as HTMLTextAreaElement).value;
const holdBar = () => screen.getByRole('region', { name: 'Hold' });
const goTo = (stage: string) =>
  act(async () => void fireEvent.click(within(screen.getByRole('navigation', { name: 'Call steps' })).getByRole('button', { name: stage })));

async function callerMrsJones() {
  await click('Next step');
  await type('Title', 'Mrs');
  await type('First name', 'Ann');
  await type('Surname', 'Jones');
}

async function onHold() {
  await click('Place on hold');
  await click('Caller agreed to hold');
}

describe('the live call', () => {
  it('greets with the Moray words, then helps address the caller as they wish (GR-6)', async () => {
    await renderCall();
    await click('Start call');
    expect(screen.getByRole('region', { name: 'Greeting' })).toHaveTextContent(GREETING);
    expect(screen.queryByRole('group', { name: 'Kind of call' })).not.toBeInTheDocument();

    await click('Next step');
    const caller = screen.getByRole('region', { name: 'Caller' });
    expect(caller).toHaveTextContent('Ask for their name and use it throughout.');
    await type('Title', 'Mrs');
    await type('Surname', 'Jones');
    expect(caller).toHaveTextContent('Address them as Mrs Jones');
    await type('First name', 'Ann');
    expect(caller).toHaveTextContent('Address them as Mrs Jones');
    await act(async () => void fireEvent.click(screen.getByLabelText('Caller is happy to be called by their first name')));
    expect(caller).toHaveTextContent('Address them as Ann');
  });

  it('says the call is saved on this computer once the draft is written', async () => {
    await renderCall();
    await click('Start call');
    // "on this computer" is hidden visually only in a very narrow panel: it is always in the text.
    await waitFor(() => expect(screen.getByText(/^Saved/)).toHaveTextContent('Saved on this computer'));
  });

  it('shows the disk-full message but keeps the call on screen when the draft cannot be written', async () => {
    const { db, guide } = await renderCall();
    vi.spyOn(db.drafts, 'put').mockRejectedValue(Object.assign(new Error('x'), { name: 'QuotaExceededError' }));
    await click('Start call');
    await act(() => guide.drafts.flush());
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full, so this has not been saved yet.');
    expect(screen.getByRole('region', { name: 'Greeting' })).toHaveTextContent(GREETING);
  });
});

describe('hold (HO-1..HO-3)', () => {
  it.each([true, false])('asks first, prompts a check-in after a minute (sound cue: %s), and offers a call-back at 4 minutes', async (soundCues) => {
    const { advance, services } = await renderCall(soundCues);
    await click('Start call');
    await click('Place on hold');
    expect(holdBar()).toHaveTextContent('May I put you on hold for a moment?');
    expect(screen.queryByLabelText(/On hold for/)).not.toBeInTheDocument();
    await click('Caller agreed to hold');
    expect(screen.getByLabelText('On hold for 0:00')).toBeInTheDocument();

    advance(61_000);
    expect(screen.getByLabelText('On hold for 1:01')).toBeInTheDocument();
    expect(within(holdBar()).getByRole('status')).toHaveTextContent('Check in with the caller now');
    expect(services.playCue).toHaveBeenCalledTimes(soundCues ? 1 : 0);

    await click('Checked in');
    expect(within(holdBar()).getByRole('status')).toHaveTextContent('On hold');
    expect(holdBar()).toHaveTextContent('Next check-in in 1:00');
    expect(screen.queryByRole('button', { name: 'Arrange a call-back' })).not.toBeInTheDocument();

    advance(240_000 - 61_000);
    expect(holdBar()).toHaveTextContent('Close to 5 minutes on hold: offer to call back');
    // Moray's policy sets no hold times: the figure is the guide's default and says so.
    expect(holdBar()).toHaveTextContent('Guide default');
    expect(services.playCue).toHaveBeenCalledTimes(soundCues ? 2 : 0);
    await click('Arrange a call-back');
    expect(screen.getByRole('heading', { name: 'Message and call-back' })).toBeInTheDocument();
    expect(button('Place on hold')).toBeInTheDocument();
  });

  it('speaks only when the hold prompt changes: the clocks tick outside every live region', async () => {
    const { advance } = await renderCall();
    await click('Start call');
    await click('Place on hold');
    await click('Caller agreed to hold');
    const live = () =>
      [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')]
        .filter((element) => element.getAttribute('aria-live') !== 'off')
        .map((element) => element.textContent)
        .join(' | ');
    const before = live();
    for (let second = 1; second <= 30; second += 1) {
      advance(1_000);
      expect(screen.getByLabelText(`On hold for 0:${String(second).padStart(2, '0')}`)).toBeInTheDocument();
      expect(live()).toBe(before);
    }
    advance(31_000);
    expect(live()).not.toBe(before);
    expect(within(holdBar()).getByRole('status')).toHaveTextContent('Check in with the caller now');
  });

  it('does not put the caller on hold when they decline', async () => {
    const { call } = await renderCall();
    await click('Start call');
    await click('Place on hold');
    await click('Caller declined');
    expect(button('Place on hold')).toBeInTheDocument();
    expect(call()?.hold).toBeNull();
  });
});

describe('transfer (TR-1..TR-3, HO-4)', () => {
  it('reminds to mute the caller, copies the briefing and notes who took the call', async () => {
    const { services, call } = await renderCall();
    await click('Start call');
    await callerMrsJones();
    await click('Transfer');
    const panel = screen.getByRole('region', { name: 'Transfer' });
    expect(within(panel).getByRole('note')).toHaveTextContent(
      'Mute or hold the caller before you talk to your colleague: they may overhear personal details. Guide default',
    );
    await click('Copy briefing');
    expect(services.clipboard.writeText).toHaveBeenCalledWith(transferBriefing(call()!));
    expect(services.clipboard.writeText.mock.calls[0]?.[0]).toContain('Caller: Mrs Ann Jones');
    expect(within(panel).getByText('Copied')).toBeInTheDocument();
    expect(call()?.timeline.map((event) => event.type)).toContain('briefing-copied');

    expect(button('Transfer done')).toBeDisabled();
    await type('Transferred to', 'Ian Grant, Repairs');
    await click('Transfer done');
    expect(screen.queryByRole('region', { name: 'Transfer' })).not.toBeInTheDocument();
    await goTo('Close');
    expect(summaryText()).toContain('Transferred to: Ian Grant, Repairs');
  });
});

describe('closing (CL-1..CL-6)', () => {
  it('lists the Moray checklist and puts what was ticked in the summary', async () => {
    const { services } = await renderCall();
    await click('Start call');
    await callerMrsJones();
    await goTo('Close');
    const checklist = screen.getByRole('group', { name: 'Before you finish' });
    const labels = within(checklist).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent ?? '');
    const closing = findPlaybook('moray')!.closing;
    expect(labels).toHaveLength(closing.length);
    // Each in the playbook's order, with its line to say and where it comes from: Moray's own 4.2.
    closing.forEach((item, index) => {
      expect(labels[index]).toMatch(new RegExp(`^${item.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(labels[index]).toContain('Moray 4.2');
      if (item.say) expect(labels[index]).toContain(`Say: ${item.say}`);
    });
    await act(async () => void fireEvent.click(within(checklist).getByRole('checkbox', { name: /All the issues raised confirmed/ })));
    expect(summaryText()).toContain('Closing: All the issues raised confirmed');
    expect(summaryText()).toContain('Caller: Mrs Ann Jones');

    await click('Copy summary');
    expect(services.clipboard.writeText).toHaveBeenLastCalledWith(summaryText());
    await click('End call');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(button('Start call')).toBeInTheDocument();
  });

  it('asks before ending a call whose summary was not copied', async () => {
    const { db } = await renderCall();
    await click('Start call');
    await goTo('Close');
    await click('End call');
    const warning = screen.getByRole('alertdialog');
    expect(warning).toHaveTextContent('The summary has not been copied.');
    await click('Keep the call open');
    expect(screen.getByRole('heading', { name: 'Close' })).toBeInTheDocument();

    await click('End call');
    expect(button('Keep the call open')).toHaveFocus();
    await click('End without copying');
    expect(button('Start call')).toBeInTheDocument();
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
  });

  it('leaves focus where the agent moved it while the call clock ticks under the question', async () => {
    const { advance } = await renderCall();
    await click('Start call');
    await goTo('Close');
    await click('End call');
    expect(button('Keep the call open')).toHaveFocus();
    button('End without copying').focus();
    for (let second = 0; second < 3; second += 1) await act(async () => advance(1_000));
    expect(button('End without copying')).toHaveFocus();
  });
});

describe('keyboard', () => {
  it('Alt+H asks to hold, Alt+Y agrees, Alt+H again resumes', async () => {
    const { call } = await renderCall();
    await key('KeyH', 'h');
    expect(button('Start call')).toBeInTheDocument();
    await click('Start call');
    await key('KeyH', 'h');
    expect(button('Caller agreed to hold')).toBeInTheDocument();
    await key('KeyY', 'y');
    expect(screen.getByLabelText('On hold for 0:00')).toBeInTheDocument();
    expect(call()?.hold).not.toBeNull();
    await key('KeyH', 'h');
    expect(button('Place on hold')).toBeInTheDocument();
    expect(call()?.hold).toBeNull();
  });

  it('Alt+K checks in with the caller on hold, and Alt+N moves to the next step', async () => {
    const { advance } = await renderCall();
    await click('Start call');
    await onHold();
    advance(61_000);
    expect(holdBar()).toHaveTextContent('Check in with the caller now');
    await key('KeyK', 'k');
    expect(holdBar()).toHaveTextContent('Next check-in in 1:00');
    await key('KeyN', 'n');
    expect(screen.getByRole('region', { name: 'Caller' })).toBeInTheDocument();
  });

  it('? opens the list of shortcuts and Escape closes it', async () => {
    await renderCall();
    await act(async () => void fireEvent.keyDown(document, { code: 'Slash', key: '?' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Caller agreed to hold');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await act(async () => void fireEvent.keyDown(document.activeElement!, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
