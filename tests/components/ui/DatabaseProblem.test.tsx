// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseProblem, RESCUE_FORMAT } from '../../../components/ui/DatabaseProblem';
import { unopenedDatabase } from '../../../lib/db-handle';
import { readEverything } from '../../../lib/db-rescue';
import { makeUnupgradable, savedDraft, unreadable } from '../../unit/robustness/unopenable-db';
import { isoDate, NOW } from '../../support/now';
import { memoryStore, renderPanelOn } from '../render-panel';

afterEach(() => {
  unopenedDatabase.value = null;
});

describe('a database that will not open', () => {
  it('the panel says so, keeps working, and exports what is stored as it is', async () => {
    const name = `unopenable-${Math.random()}`;
    await makeUnupgradable(name);
    const { guide } = await renderPanelOn(name, memoryStore({ agentName: 'Morag Innes', playbookId: 'moray' }), NOW);

    const alert = await screen.findByRole('alert', { name: 'Saved data cannot be opened' });
    expect(alert).toHaveTextContent('nothing new is being saved');
    expect(alert).toHaveTextContent('Nothing has been deleted');
    expect(alert).toHaveTextContent('TypeError');
    // The guidance still works: the greeting, and a call can be started and written down.
    expect(screen.getByRole('region', { name: 'Greeting' })).toHaveTextContent('Morag Innes');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Start call' }));
    });
    expect(guide.call.call.value).not.toBeNull();
    expect(await screen.findByText(/This call has not been saved: the saved data cannot be opened/)).toBeInTheDocument();

    // The database is exactly as it was.
    expect(await readEverything(name)).toEqual({ incidents: [unreadable], drafts: [savedDraft], callBacks: [] });
  });

  it('"Export what is stored" downloads every store read-only, and says how many records', async () => {
    const name = `export-${Math.random()}`;
    await makeUnupgradable(name);
    unopenedDatabase.value = { name, reason: 'TypeError: map is not a function' };
    const download = vi.fn();
    render(<DatabaseProblem download={download} now={() => NOW} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export what is stored' }));
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Exported 2 records'));
    const [blob, filename] = download.mock.calls[0] as [Blob, string];
    expect(filename).toBe(`call-guide-rescue-${isoDate(NOW)}.json`);
    expect(JSON.parse(await blob.text())).toEqual({
      format: RESCUE_FORMAT,
      exportedAt: new Date(NOW).toISOString(),
      database: name,
      stores: { incidents: [unreadable], drafts: [savedDraft], callBacks: [] },
    });
  });

  it('says so when even reading fails, and offers to try again', async () => {
    unopenedDatabase.value = { name: 'gone', reason: 'UnknownError' };
    const download = vi.fn();
    const reload = vi.fn();
    render(<DatabaseProblem download={download} now={() => NOW} read={() => Promise.reject(new Error('backing store'))} reload={reload} />);
    const alert = screen.getByRole('alert', { name: 'Saved data cannot be opened' });
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Export what is stored' }));
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing could be read (backing store)');
    expect(download).not.toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('"Try again" with a call on screen says the call goes with the reload, and lets the agent keep it', async () => {
    unopenedDatabase.value = { name: 'x', reason: 'UnknownError' };
    const reload = vi.fn();
    render(<DatabaseProblem download={vi.fn()} now={() => NOW} reload={reload} unsaved={() => true} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByText(/the call on screen goes with it: it has not been saved/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the call on screen' }));
    expect(screen.queryByText(/the call on screen goes with it/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reload anyway' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows nothing while the database is fine', () => {
    render(<DatabaseProblem download={vi.fn()} now={() => NOW} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
