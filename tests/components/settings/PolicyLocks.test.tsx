// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { memoryStore, renderPanel } from '../render-panel';
import { today } from '../../support/now';

const agent = { agentName: 'Morag Innes', playbookId: 'carmarthenshire-communities', team: 'Lettings', greetingLanguage: 'playbook' };

describe('settings an organisation locks with a value the guide cannot use', () => {
  it('stay locked: the retention period and the team cannot be edited, and the problem is named', async () => {
    const { guide } = await renderPanel(memoryStore(agent), today(14), { retentionMonths: 240, team: 7, locked: ['retentionMonths', 'team'] });
    // The policy is read alongside start-up, not waited for: wait for it here.
    await act(() => guide.app.org.policyReady());
    await act(() => {
      guide.app.view.value = 'settings';
    });
    expect(await screen.findByRole('textbox', { name: /Keep reviewed incidents for \(months\)/ })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /Team/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /Keep call-backs marked done for \(days\)/ })).toBeEnabled();
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent('retentionMonths:');
  });
});

describe('done call-backs', () => {
  it('are kept for the period the organisation’s policy sets and locks', async () => {
    const { guide } = await renderPanel(memoryStore(agent), today(14), { callBackRetentionDays: 14, locked: ['callBackRetentionDays'] });
    // The policy is read alongside start-up, not waited for: wait for it here.
    await act(() => guide.app.org.policyReady());
    await act(() => {
      guide.app.view.value = 'settings';
    });
    const days = await screen.findByRole('textbox', { name: /Keep call-backs marked done for \(days\)/ });
    await waitFor(() => expect(days).toHaveValue('14'));
    expect(days).toBeDisabled();
    expect(days).toHaveAccessibleDescription(expect.stringContaining('Set by your organisation'));
  });
});

describe('call quality reviews', () => {
  it('show the target and minimum the organisation’s policy sets, locked by it, through the effective configuration', async () => {
    const croydon = { ...agent, playbookId: 'croydon-repairs' };
    const { guide } = await renderPanel(memoryStore(croydon), today(14), { callQuality: { targetPercent: 85, minimumPerMonth: 4 } });
    await act(() => guide.app.org.policyReady());
    await act(() => {
      guide.app.view.value = 'settings';
    });
    const card = await screen.findByRole('region', { name: 'Call quality reviews' });
    expect(card).toHaveTextContent('Target rating85% Set by your organisation');
    expect(card).toHaveTextContent('Reviews per agent a month, at least4 Set by your organisation');
    expect(within(card).getByText('Set by your organisation', { selector: 'p' })).toBeInTheDocument();
  });

  it('without a policy show the playbook’s own, from its standard, not locked; a bad value is named', async () => {
    const croydon = { ...agent, playbookId: 'croydon-repairs' };
    const { guide } = await renderPanel(memoryStore(croydon), today(14), { callQuality: { targetPercent: 180 } });
    await act(() => guide.app.org.policyReady());
    await act(() => {
      guide.app.view.value = 'settings';
    });
    const card = await screen.findByRole('region', { name: 'Call quality reviews' });
    expect(card).toHaveTextContent('Target rating80% Croydon Our Service Levels');
    expect(card).toHaveTextContent('Reviews per agent a month, at least3 Croydon Call quality framework');
    expect(within(card).queryByText('Set by your organisation', { selector: 'p' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent(/callQuality: targetPercent .*, so the playbook’s figures apply/);
  });
});

describe('playbook packs', () => {
  it('cannot be imported or removed on the desktop when the policy locks them', async () => {
    const { guide } = await renderPanel(memoryStore(agent), today(14), { locked: ['packs'] });
    // The policy is read alongside start-up, not waited for: wait for it here.
    await act(() => guide.app.org.policyReady());
    await act(() => {
      guide.app.view.value = 'settings';
    });
    const input = await screen.findByLabelText('Import a playbook pack');
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Set by your organisation'));
  });
});
