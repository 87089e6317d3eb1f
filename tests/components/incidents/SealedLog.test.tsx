// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKey, type UnlockedKey } from '../../../lib/sealing/age';
import { teamLeaderKeysItem } from '../../../lib/sealing/config';
import { saveSealedIncident } from '../../../lib/sealing/save';
import { NOW } from '../../support/now';
import { followUp, makeIncident } from '../../unit/incidents/make-incident';
import { makeKeys } from '../../unit/sealing/keys';
import { renderLog } from './render-log';

let leader: UnlockedKey;
let stranger: UnlockedKey;
beforeAll(async () => ({ leader, stranger } = await makeKeys()));
afterEach(() => fakeBrowser.reset());

const secret = makeIncident({ id: 'sealed-1', notes: 'He said he would burn the office down', followUps: [followUp({ dueAt: NOW + 3_600_000 })] });

async function sealedLog() {
  await teamLeaderKeysItem.setValue([leader.recipient]);
  const log = await renderLog({ now: NOW });
  await saveSealedIncident(log.db, secret, [leader.recipient], NOW);
  await screen.findByText('Sealed');
  return log;
}

async function unlockWith(paste: string) {
  await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Unlock with team leader key' })));
  fireEvent.input(screen.getByRole('textbox', { name: 'Paste the key (AGE-SECRET-KEY-1…)' }), { target: { value: paste } });
  await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Unlock' })));
}

describe('the sealed log', () => {
  it('without a key shows kind, date, status and follow-ups only, and says so', async () => {
    await sealedLog();
    const table = screen.getByRole('table');
    expect(within(table).getByText('Abusive call')).toBeInTheDocument();
    expect(within(table).getByText('Open')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('burn');
    expect(screen.getByText(/Incidents here are sealed/)).toBeInTheDocument();
    expect(screen.queryByText(/not sealed: anyone using this browser profile/)).not.toBeInTheDocument();
  });

  it('refuses a key it was not sealed to, then unlocks with the right one and locks again', async () => {
    await sealedLog();
    await unlockWith(stranger.identity);
    expect(await screen.findByRole('alert')).toHaveTextContent('sealed to other team leader keys');
    fireEvent.input(screen.getByRole('textbox', { name: 'Paste the key (AGE-SECRET-KEY-1…)' }), { target: { value: leader.identity } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Unlock' })));
    expect(await screen.findByText(/Unlocked with team leader key/)).toBeInTheDocument();
    expect(await screen.findByText(secret.summary)).toBeInTheDocument();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Lock now' })));
    expect(await screen.findByText('Sealed')).toBeInTheDocument();
    expect(screen.queryByText(secret.summary)).not.toBeInTheDocument();
  });

  it('unlocks with a key file protected by a passphrase', async () => {
    const { file, recipient } = await createKey(NOW, 'open sesame please', 10);
    await teamLeaderKeysItem.setValue([recipient]);
    const log = await renderLog({ now: NOW });
    await saveSealedIncident(log.db, secret, [recipient], NOW);
    await act(async () => void fireEvent.click(await screen.findByRole('button', { name: 'Unlock with team leader key' })));
    const input = screen.getByLabelText('Or choose the key file');
    await act(async () => void fireEvent.change(input, { target: { files: [new File([file], 'team-leader-key.age')] } }));
    expect(await screen.findByText(/This key file is protected/)).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Passphrase (only if the key file has one)'), { target: { value: 'open sesame please' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Unlock' })));
    expect(await screen.findByText(secret.summary)).toBeInTheDocument();
  });

  it('gives an honest warning when incidents are not sealed', async () => {
    await renderLog({ now: NOW });
    expect(await screen.findByText(/anyone using this browser profile can read, export or delete them/)).toBeInTheDocument();
  });
});

describe('controls taken away by policy (restrictions)', () => {
  it('are not shown: exports, deletion, backup import and the retention period', async () => {
    const old = makeIncident({ id: 'old', createdAt: NOW - 400 * 86_400_000, status: 'reviewed', review: { by: 'A', at: NOW - 399 * 86_400_000, note: '' } });
    await renderLog({ now: NOW, incidents: [old], hash: '#/data', policy: { restrictions: ['export', 'delete', 'backupImport', 'retentionChange'] } });
    expect(await screen.findByText(/1 reviewed incident recorded before/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download a backup/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Import a backup')).not.toBeVisible();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /first \(JSON\)/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the retention period' })).not.toBeInTheDocument();
  });
});
