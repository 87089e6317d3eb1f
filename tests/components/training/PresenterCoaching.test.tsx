// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Presenter } from '../../../components/training/Presenter';
import { findPlaybook } from '../../../content';
import { askToHold, checkedIn, holdAgreed, resumeCall, startCall } from '../../../lib/call/call';
import { lazyDatabase } from '../../../lib/db-handle';
import { LIVE_CALL_DRAFT } from '../../../lib/guide';
import { openReview } from '../../../lib/reviews/open';
import { getStoredReview } from '../../../lib/reviews/repository';
import type { UnlockedKey } from '../../../lib/sealing/age';
import { teamLeaderKeysItem } from '../../../lib/sealing/config';
import { contentOpener } from '../../../lib/sealing/reviews';
import { ATTEMPT_DRAFT, newAttempt } from '../../../lib/training/attempt';
import { anchorClock } from '../../../lib/training/scenario-clock';
import type { TrainingSession } from '../../../lib/training/session';
import { NOW } from '../../support/now';
import { makeKeys } from '../../unit/sealing/keys';

let leader: UnlockedKey;
beforeAll(async () => ({ leader } = await makeKeys()));
beforeEach(async () => {
  // The training desk is set up for Croydon: coaching reviews against its CSA promise.
  await fakeBrowser.storage.local.set({ settings: { agentName: 'Calum Reid', playbookId: 'croydon-repairs' } });
});
afterEach(() => fakeBrowser.reset());

const hold = findPlaybook('croydon-repairs')!.hold;
// The checklist's code loads on first use: the first time in a run, it is compiled too.
const PAGE = 30_000;

describe('coaching in the presenter view', () => {
  it('opens the checklist beside the trainee’s call with its evidence, and saves the review in the practice database, sealed', async () => {
    await teamLeaderKeysItem.setValue([leader.recipient]);
    const database = lazyDatabase(`presenter-coaching-${Math.random()}`);
    const db = await database();
    const session = signal<TrainingSession | null>({ scenarioId: 'long-hold', clock: anchorClock(NOW, 1), showCallerLines: false });
    await db.drafts.put({ id: ATTEMPT_DRAFT, savedAt: NOW, data: newAttempt({ scenarioId: 'long-hold', startedAt: NOW, agentName: 'Calum Reid', playbookId: 'croydon-repairs', hold, speed: 1 }) });
    const call = resumeCall(checkedIn(holdAgreed(askToHold(startCall('call-1', 'new', NOW), NOW + 10_000), NOW + 12_000), NOW + 70_000), NOW + 90_000);
    await db.drafts.put({ id: LIVE_CALL_DRAFT, savedAt: NOW, data: call });
    render(<Presenter session={session} database={database} now={signal(NOW + 100_000)} organisation={() => 'Croydon'} />);

    const open = screen.getByRole('button', { name: 'Coaching' });
    expect(open).toHaveAttribute('aria-pressed', 'false');
    await act(async () => void fireEvent.click(open));
    const coaching = await screen.findByRole('region', { name: 'Coaching: CSA promise' }, { timeout: PAGE });
    await waitFor(() => expect(within(coaching).getByRole('heading', { name: 'Coaching: CSA promise' })).toHaveFocus());
    expect(coaching).toHaveTextContent('Side by side with Calum Reid.');

    // The call's own record is offered as evidence, never marked by itself.
    const holdItem = within(coaching).getByRole('group', { name: /I will ask for the resident's approval prior to placing them on hold/ });
    expect(within(holdItem).getByRole('list', { name: /Evidence from the call for item/ })).toHaveTextContent('Checked in once over 1 min 18 s on hold');
    fireEvent.click(within(holdItem).getAllByRole('button', { name: 'Accept evidence' })[0]!);
    for (const group of within(coaching).getAllByRole('group')) fireEvent.click(within(group).getByRole('radio', { name: 'Met' }));
    fireEvent.input(within(coaching).getByRole('textbox', { name: 'Strengths' }), { target: { value: 'Calm with a rising caller' } });
    fireEvent.input(within(coaching).getByRole('textbox', { name: 'Your name (signs the review)' }), { target: { value: 'Tamsin Leader' } });
    await act(async () => void fireEvent.click(within(coaching).getByRole('button', { name: 'Save review' })));
    expect(await within(coaching).findByRole('status')).toHaveTextContent("Review saved in the incident log: Calum Reid's call of");

    const [envelope] = await db.reviews.toArray();
    expect(envelope).toMatchObject({ agentName: 'Calum Reid', playbookId: 'croydon-repairs', signed: { by: 'Tamsin Leader' }, rating: { percent: 100 } });
    expect(JSON.stringify(await db.reviewContents.toArray())).not.toContain('rising caller');
    const opened = await openReview((await getStoredReview(db, envelope!.id))!, contentOpener(leader));
    expect(opened).toMatchObject({ ok: true, review: { content: { coached: true, strengths: 'Calm with a rising caller' } } });

    await act(async () => void fireEvent.click(within(coaching).getByRole('button', { name: 'Close coaching' })));
    expect(screen.queryByRole('region', { name: 'Coaching: CSA promise' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Coaching' })).toHaveAttribute('aria-pressed', 'false');
  }, PAGE);
});
