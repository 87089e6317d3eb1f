// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderTraining } from './render-training';

// Found by waiting: some screens (saving an incident) load a moment after the protocol opens.
const click = async (name: string | RegExp, scope: HTMLElement = document.body) => {
  const button = await within(scope).findByRole('button', { name });
  await act(async () => void fireEvent.click(button));
};
const type = (label: string, value: string) =>
  act(async () => void fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } }));

async function startScenario(title: RegExp, speed = 'Real time (1x)') {
  const scenario = await screen.findByRole('combobox', { name: 'Scenario' });
  const option = within(scenario).getByRole('option', { name: title }) as HTMLOptionElement;
  await act(async () => void fireEvent.change(scenario, { target: { value: option.value } }));
  await act(async () => void fireEvent.click(screen.getByRole('radio', { name: speed })));
  await click('Start scenario');
}

const callerLine = () => screen.getByRole('figure', { name: 'The caller says' });

describe('training in the panel', () => {
  it('the trainer picks a scenario; the trainee sees the caller’s lines and gets a clean debrief', async () => {
    // Written for Croydon, whose abusive-call procedure (the guide's default) starts with this warning.
    await renderTraining({ playbookId: 'croydon-repairs' });
    expect(await screen.findByRole('link', { name: 'Open presenter view' })).toHaveAttribute('href', '/presenter.html');
    await startScenario(/calms down after the first warning/);
    expect(screen.getByRole('heading', { name: /Scenario: An abusive caller who calms down/ })).toBeInTheDocument();
    expect(callerLine()).toHaveTextContent('(The phone rings.)');

    await click('Start call');
    expect(callerLine()).toHaveTextContent('Three weeks with no heating!');
    await click('Abusive caller');
    await click('Said it');
    await click('Behaviour stopped');
    expect(callerLine()).toHaveTextContent('It’s Mr Cole, Darren Cole.');
    await click('Next step');
    await type('Surname', 'Cole');
    expect(callerLine()).toHaveTextContent('Thanks for being patient with me.');
    await click('Close', screen.getByRole('navigation', { name: 'Call steps' }));
    await click('Copy summary');
    await click('End call');

    const debrief = await screen.findByRole('region', { name: /Debrief: An abusive caller who calms down/ });
    expect(within(debrief).getByRole('status')).toHaveTextContent('Clean: every step done in order');
    expect(within(debrief).getByRole('table', { name: 'Steps' })).toHaveTextContent('Say you can’t help if they carry on like this');
  });

  it('a mistake is named in the debrief with its requirement, and the debrief prints and exports', async () => {
    // Communities 6.7: five warnings before the call is ended.
    await renderTraining({ playbookId: 'carmarthenshire-communities' });
    await startScenario(/through to ending the call/);
    await click('Start call');
    await click('Abusive caller');
    await click('Said it');
    await click(/6\. End the call/, screen.getByRole('navigation', { name: 'Protocol steps' }));
    await click('Call ended');
    // Ending before the procedure's five warnings is asked first; the trainee ends it anyway.
    expect(screen.getByText('The procedure asks for 5 warnings; end the call now?')).toBeInTheDocument();
    await click('End the call now');
    await click('Done, next step');
    await click('Done, next step');
    await type("The caller's exact words", 'Listen, you useless idiot');
    await click('Save incident');
    await waitFor(() => expect(screen.getByText('Incident saved.')).toBeInTheDocument());
    await click('Done, next step');
    await click('Finish');

    const debrief = await screen.findByRole('region', { name: /Debrief: An abusive caller through to ending the call/ });
    const findings = within(debrief).getByRole('list', { name: 'What to work on' });
    expect(findings).toHaveTextContent('Call ended after 1 warning; the procedure gives 5 first, including the warning that the call will be ended. (AB-3, AB-6');
    expect(findings).toHaveTextContent('Missed: Warn that you will end the call. (AB-3)');

    const print = vi.fn();
    window.print = print;
    await click('Print debrief');
    expect(print).toHaveBeenCalled();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:debrief';
    });
    URL.revokeObjectURL = vi.fn();
    await click('Download debrief (JSON)');
    expect(JSON.parse(await created[0]!.text())).toMatchObject({ format: 'call-guide-training-debrief', scenarioId: 'abusive-terminated', clean: false });
    await click('Download printable page');
    expect(await created[1]!.text()).toContain('Call ended after 1 warning');

    await click('Done');
    expect(await screen.findByRole('heading', { name: 'Practise a scenario' })).toBeInTheDocument();
  });

  it('hides the caller’s lines when the trainer wants, and runs the hold on the scenario clock', async () => {
    const { advance } = await renderTraining();
    await startScenario(/long hold/, '60x: a 5-minute hold in 5 seconds');
    await act(async () => void fireEvent.click(screen.getByRole('checkbox', { name: 'Show the caller’s lines' })));
    expect(screen.queryByRole('figure', { name: 'The caller says' })).not.toBeInTheDocument();
    await click('Start call');
    await click('Place on hold');
    await click('Caller agreed to hold');
    advance(1_000);
    expect(screen.getByRole('region', { name: 'Hold' })).toHaveTextContent('Check in with the caller now');
    expect(screen.getByRole('button', { name: 'Stop scenario' })).toBeDisabled();
    await click('1x', screen.getByRole('group', { name: 'Scenario clock' }));
    expect(within(screen.getByRole('group', { name: 'Scenario clock' })).getByRole('button', { name: '1x' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows nothing of training outside training mode', async () => {
    await renderTraining({ on: false });
    expect(screen.queryByRole('heading', { name: 'Practise a scenario' })).not.toBeInTheDocument();
  });

  it('offers the organisation’s own scenarios first, and says when one is written for another organisation’s guide', async () => {
    await renderTraining({ playbookId: 'moray' });
    const scenario = await screen.findByRole('combobox', { name: 'Scenario' });
    expect(scenario).toHaveValue('moray-message');
    expect(within(scenario).getAllByRole('option').slice(0, 2).map((option) => option.textContent)).toEqual([
      'A message for an officer who is out (Moray)',
      'A threatening caller: warn once, end, file note (Moray)',
    ]);
    expect(screen.queryByText(/Written for/)).not.toBeInTheDocument();
    fireEvent.change(scenario, { target: { value: 'ordinary-call' } });
    expect(await screen.findByText(/Written for The Calico Group’s guide; this guide is set up for Moray Housing Partnership/)).toBeInTheDocument();
  });
});
