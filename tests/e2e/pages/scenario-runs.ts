import { expect, type Page } from '@playwright/test';
import { greetAndName } from './call-steps';
import { ORGANISATION_RUNS } from './organisation-runs';
import { CallPage, ProtocolPage } from './panel-page';
import { TrainingPage } from './training-page';

/**
 * Each training scenario acted correctly in the panel, as a trainee would, by role and name.
 * tests/unit/training/runs.ts does the same with the pure transitions.
 */
export interface ScenarioRun {
  /** The organisation the agent is set up for. */
  organisation: string;
  run(page: Page): Promise<void>;
}

const MORAY = 'Moray Housing Partnership';
const COMMUNITIES = 'Carmarthenshire County Council, Department for Communities';
const CROYDON = 'Croydon Council Repairs Contact Centre';

async function spell(page: Page, detail: 'email' | 'address', confirmed: string): Promise<void> {
  const call = new CallPage(page);
  await call.button(`Spell ${detail}`).click();
  await expect(page.getByRole('textbox', { name: 'Spell' })).not.toHaveValue('');
  await call.button('Back to the call').click();
  await page.getByLabel(confirmed).check();
}

async function closeAndEnd(page: Page, copySummary: boolean): Promise<void> {
  const call = new CallPage(page);
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
  if (copySummary) {
    // Copied once it is on the clipboard (emptied first: an earlier test's summary may be there).
    // On a busy machine that can take longer than the next click, and End call would then ask.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await call.button('Copy summary').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Call on');
  }
  await call.button('End call').click();
  if (!copySummary) await call.button('End without copying').click();
}

/** Communities 6.7 after the call: a break, the line manager told, the record (ADOR1), support. */
async function abusiveAfterCall(page: Page, words: string): Promise<void> {
  const protocol = new ProtocolPage(page);
  await protocol.action('Call ended').click();
  await protocol.action('Done, next step').click();
  await protocol.action('Done, next step').click();
  await protocol.field("The caller's exact words").fill(words);
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await protocol.action('Done, next step').click();
  await protocol.action('Finish').click();
}

async function selfHarmEnd(page: Page): Promise<void> {
  const protocol = new ProtocolPage(page);
  await protocol.action('Call ended: review').click();
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await protocol.action('Finish').click();
}

export const SCENARIO_RUNS: Record<string, ScenarioRun> = {
  'ordinary-call': {
    organisation: 'The Calico Group',
    async run(page) {
      const call = await greetAndName(page, 'Ms', 'Shah');
      await call.field('Email').fill('priya.shah-42@example.org');
      await spell(page, 'email', 'Email confirmed');
      await call.field('Address').fill('Flat 2, 18 Mill Lane, Burnley BB11 9ZZ');
      await spell(page, 'address', 'Address confirmed');
      await call.button('Next step').click();
      await call.field('What the call is about').fill('Boiler service missed; rebook');
      await call.button('Next step').click();
      await page.getByLabel('Asked if there is anything else').check();
      await call.button('Copy summary').click();
      await call.button('End call').click();
    },
  },

  'long-hold': {
    organisation: COMMUNITIES,
    async run(page) {
      const call = await greetAndName(page, 'Mr', 'Nowak');
      await call.placeOnHoldWithAgreement();
      for (let check = 0; check < 3; check += 1) {
        await page.clock.fastForward('01:01');
        await expect(call.holdBar()).toContainText('Check in with the caller now');
        await call.button('Checked in').click();
      }
      await page.clock.fastForward('01:00');
      await expect(call.holdBar()).toContainText('offer to call back');
      await call.button('Arrange a call-back').click();
      await call.field('What the call is about').fill('Broken window, repair not yet booked');
      await call.field('Agreed call-back time').fill('This afternoon');
      await call.button('Promise call-back').click();
      await call.button('Copy message').click();
      await call.button('Back to the call').click();
      await closeAndEnd(page, false);
    },
  },

  'warm-transfer': {
    organisation: COMMUNITIES,
    async run(page) {
      const call = await greetAndName(page, 'Mrs', 'Hughes');
      await call.button('Transfer').click();
      await call.button('Copy briefing').click();
      await call.field('Transferred to').fill('Sam Okafor, Rents');
      await call.button('Transfer done').click();
      await closeAndEnd(page, true);
    },
  },

  'abusive-calms': {
    organisation: CROYDON,
    async run(page) {
      const call = new CallPage(page);
      const protocol = new ProtocolPage(page);
      await call.button('Start call').click();
      await call.button('Abusive caller').click();
      await protocol.action('Said it').click();
      await protocol.action('Behaviour stopped').click();
      await call.button('Next step').click();
      await call.field('Title').fill('Mr');
      await call.field('Surname').fill('Cole');
      await closeAndEnd(page, true);
    },
  },

  'abusive-terminated': {
    organisation: COMMUNITIES,
    async run(page) {
      const call = new CallPage(page);
      const protocol = new ProtocolPage(page);
      await call.button('Start call').click();
      await call.button('Abusive caller').click();
      for (let warning = 1; warning <= 5; warning += 1) {
        await protocol.action('Said it').click();
        await expect(page.getByText(`Warnings given: ${warning} of 5`)).toBeVisible();
      }
      await abusiveAfterCall(page, 'Listen, you useless idiot. I know where your office is.');
    },
  },

  'self-harm-non-urgent': {
    organisation: MORAY,
    async run(page) {
      const call = new CallPage(page);
      const protocol = new ProtocolPage(page);
      await call.button('Start call').click();
      await call.button('Self-harm').click();
      await protocol.action('Done, next step').click();
      await protocol.action('Colleague alerted').click();
      await protocol.action('Done, next step').click();
      await protocol.field('Where the caller is').fill('At home, 12 Birch Row, Thornton Heath');
      await protocol.action('Not urgent: referral advice').click();
      await page.getByRole('region', { name: 'Referral numbers' }).getByRole('listitem').filter({ hasText: 'Samaritans' }).getByLabel('Given to the caller').check();
      await selfHarmEnd(page);
    },
  },

  'self-harm-emergency': {
    organisation: MORAY,
    async run(page) {
      const call = new CallPage(page);
      const protocol = new ProtocolPage(page);
      await call.button('Start call').click();
      await call.button('Self-harm').click();
      await protocol.step(/2\. Get a support partner/).click();
      await protocol.action('Colleague alerted').click();
      await protocol.step(/3\. Gather information/).click();
      await protocol.field('Where the caller is').fill('Bus shelter, Elm Road, by the park gates');
      await page.getByRole('button', { name: 'Serious risk or immediate danger: dial 999' }).first().click();
      await protocol.action('999 called').click();
      await selfHarmEnd(page);
    },
  },
  ...ORGANISATION_RUNS,
};

/** Longhurst's self-harm scenario asks for the same steps as the general one, under Longhurst's guide. */
SCENARIO_RUNS['longhurst-self-harm'] = { organisation: 'Longhurst & Havelok Homes', run: SCENARIO_RUNS['self-harm-non-urgent']!.run };

/** Opens the panel, sets the agent up, and turns training on. */
export async function intoTraining(page: Page, open: () => Promise<void>, setUp: (name: string, organisation: string) => Promise<void>, organisation: string): Promise<TrainingPage> {
  await open();
  await setUp('Calum Reid', organisation);
  const training = new TrainingPage(page);
  await training.enter();
  return training;
}
