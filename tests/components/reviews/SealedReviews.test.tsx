// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { monthOf } from '../../../lib/reviews/month';
import { isSealedContent } from '../../../lib/reviews/record';
import type { UnlockedKey } from '../../../lib/sealing/age';
import { teamLeaderKeysItem } from '../../../lib/sealing/config';
import { saveReviewSealedTo } from '../../../lib/sealing/review-save';
import { DAY, NOW } from '../../support/now';
import { makeKeys } from '../../unit/sealing/keys';
import { review } from '../../unit/reviews/make-review';
import { downloaded, go, renderLog } from '../incidents/render-log';

let leader: UnlockedKey;
let stranger: UnlockedKey;
beforeAll(async () => ({ leader, stranger } = await makeKeys()));
beforeEach(async () => {
  await fakeBrowser.storage.local.set({ settings: { agentName: 'Priya Shah', playbookId: 'croydon-repairs' } });
  await teamLeaderKeysItem.setValue([leader.recipient]);
});
afterEach(() => fakeBrowser.reset());

// A whole page on a fake database: more than the 5 s default on a shared two-core machine.
const PAGE = 30_000;
const month = monthOf(NOW);
const SECRET = 'Talked over the caller twice';

async function sealedReviews() {
  const made = review('Dan Okafor', month.start + DAY, 'met', { hold: 'not-met' });
  const sealed = { ...made, content: { ...made.content, improvements: SECRET } };
  const log = await renderLog({ now: NOW, hash: '#/quality' });
  await saveReviewSealedTo(log.db, sealed, [leader.recipient], NOW);
  await saveReviewSealedTo(log.db, review('Dan Okafor', month.start + 2 * DAY), [stranger.recipient], NOW);
  return { ...log, made: sealed };
}

async function unlockWith(identity: string) {
  const key = await screen.findByRole('textbox', { name: 'Paste the key (AGE-SECRET-KEY-1…)' });
  fireEvent.input(key, { target: { value: identity } });
  await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Unlock' })));
  expect(await screen.findByText(/Unlocked with team leader key/)).toBeInTheDocument();
}

describe('sealed call quality reviews in the log', () => {
  it('locked: the month’s coverage from the envelopes, saying the details are sealed; a review asks for the key', async () => {
    const { made } = await sealedReviews();
    expect(await screen.findByText(/Reviews here are sealed/, {}, { timeout: PAGE })).toBeInTheDocument();
    const coverage = await screen.findByRole('table', { name: /Reviews per agent in/ });
    await waitFor(() => expect(within(coverage).getByRole('row', { name: /Dan Okafor/ })).toHaveTextContent('2 of 3'));
    expect(screen.queryByRole('button', { name: 'Export this month as CSV' })).not.toBeInTheDocument();
    expect(await screen.findByText(/The scores per item leave out 2 reviews whose content is sealed and opens only with a team leader key/)).toBeInTheDocument();
    expect(screen.getByText('No item can be scored here: the marks of the reviews in these six months are sealed.')).toBeInTheDocument();

    await go(`#/quality/review/${made.id}`);
    const record = await screen.findByRole('article', { name: /^Call quality review: Dan Okafor/ });
    expect(record).toHaveTextContent('This review is sealed');
    expect(record).toHaveTextContent(/93%: met 14/);
    expect(document.body.textContent).not.toContain(SECRET);
    await act(async () => void fireEvent.click(within(record).getByRole('button', { name: 'Unlock to read this review' })));
    // The log's own unlock form, the one for the incidents too, with the key field focused.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Paste the key (AGE-SECRET-KEY-1…)' })).toHaveFocus());
    await unlockWith(leader.identity);
    const opened = await screen.findByRole('article', { name: /^Call quality review: Dan Okafor/ });
    await waitFor(() => expect(opened).toHaveTextContent(SECRET));
    expect(within(opened).getByRole('button', { name: 'Print for the one-to-one' })).toBeInTheDocument();
  }, PAGE);

  it('unlocked: corrects a review sealed again; a review sealed to another key says so; the CSV leaves it out and says so', async () => {
    const { db, made, download } = await sealedReviews();
    const unlock = await screen.findByRole('button', { name: 'Unlock to read the reviews' }, { timeout: PAGE });
    await act(async () => void fireEvent.click(unlock));
    await unlockWith(leader.identity);

    await go(`#/quality/review/${made.id}/correct`);
    const improve = await screen.findByRole('textbox', { name: 'Areas to improve' });
    expect(improve).toHaveValue(SECRET);
    fireEvent.input(improve, { target: { value: 'Let the caller finish' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Your name (signs the review)' }), { target: { value: 'Alex Boyd' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save correction' })));
    const record = await screen.findByRole('article', { name: /^Call quality review: Dan Okafor/ });
    await waitFor(() => expect(record).toHaveTextContent(/Areas to improve: “Talked over the caller twice” became “Let the caller finish”/));
    const stored = await db.reviewContents.get(made.id);
    expect(stored && isSealedContent(stored)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('caller finish');

    const [other] = (await db.reviews.toArray()).filter((envelope) => envelope.id !== made.id);
    const before = JSON.stringify(await db.reviewContents.get(other!.id));
    await go(`#/quality/review/${other!.id}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('sealed to other team leader keys');
    expect(JSON.stringify(await db.reviewContents.get(other!.id))).toBe(before);

    await go('#/quality');
    const exportButton = await screen.findByRole('button', { name: 'Export this month as CSV' });
    await act(async () => void fireEvent.click(exportButton));
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect((await downloaded(download)).text).toContain('Let the caller finish');
    expect(screen.getByRole('alert')).toHaveTextContent('1 review of the month could not be opened with the key in use');
  }, PAGE);
});
