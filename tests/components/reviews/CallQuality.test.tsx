// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { monthOf } from '../../../lib/reviews/month';
import { saveReview } from '../../../lib/reviews/repository';
import { DAY, NOW } from '../../support/now';
import { review } from '../../unit/reviews/make-review';
import { downloaded, go, renderLog } from '../incidents/render-log';

const month = monthOf(NOW);

beforeEach(async () => {
  fakeBrowser.reset();
  // The desk is set up for Croydon: the log reviews against its CSA promise.
  await fakeBrowser.storage.local.set({ settings: { agentName: 'Priya Shah', playbookId: 'croydon-repairs' } });
});

// A whole page on a fake database: more than the 5 s default on a shared two-core machine.
const PAGE = 30_000;

describe('Call quality in the incident log', () => {
  it("records a review against Croydon's framework and shows it, signed and rated, in the month", async () => {
    const { db } = await renderLog({ now: NOW, hash: '#/quality/new' });
    // The section's code loads on first use: the first time in a run, it is compiled too.
    expect(await screen.findByRole('heading', { name: 'Record a call quality review' }, { timeout: PAGE })).toBeInTheDocument();
    await act(async () => {
      fireEvent.input(screen.getByRole('textbox', { name: 'Agent' }), { target: { value: 'Dan Okafor' } });
      fireEvent.input(screen.getByLabelText('Date and time of the call'), { target: { value: toInput(month.start + 9 * 3_600_000) } });
      for (const group of screen.getAllByRole('group')) fireEvent.click(within(group).getByRole('radio', { name: 'Met' }));
      fireEvent.click(within(screen.getAllByRole('group')[12]!).getByRole('radio', { name: 'Not met' }));
      fireEvent.input(screen.getByRole('textbox', { name: 'Your name (signs the review)' }), { target: { value: 'Tamsin Leader' } });
    });
    expect(screen.getByText(/Rating so far/).closest('p')).toHaveTextContent('93%: met 14, partly 0, not met 1 of 15 that apply; at or above the target of 80%.');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save review' }));
    });
    const heading = await screen.findByRole('heading', { name: /^Call quality review: Dan Okafor/ });
    expect(heading).toBeInTheDocument();
    expect(screen.getByText(/Tamsin Leader, /)).toBeInTheDocument();
    const [stored] = await db.reviews.toArray();
    expect(stored).toMatchObject({ agentName: 'Dan Okafor', playbookId: 'croydon-repairs', framework: 'CSA promise', signed: { by: 'Tamsin Leader', at: NOW } });

    await go('#/quality');
    const coverage = await screen.findByRole('table', { name: /Reviews per agent in/ });
    expect(within(coverage).getByRole('row', { name: /Dan Okafor/ })).toHaveTextContent('Dan Okafor1 of 32');
  }, PAGE);

  it('shows who is short of three reviews with the days left, the weakest items, and exports the month', async () => {
    const { db, download } = await renderLog({ now: NOW, hash: '#/quality' });
    for (const each of [
      review('Priya Shah', month.start + DAY, 'met', { hold: 'not-met' }),
      review('Priya Shah', month.start + 2 * DAY, 'met', { hold: 'partly' }),
      review('Priya Shah', month.start + 3 * DAY),
      review('Dan Okafor', month.start + DAY, 'met', { nato: 'not-met', hold: 'not-met' }),
      review('Ellis Grant', month.start - DAY),
    ]) {
      await saveReview(db, each);
    }
    // The month follows the database: it shows each review as it is saved.
    const short = await screen.findByText(/^Short of 3 reviews: Ellis Grant needs 3 more, Dan Okafor needs 2 more;/);
    expect(short).toHaveTextContent(/; \d+ days? left this month/);
    // The trends are read after the month, and follow the database too.
    await waitFor(() => {
      const weakest = screen.getByRole('list', { name: 'The items the team struggles with most, over six months:' });
      expect(within(weakest).getAllByRole('listitem')[0]).toHaveTextContent(/^I will ask for the resident's approval.*: 50%$/);
    });
    expect(screen.getByRole('img', { name: /Average rating per agent over six months/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Score per item/ })).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export this month as CSV' }));
    });
    await waitFor(() => expect(download).toHaveBeenCalled());
    const file = await downloaded(download);
    expect(file.name).toBe(`call-quality-${month.key}.csv`);
    expect(file.text.split('\r\n')).toHaveLength(5);
  }, PAGE);

  it('corrects a review, recording who changed what', async () => {
    const { db } = await renderLog({ now: NOW, hash: '' });
    const saved = review('Priya Shah', month.start + DAY, 'met', { hold: 'partly' });
    await saveReview(db, saved);
    await go(`#/quality/review/${saved.id}/correct`);
    await screen.findByRole('heading', { name: /^Correct the review/ });
    await act(async () => {
      fireEvent.click(within(screen.getAllByRole('group')[12]!).getByRole('radio', { name: 'Met' }));
      fireEvent.input(screen.getByRole('textbox', { name: 'Your name (signs the review)' }), { target: { value: 'Sam Manager' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    });
    await screen.findByRole('heading', { name: 'Corrections' });
    expect(screen.getByText(/Sam Manager:/).closest('li')).toHaveTextContent('“Partly” became “Met”');
    expect((await db.reviews.get(saved.id))!.rating.percent).toBe(100);
  }, PAGE);
});

function toInput(time: number): string {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
