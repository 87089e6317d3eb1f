// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { memoryStore, renderPanel as renderWhole } from '../render-panel';
import { today } from '../../support/now';

async function renderPanel(store: ReturnType<typeof memoryStore>, hour = 14) {
  const { guide } = await renderWhole(store, today(hour));
  return guide.app;
}

/** Alt and a key, pressed anywhere in the panel. */
const alt = (code: string, key: string) => act(async () => void fireEvent.keyDown(document, { code, key, altKey: true }));

/** Moray's panel on screen, still reading back the saved call until `read()` is called. */
async function renderWhileReading() {
  let read!: () => void;
  const firstPaint = new Promise<void>((resolve) => (read = resolve));
  const { guide } = await renderWhole(memoryStore({ agentName: 'Morag Innes', playbookId: 'moray' }), today(14), null, firstPaint);
  return { guide, read };
}

describe('the panel', () => {
  it('asks for name and organisation on first run, then shows the greeting', async () => {
    const store = memoryStore();
    await renderPanel(store);
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Morag Innes' } });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'moray' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save and show greeting' }));
    });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Greeting' })).toHaveTextContent(
        'Good Afternoon Moray Housing Partnership, Morag Innes speaking, how can I help you?',
      ),
    );
    expect(store.value).toMatchObject({ agentName: 'Morag Innes', playbookId: 'moray' });
  });

  it('keeps what was typed on screen and says so when the settings cannot be written', async () => {
    await renderPanel(memoryStore(null, true));
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Morag Innes' } });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'moray' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save and show greeting' }));
    });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('could not be saved'));
    expect(screen.getByLabelText('Your name')).toHaveValue('Morag Innes');
  });

  it('switches between a new and a transferred call greeting', async () => {
    await renderPanel(memoryStore({ agentName: 'Rhian', playbookId: 'carmarthenshire-communities', agentPhone: '01267 234567' }), 9);
    const transferred = screen.getByRole('button', { name: 'Transferred call' });
    expect(transferred).toHaveAttribute('aria-pressed', 'false');
    await act(async () => {
      fireEvent.click(transferred);
    });
    expect(transferred).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: 'Greeting' })).toHaveTextContent('01267 234567');
  });

  it('shows a notice instead of crashing when stored settings are unreadable', async () => {
    await renderPanel(memoryStore({ agentName: ['not', 'a', 'name'] }));
    expect(screen.getByRole('alert')).toHaveTextContent('Your saved settings could not be read');
    expect(screen.getByRole('heading', { name: 'Set up the call guide' })).toBeInTheDocument();
  });

  it('applies keys pressed while the saved call is still being read, in order, none lost', async () => {
    const { guide, read } = await renderWhileReading();
    await alt('KeyC', 'c');
    await alt('KeyN', 'n');
    expect(guide.call.call.value).toBeNull();
    await act(async () => read());
    await waitFor(() => expect(guide.call.call.value?.stage).toBe('caller'));
    expect(screen.getByLabelText('Title', { exact: true })).toBeInTheDocument();
  });

  it('applies the steps of a protocol pressed while the saved call is still being read, each on the step it was meant for', async () => {
    const { guide, read } = await renderWhileReading();
    await alt('KeyC', 'c');
    await alt('KeyA', 'a');
    // "Said it" on the warning, then "Call ended" on the next step: two presses, two steps.
    await alt('Enter', 'Enter');
    await alt('Enter', 'Enter');
    expect(guide.call.call.value).toBeNull();
    await act(async () => read());
    await waitFor(() => expect(guide.call.call.value?.protocol?.callEnded).toBe(true));
    expect(await screen.findByLabelText("The caller's exact words")).toBeInTheDocument();
  });

  it('shows a safeguarding protocol at once while the saved call is still being read, and runs it in the call once it is', async () => {
    const { guide, read } = await renderWhileReading();
    await alt('KeyC', 'c');
    await alt('KeyX', 'x');
    expect(screen.getByRole('heading', { level: 2, name: /self-harm/i })).toBeInTheDocument();
    expect(guide.call.call.value).toBeNull();
    await act(async () => read());
    await waitFor(() => expect(guide.call.call.value?.protocol?.protocolId).toBe('self-harm'));
  });
});
