// @vitest-environment happy-dom
/**
 * The referral catalogue loads after the panel's first paint. A protocol step that shows it waits
 * for it, so an incident is never recorded without the names of the services given.
 */
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { referralCatalogue } from '../../../content';
import type { ReferralDirectory } from '../../../content/schema';
import { today } from '../../support/now';
import { memoryStore, renderPanel } from '../render-panel';

const click = async (name: string | RegExp) => {
  const button = await screen.findByRole('button', { name });
  await act(async () => void fireEvent.click(button));
};
const morag = { agentName: 'Morag Innes', playbookId: 'moray', team: '', agentPhone: '' };

describe('the referral catalogue, loaded after the first paint', () => {
  it('the incident record waits for it, then saves as ever; the greeting and the protocol never did', async () => {
    let arrive!: (list: ReferralDirectory) => void;
    let asked = 0;
    const load = () => {
      asked += 1;
      return new Promise<ReferralDirectory>((resolve) => (arrive = resolve));
    };
    const { guide } = await renderPanel(memoryStore(morag), today(14), null, undefined, load);
    expect(screen.getByRole('region', { name: 'Greeting' })).toBeInTheDocument();

    await click('Abusive caller');
    expect(screen.getByRole('heading', { name: /^Abusive call/, level: 2 })).toBeInTheDocument();
    expect(asked).toBe(1);
    await click('Said it');
    await click('Call ended');
    const step = screen.getByRole('article', { name: /^Step 3 of 4/ });
    expect(within(step).getByText('Loading…')).toBeInTheDocument();
    expect(within(step).queryByRole('button', { name: 'Save incident' })).toBeNull();
    expect(guide.app.referrals.value).toBeUndefined();

    await act(async () => arrive(referralCatalogue));
    await click('Save incident');
    expect(await screen.findByText('Incident saved.')).toBeInTheDocument();
    expect(asked).toBe(1);
  });
});
