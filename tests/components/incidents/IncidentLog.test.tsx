// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, isoDate, NOW } from '../../support/now';
import { followUp, makeIncident } from '../../unit/incidents/make-incident';
import { downloaded, go, renderLog } from './render-log';


function incidents(n: number) {
  return Array.from({ length: n }, (_, i) =>
    makeIncident({
      id: `inc-${String(i).padStart(3, '0')}`,
      createdAt: NOW - i * HOUR,
      kind: i % 5 === 0 ? 'self-harm' : 'abusive-call',
      agentName: i % 2 ? 'Rhian Jones' : 'Morag Innes',
      notes: i === 3 ? 'Threatened to visit the office' : 'Rude caller',
    }),
  );
}

describe('the incident list', () => {
  it('lists the newest first, a page at a time, with previous and next pages', async () => {
    await renderLog({ now: NOW, incidents: incidents(55) });
    const table = await screen.findByRole('table', { name: 'Incidents 1–50 of 55, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(within(table).getAllByRole('link')[0]).toHaveAttribute('href', '#/incident/inc-000');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    });
    const second = await screen.findByRole('table', { name: 'Incidents 51–55 of 55, newest first' });
    expect(within(second).getAllByRole('row')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    });
    expect(await screen.findByRole('table', { name: /Incidents 1–50/ })).toBeInTheDocument();
  });

  it('filters by kind, agent and search, and says when nothing matches', async () => {
    await renderLog({ now: NOW, incidents: incidents(12) });
    await screen.findByRole('table', { name: '12 incidents, newest first' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'self-harm' } });
    });
    expect(await screen.findByRole('table', { name: '3 incidents, newest first' })).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByLabelText('Agent')).getAllByRole('option').map((o) => o.textContent)).toEqual(['All agents', 'Morag Innes', 'Rhian Jones']));
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Agent'), { target: { value: 'Rhian Jones' } });
    });
    expect(await screen.findByRole('table', { name: '1 incident, newest first' })).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    });
    await act(async () => {
      fireEvent.input(screen.getByLabelText('Search notes and the caller’s words'), { target: { value: 'threat' } });
    });
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#/incident/inc-003']));
    await act(async () => {
      fireEvent.input(screen.getByLabelText('Search notes and the caller’s words'), { target: { value: 'zebra' } });
    });
    expect(await screen.findByText('No incidents match these filters.')).toBeInTheDocument();
  });

  it('highlights overdue follow-ups and filters by them', async () => {
    await renderLog({
      now: NOW,
      incidents: [
        makeIncident({ id: 'late', createdAt: NOW - 2 * DAY, followUps: [followUp({ dueAt: NOW - HOUR })] }),
        makeIncident({ id: 'fine', createdAt: NOW - HOUR, followUps: [followUp({ dueAt: NOW + DAY })] }),
      ],
    });
    const late = await screen.findByRole('row', { name: /Overdue since/ });
    expect(within(late).getByRole('link')).toHaveAttribute('href', '#/incident/late');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Follow-ups'), { target: { value: 'overdue' } });
    });
    expect(await screen.findByRole('table', { name: '1 incident, newest first' })).toHaveTextContent('Overdue since');
  });

  it('exports the filtered list as CSV, neutralising a note that starts like a formula', async () => {
    const { download } = await renderLog({
      now: NOW,
      incidents: [makeIncident({ id: 'formula', notes: '=HYPERLINK("http://x")' }), makeIncident({ id: 'other', kind: 'self-harm', createdAt: NOW - DAY })],
    });
    await screen.findByRole('table');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'abusive-call' } });
    });
    await screen.findByRole('table', { name: '1 incident, newest first' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export this list as CSV' }));
    });
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const { name, text } = await downloaded(download);
    expect(name).toBe(`incidents-${isoDate(NOW)}.csv`);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true }).data;
    expect(rows.map((r) => r.Incident)).toEqual(['formula']);
    expect(rows[0]!.Notes).toBe(`'=HYPERLINK("http://x")`);
    expect(await screen.findByText('1 incident exported as CSV.')).toBeInTheDocument();
  });

  it('says so when the log is empty, and every view is one link away', async () => {
    await renderLog({ now: NOW });
    expect(await screen.findByText('No incidents logged on this desktop yet.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Incident log' });
    expect(within(nav).getByRole('link', { name: 'Incidents' })).toHaveAttribute('aria-current', 'page');
    await go('#/overview');
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });
});
