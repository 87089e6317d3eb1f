// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { PanelIncidents } from '../../../components/incidents/PanelIncidents';
import { lazyDatabase } from '../../../lib/db-handle';
import { saveIncident } from '../../../lib/incidents/repository';
import { DAY, dayMonth, dayMonthYear, dayStart, hhmm, HOUR, NOW, week, weekdayName } from '../../support/now';
import { followUp, makeIncident } from '../../unit/incidents/make-incident';
import { renderLog } from './render-log';

// A Monday afternoon: two hours back is still this week, and two hours on still today.
const MONDAY_14 = week().mon(14);

describe('the overview', () => {
  it('charts incidents by kind per week, with the figures as a table and in words', async () => {
    await renderLog({
      now: MONDAY_14,
      hash: '#/overview',
      incidents: [
        makeIncident({ id: 'a', createdAt: MONDAY_14 - HOUR }),
        makeIncident({ id: 'b', createdAt: MONDAY_14 - 2 * HOUR }),
        makeIncident({ id: 'c', createdAt: MONDAY_14 - 5 * DAY, kind: 'self-harm' }),
      ],
    });
    const chart = await screen.findByRole('img', { name: 'Incidents by kind per week' });
    const thisWeek = week().mon();
    await waitFor(() =>
      expect(chart).toHaveAccessibleDescription(`12 weeks: 2 abusive calls, 1 self-harm or suicide; the busiest week began ${dayMonthYear(thisWeek)} with 2.`),
    );
    const table = screen.getByRole('table', { name: 'Incidents by kind per week, last 12 weeks' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows.at(-1)).toHaveTextContent(`${dayMonthYear(thisWeek)}20`);
    expect(rows.at(-2)).toHaveTextContent(`${dayMonthYear(dayStart(thisWeek, -7))}01`);
  });

  it('lists follow-ups overdue and due later today', async () => {
    await renderLog({
      now: MONDAY_14,
      hash: '#/overview',
      incidents: [
        makeIncident({ id: 'late', createdAt: MONDAY_14 - DAY, followUps: [followUp({ dueAt: MONDAY_14 - HOUR })] }),
        makeIncident({ id: 'today', createdAt: MONDAY_14 - HOUR, followUps: [followUp({ dueAt: MONDAY_14 + 2 * HOUR })] }),
      ],
    });
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    await waitFor(() => expect(within(overdue).getByRole('link')).toHaveAttribute('href', '#/incident/late'));
    expect(within(screen.getByRole('region', { name: 'Due later today' })).getByRole('link')).toHaveAttribute('href', '#/incident/today');
  });
});

describe('repeat callers', () => {
  it('groups a caller’s incidents within three months and composes the report for the Director', async () => {
    const { services } = await renderLog({
      now: NOW,
      hash: '#/patterns',
      incidents: [
        makeIncident({ id: 'first', createdAt: NOW - 40 * DAY, answers: [{ id: 'ab-caller-words', label: 'Words', value: 'You are useless' }] }),
        makeIncident({ id: 'second', createdAt: NOW - 2 * DAY }),
        makeIncident({ id: 'someone-else', callerKeys: ['tel:07700900123'] }),
      ],
    });
    const group = await screen.findByRole('article', { name: 'Mr Black, phone 01632 960999' });
    expect(group).toHaveTextContent('2 incidents: 2 × abusive call');
    await act(async () => {
      fireEvent.click(within(group).getByRole('button', { name: 'Write the report for the Director' }));
    });
    await act(async () => {
      fireEvent.input(screen.getByLabelText('Prepared by'), { target: { value: 'Alex Boyd' } });
    });
    await act(async () => {
      fireEvent.input(screen.getByLabelText('Recommendation for further action'), { target: { value: 'Mark the tenant’s file.' } });
    });
    // Moray's playbook lists what the Director may decide (Moray 4.4): ticked options join the recommendation.
    const options = screen.getByRole('group', { name: 'Options to propose' });
    expect(within(options).getAllByRole('checkbox')).toHaveLength(6);
    await act(async () => {
      fireEvent.click(within(options).getByRole('checkbox', { name: 'Ban sole officer visits to the customer’s home' }));
    });
    const report = screen.getByLabelText('The report');
    expect(report).toHaveTextContent('Number of incidents: 2 abusive calls');
    expect(report).toHaveTextContent(`The caller's words: "You are useless"`);
    expect(report.textContent).toContain(
      'Recommendation for further action\nOptions proposed:\n- Ban sole officer visits to the customer’s home\nMark the tenant’s file.\n',
    );
    expect(report.textContent!.trimEnd().endsWith('the caller is told the decision and the reasons in writing within 48 hours.')).toBe(true);
    await act(async () => {
      fireEvent.click(within(options).getByRole('checkbox', { name: 'Ban sole officer visits to the customer’s home' }));
    });
    expect(report).not.toHaveTextContent('Options proposed');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy the report' }));
    });
    expect(services.clipboard!.writeText).toHaveBeenCalledWith(report.textContent);
  });

  it('offers no report for the Director where the standard asks for none (Calico)', async () => {
    await renderLog({
      now: NOW,
      hash: '#/patterns',
      incidents: [
        makeIncident({ id: 'first', playbookId: 'calico', createdAt: NOW - 40 * DAY }),
        makeIncident({ id: 'second', playbookId: 'calico', createdAt: NOW - 2 * DAY }),
      ],
    });
    const group = await screen.findByRole('article', { name: 'Mr Black, phone 01632 960999' });
    expect(group).toHaveTextContent('2 incidents');
    // Moray 4.4 sets the report; Calico's policy says nothing of one, so the guide offers none.
    expect(within(group).queryByRole('button', { name: 'Write the report for the Director' })).not.toBeInTheDocument();
  });
});

describe('the incident log in the panel', () => {
  it('counts open incidents and overdue follow-ups, and links to the latest and to the log', async () => {
    const handle = lazyDatabase(`panel-incidents-${Math.random()}`);
    const db = await handle();
    await saveIncident(db, makeIncident({ id: 'late', createdAt: NOW - DAY, followUps: [followUp({ dueAt: NOW - HOUR })] }));
    await saveIncident(db, makeIncident({ id: 'fine', createdAt: NOW - HOUR, followUps: [followUp({ dueAt: NOW + HOUR })] }));
    await saveIncident(db, makeIncident({ id: 'done', createdAt: NOW - 2 * DAY, status: 'reviewed', review: { by: 'A', at: NOW, note: '' } }));
    const now = signal(NOW);
    render(<PanelIncidents db={handle} now={now} logUrl="chrome-extension://x/incidents.html" />);
    const region = await screen.findByRole('region', { name: 'Incident log' });
    expect(region).toHaveTextContent('2 open incidents');
    expect(within(region).getByRole('status')).toHaveTextContent('1 follow-up overdue');
    expect(within(region).getByRole('list', { name: 'Latest incidents' })).toHaveTextContent(`Abusive call, ${weekdayName(NOW - HOUR)} ${dayMonth(NOW - HOUR)}, ${hhmm(NOW - HOUR)} (open)`);
    expect(within(region).getAllByRole('link')[0]).toHaveAttribute('href', 'chrome-extension://x/incidents.html#/incident/fine');
    expect(within(region).getByRole('link', { name: 'Open the incident log' })).toHaveAttribute('href', 'chrome-extension://x/incidents.html');
    act(() => void (now.value = NOW + 2 * HOUR));
    expect(within(region).getByRole('status')).toHaveTextContent('2 follow-ups overdue');
  });
});
