import { expect, type Page } from '@playwright/test';
import { greetAndName } from './call-steps';
import { CallPage, ProtocolPage } from './panel-page';
import type { ScenarioRun } from './scenario-runs';

/**
 * The organisations' own scenarios (content/scenarios/by-organisation.ts) acted correctly in the
 * panel, each under the organisation it is written for.
 */
const COMMUNITIES = 'Carmarthenshire County Council, Department for Communities';

/** The enquiry, then the close with the summary copied, and the call ended. */
async function enquiryToEnd(page: Page, about: string, during?: () => Promise<void>): Promise<void> {
  const call = new CallPage(page);
  await call.button('Next step').click();
  await call.field('What the call is about').fill(about);
  await during?.();
  await call.button('Next step').click();
  await call.button('Copy summary').click();
  await call.button('End call').click();
}

async function abusiveEnded(page: Page, warnings: number, words: string): Promise<void> {
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await call.button('Start call').click();
  await call.button('Abusive caller').click();
  for (let warning = 1; warning <= warnings; warning += 1) await protocol.action('Said it').click();
  await protocol.action('Call ended').click();
  await protocol.field("The caller's exact words").fill(words);
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
}

export const ORGANISATION_RUNS: Record<string, ScenarioRun> = {
  'communities-welsh': {
    organisation: COMMUNITIES,
    async run(page) {
      await greetAndName(page, 'Mrs', 'Prydderch');
      await page.getByRole('radio', { name: 'Welsh (Cymraeg)' }).check();
      await enquiryToEnd(page, 'Garden assistance scheme renewal, in Welsh');
    },
  },

  'croydon-repair': {
    organisation: 'Croydon Council Repairs Contact Centre',
    async run(page) {
      const call = await greetAndName(page, 'Mr', 'Okoro');
      await call.field('Address').fill('41 Selhurst Close, Croydon CR0 9ZZ');
      await page.getByLabel('Address confirmed').check();
      await call.field('Phone').fill('020 7946 0742');
      await page.getByLabel('Phone confirmed').check();
      await enquiryToEnd(page, 'Leaking kitchen tap');
    },
  },

  'calico-abusive': {
    organisation: 'The Calico Group',
    async run(page) {
      await abusiveEnded(page, 2, 'You lot are thieves');
      const protocol = new ProtocolPage(page);
      // The guide's default goes on: tell your line manager, then a break and support.
      await protocol.action('Done, next step').click();
      await protocol.action('Done, next step').click();
      await protocol.action('Finish').click();
    },
  },

  'moray-message': {
    organisation: 'Moray Housing Partnership',
    async run(page) {
      const call = await greetAndName(page, 'Ms', 'Grant');
      await call.button('Next step').click();
      await call.button('Message or call-back').click();
      await call.field('Nature of query').fill('Transfer application: please ring back');
      await call.field('Mobile number').fill('07700 900316');
      await call.button('Copy message').click();
      await call.button('Promise call-back').click();
      await call.button('Back to the call').click();
      await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
      await call.button('End call').click();
      await call.button('End without copying').click();
    },
  },

  'moray-abusive': {
    organisation: 'Moray Housing Partnership',
    async run(page) {
      await abusiveEnded(page, 1, 'Your man will get what is coming to him');
      const protocol = new ProtocolPage(page);
      await protocol.action('Done, next step').click();
      await protocol.action('Finish').click();
    },
  },

  'longhurst-missed': {
    organisation: 'Longhurst & Havelok Homes',
    async run(page) {
      await greetAndName(page, 'Mrs', 'Whitworth');
      await enquiryToEnd(page, 'Missed repair appointment; complaint', () => new CallPage(page).button('Complaint').click());
    },
  },

};
