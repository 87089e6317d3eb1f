// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { act, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Presenter } from '../../../components/training/Presenter';
import { askToHold, holdAgreed, startCall } from '../../../lib/call/call';
import { lazyDatabase } from '../../../lib/db-handle';
import { LIVE_CALL_DRAFT } from '../../../lib/guide';
import { ATTEMPT_DRAFT, newAttempt } from '../../../lib/training/attempt';
import { anchorClock } from '../../../lib/training/scenario-clock';
import type { TrainingSession } from '../../../lib/training/session';
import { NOW } from '../../support/now';
import { findPlaybook, playbooks, protocols, referralCatalogue } from '../../../content';
import { recordNames } from '../../../lib/settings/effective';
import { plainOrgConfig } from '../../../lib/settings/org-config';

const hold = findPlaybook('moray')!.hold;
/** As app/presenter.tsx names the organisation: from the effective configuration. */
const { organisation } = recordNames(plainOrgConfig(playbooks, protocols, referralCatalogue));

describe('the presenter view', () => {
  it('shows the caller’s line beside the panel’s state, and keeps in step with the practice database', async () => {
    const database = lazyDatabase(`presenter-${Math.random()}`);
    const db = await database();
    const session = signal<TrainingSession | null>({ scenarioId: 'long-hold', clock: anchorClock(NOW, 60), showCallerLines: false });
    const now = signal(NOW);
    await db.drafts.put({ id: ATTEMPT_DRAFT, savedAt: NOW, data: newAttempt({ scenarioId: 'long-hold', startedAt: NOW, agentName: 'Calum Reid', playbookId: 'moray', hold, speed: 60 }) });
    render(<Presenter session={session} database={database} now={now} organisation={organisation} />);

    expect(screen.getByRole('heading', { name: 'A long hold that reaches the call-back offer' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'The caller says' })).toHaveTextContent('(The phone rings.)'));
    expect(screen.getByRole('region', { name: 'The panel now' })).toHaveTextContent('Not started');

    const onHold = holdAgreed(askToHold(startCall('call-1', 'new', NOW), NOW), NOW);
    await act(async () => void (await db.drafts.put({ id: LIVE_CALL_DRAFT, savedAt: NOW, data: onHold })));
    await act(async () => void (now.value = NOW + 65_000));
    await waitFor(() => expect(screen.getByRole('region', { name: 'The panel now' })).toHaveTextContent('On hold: check in now (1:05)'));
    expect(screen.getByRole('region', { name: 'The caller says' })).toHaveTextContent('(On hold. Say nothing until the agent checks in.)');
  });

  it('says when no scenario is running', () => {
    render(<Presenter session={signal(null)} database={lazyDatabase(`presenter-${Math.random()}`)} now={signal(NOW)} organisation={organisation} />);
    expect(screen.getByText(/No scenario is running/)).toBeInTheDocument();
  });
});
