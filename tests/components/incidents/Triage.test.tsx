// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../support/now';
import { triageWeek } from '../../unit/incidents/triage-week';
import { go, renderLog } from './render-log';

const week = triageWeek(NOW);

const change = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }));
const rowOf = (summary: string) => screen.getByRole('cell', { name: summary }).closest('tr')!;

describe('triage in the incident list', () => {
  it('shows what happened in each row, filters by it and sorts the most serious first', async () => {
    await renderLog({ now: NOW, incidents: week });
    await screen.findByRole('table', { name: '3 incidents, newest first' });
    expect(screen.getByRole('columnheader', { name: 'What happened' })).toBeInTheDocument();
    expect(within(rowOf('Caller declared intent to self-harm: 999 called.')).getByText('999 called')).toBeInTheDocument();
    expect(within(rowOf('Abusive call: the call was ended.')).getByText('Call ended')).toBeInTheDocument();
    expect(within(rowOf('Abusive call: the caller apologised.')).getByText('Behaviour stopped')).toBeInTheDocument();

    await change('What happened', 'emergency');
    expect(await screen.findByRole('table', { name: '1 incident, newest first' })).toHaveTextContent('999 called');
    await change('What happened', 'behaviour-stopped');
    await waitFor(() => expect(screen.getByRole('table')).toHaveTextContent('Behaviour stopped'));
    expect(within(screen.getByRole('table')).getAllByRole('link')).toHaveLength(1);

    await change('What happened', '');
    await change('Order', 'serious');
    const table = await screen.findByRole('table', { name: '3 incidents, most serious first' });
    expect(within(table).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#/incident/suicide', '#/incident/ended', '#/incident/apologised']);
  });

  it('records the police informed and their reference, which the list then shows', async () => {
    await renderLog({ now: NOW, incidents: week });
    await go('#/incident/ended');
    const name = await screen.findByLabelText('Your name');
    await act(async () => void fireEvent.input(name, { target: { value: 'Alex Boyd' } }));
    await act(async () => void fireEvent.click(screen.getByRole('checkbox', { name: 'Police informed' })));
    await act(async () => void fireEvent.input(screen.getByLabelText('Police or ambulance reference'), { target: { value: 'CAD 1234' } }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save police and ambulance details' })));
    expect(await screen.findByText(/Last recorded by Alex Boyd/)).toBeInTheDocument();

    await go('#/');
    await change('What happened', 'police');
    const table = await screen.findByRole('table', { name: '1 incident, newest first' });
    expect(table).toHaveTextContent('Police informed');
    expect(table).toHaveTextContent('Ref CAD 1234');
  });

  it('lists the follow-ups to do, the welfare debrief among them, and "my follow-ups" once assigned', async () => {
    await renderLog({ now: NOW, incidents: week });
    await go('#/follow-ups');
    const list = await screen.findByRole('heading', { name: 'Follow-ups to do' });
    await waitFor(() => expect(list.parentElement).toHaveTextContent(/Self-harm or suicide, Dewi Rees: Agent debriefed\. Overdue since/));
    await act(async () => void fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Alex Boyd' } }));
    await act(async () => void fireEvent.click(screen.getByRole('checkbox', { name: 'Only my follow-ups (assigned to me)' })));
    expect(await screen.findByText('Nothing assigned to Alex Boyd is still to do.')).toBeInTheDocument();

    await go('#/incident/suicide');
    const assign = await screen.findByRole('button', { name: 'Assign to me' });
    await act(async () => void fireEvent.click(assign));
    expect(await screen.findByText('Assigned to Alex Boyd.')).toBeInTheDocument();
    await go('#/follow-ups');
    expect(await screen.findByRole('heading', { name: 'Follow-ups to do' })).toBeInTheDocument();
    await act(async () => void fireEvent.click(screen.getByRole('checkbox', { name: 'Only my follow-ups (assigned to me)' })));
    expect(await screen.findByRole('heading', { name: 'My follow-ups' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Self-harm or suicide, Dewi Rees' })).toBeInTheDocument());

    await go('#/agents');
    const agents = await screen.findByRole('table', { name: 'Incidents by agent' });
    // Abusive calls, self-harm, follow-ups outstanding, overdue, welfare debriefs owed and done.
    await waitFor(() => expect(within(within(agents).getByRole('row', { name: /Dewi Rees/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '1', '1', '1', '1', '0']));
  });
});
