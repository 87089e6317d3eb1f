// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppStateContext } from '../../../components/context/app-state';
import { SetupForm } from '../../../components/settings/SetupForm';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import { createAppState } from '../../../lib/app-state';
import { createOrgConfig, memoryArea } from '../../../lib/settings/org-config';
import { memoryStore } from '../render-panel';
import { NOW } from '../../support/now';

describe('first run on a managed desktop', () => {
  it('says it is checking the organisation’s settings, and takes no organisation, until the policy has answered', async () => {
    let answer!: (value: unknown) => void;
    const managed = new Promise((resolve) => (answer = resolve));
    const org = createOrgConfig({
      builtins: playbooks,
      protocols,
      catalogue: referralCatalogue,
      managed: { get: () => managed, watch: () => () => {} },
      packs: memoryArea([]),
      referrals: memoryArea(null),
    });
    const app = createAppState({ settings: memoryStore(), org, now: () => NOW });
    await act(() => app.load());
    render(
      <AppStateContext.Provider value={app}>
        <SetupForm playbooks={playbooks} firstRun />
      </AppStateContext.Provider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Checking your organisation’s settings…');
    expect(screen.getByRole('combobox', { name: 'Organisation' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save and show greeting' })).toBeDisabled();

    await act(async () => {
      answer({ organisation: 'moray', locked: ['organisation'] });
      await org.policyReady();
    });
    await waitFor(() => expect(screen.queryByText('Checking your organisation’s settings…')).toBeNull());
    expect(screen.getByRole('combobox', { name: /Organisation/ })).toHaveValue('moray');
    expect(screen.getByRole('combobox', { name: /Organisation/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save and show greeting' })).toBeEnabled();
  });
});
