// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getIncident } from '../../../lib/incidents/repository';
import { DAY, dateAndTime, hhmm, NOW } from '../../support/now';
import { followUp, makeIncident } from '../../unit/incidents/make-incident';
import { renderLog } from './render-log';

const T = NOW - 2 * DAY;
/** "13:55:00", as the timeline shows a moment. */
const hhmmss = (time: number) => `${hhmm(time)}:${String(new Date(time).getSeconds()).padStart(2, '0')}`;

const incident = makeIncident({
  id: 'inc-1',
  createdAt: T,
  callStartedAt: T - 300_000,
  callEndedAt: T - 60_000,
  warnings: [T - 240_000],
  timeline: [
    { at: T - 300_000, type: 'call-started', label: 'Call started' },
    { at: T - 240_000, type: 'warning-given', label: "Warning given: Say you can't help like this" },
    { at: T - 60_000, type: 'call-terminated', label: 'Call ended by the agent' },
  ],
  answers: [{ id: 'ab-caller-words', label: "The caller's exact words", value: 'I know where your office is' }],
  followUps: [followUp({ dueAt: T + DAY })],
});

describe('an incident in detail', () => {
  it('says "not in the log" for a malformed address instead of crashing', async () => {
    await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/%E0%A4%A' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This incident is not in the log');
    expect(screen.getByRole('link', { name: 'Back to the list' })).toBeInTheDocument();
  });

  it('shows the timeline with times and the time between steps, and the agent’s answers', async () => {
    await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/inc-1' });
    expect(await screen.findByRole('heading', { name: `Abusive call, ${dateAndTime(T)}`, level: 2 })).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const moments = within(timeline).getAllByRole('listitem').map((li) => li.textContent);
    expect(moments).toEqual([
      `${hhmmss(T - 300_000)}Call startedstart`,
      `${hhmmss(T - 240_000)}Warning given: Say you can't help like this+1 min`,
      `${hhmmss(T - 60_000)}Call ended by the agent+3 min`,
    ]);
    expect(timeline).toHaveTextContent('3 moments over 4 min');
    expect(screen.getByRole('region', { name: 'What the agent recorded' })).toHaveTextContent('I know where your office is');
  });

  it('highlights an overdue follow-up, and records it done with who, how and when', async () => {
    const { db } = await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/inc-1' });
    const followUps = await screen.findByRole('region', { name: 'Follow-ups' });
    expect(within(followUps).getByText((text) => text.includes(`OVERDUE, was due ${dateAndTime(T + DAY)}`)).tagName).toBe('STRONG');
    const form = within(followUps).getByRole('group', { name: /Record done/ });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Record follow-up done' }));
    });
    expect(await within(form).findByRole('alert')).toHaveTextContent('Type your name');

    await act(async () => {
      fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Alex Boyd' } });
    });
    expect(within(form).getByLabelText('How it was done')).toHaveValue('rang');
    await act(async () => {
      fireEvent.input(within(form).getByLabelText('What came of it'), { target: { value: 'Explained why the call ended.' } });
    });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Record follow-up done' }));
    });
    await waitFor(() => expect(followUps).toHaveTextContent(`done Rang the caller, ${dateAndTime(NOW)} by Alex Boyd: Explained why the call ended.`));
    expect(within(followUps).queryByText(/OVERDUE/)).toBeNull();
    expect((await getIncident(db, 'inc-1'))!.followUps[0]).toMatchObject({ doneBy: 'Alex Boyd', doneHow: 'rang', doneAt: NOW });
  });

  it('adds review notes and marks the incident reviewed, signed with the name typed', async () => {
    const { db } = await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/inc-1' });
    const review = await screen.findByRole('region', { name: 'Review' });
    expect(review).toHaveTextContent('Not reviewed yet.');
    await act(async () => {
      fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Alex Boyd' } });
    });
    await act(async () => {
      fireEvent.input(within(review).getByLabelText('Review note'), { target: { value: 'Spoke to Morag.' } });
    });
    await act(async () => {
      fireEvent.click(within(review).getByRole('button', { name: 'Add note' }));
    });
    await waitFor(() => expect(within(review).getByRole('list', { name: 'Review notes' })).toHaveTextContent(`${dateAndTime(NOW)}, Alex Boyd: Spoke to Morag.`));
    expect(within(review).getByLabelText('Review note')).toHaveValue('');
    await act(async () => {
      fireEvent.click(within(review).getByRole('button', { name: 'Mark reviewed' }));
    });
    await waitFor(() => expect(review).toHaveTextContent(`Reviewed by Alex Boyd, ${dateAndTime(NOW)}.`));
    expect(within(review).getByRole('button', { name: 'Reopen for review' })).toBeInTheDocument();
    expect(await getIncident(db, 'inc-1')).toMatchObject({ status: 'reviewed', review: { by: 'Alex Boyd', at: NOW } });
  });

  it('lays out the printable report as the incident reporting form, and prints it', async () => {
    const { services } = await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/inc-1/report' });
    const first = await screen.findByRole('table', { name: '1. The incident' });
    expect(within(first).getByRole('row', { name: /Type of incident/ })).toHaveTextContent('Verbal abuse or threats by telephone');
    expect(within(screen.getByRole('table', { name: '4. What happened' })).getByRole('row', { name: /exact words/ })).toHaveTextContent('I know where your office is');
    expect(screen.getAllByRole('table')).toHaveLength(7);
    fireEvent.click(screen.getByRole('button', { name: 'Print the report' }));
    expect(services.print).toHaveBeenCalled();
  });

  it('says so when the incident is not in the log', async () => {
    await renderLog({ now: NOW, hash: '#/incident/gone' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This incident is not in the log');
  });
});
