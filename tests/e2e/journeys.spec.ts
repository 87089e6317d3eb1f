import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MONDAY_14_00 } from './support/clock';
import type { PanelPage } from './pages/panel-page';

// Five journeys through the panel, counted: clicks with the mouse, key presses from the keyboard
// (what the agent types as content is not counted; every Tab, Enter, Space and shortcut is). The
// figures go to .test-results/journeys.json and into the README. `JOURNEYS_BEFORE=1` drives the
// same journeys with only what the guide offered before the strip and its shortcuts (Tab to each
// control), which is how the README's "before" column was taken from the earlier build.
const BEFORE = process.env.JOURNEYS_BEFORE === '1';
const results: Record<string, { clicks: number; keys: number; scrolls: number }> = {};

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test.afterAll(() => {
  const dir = resolve(import.meta.dirname, '../../.test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, BEFORE ? 'journeys-before.json' : 'journeys.json'), `${JSON.stringify(results, null, 2)}\n`);
});

type Mode = 'mouse' | 'keyboard';

// The most each journey may take in this build (README, "Journeys"): more means focus was lost, a
// shortcut stopped working or something the agent needs went below the fold.
const BUDGET: Record<string, { clicks: number; keys: number; scrolls: number }> = {
  'ordinary call (mouse)': { clicks: 11, keys: 0, scrolls: 2 },
  'abusive call to the incident saved (mouse)': { clicks: 6, keys: 0, scrolls: 1 },
  'self-harm, not urgent (mouse)': { clicks: 10, keys: 0, scrolls: 2 },
  'self-harm to the 999 summary copied (mouse)': { clicks: 9, keys: 0, scrolls: 2 },
  'ordinary call (keyboard)': { clicks: 0, keys: 30, scrolls: 0 },
  'self-harm, not urgent (keyboard)': { clicks: 0, keys: 35, scrolls: 0 },
  'abusive call to the incident saved (keyboard)': { clicks: 0, keys: 7, scrolls: 0 },
  'self-harm to the 999 summary copied (keyboard)': { clicks: 0, keys: 22, scrolls: 0 },
};

function record(name: string, driver: Driver) {
  const counted = { clicks: driver.clicks, keys: driver.keys, scrolls: driver.scrolls };
  results[name] = counted;
  if (BEFORE) return;
  const budget = BUDGET[name]!;
  expect(counted.clicks, `${name}: clicks`).toBeLessThanOrEqual(budget.clicks);
  expect(counted.keys, `${name}: key presses`).toBeLessThanOrEqual(budget.keys);
  expect(counted.scrolls, `${name}: controls scrolled to`).toBeLessThanOrEqual(budget.scrolls);
}

/** Drives the panel by mouse or keyboard and counts every press. */
class Driver {
  clicks = 0;
  keys = 0;
  /** Clicks on something that was not on screen (under the sticky strip or below the fold) until scrolled to. */
  scrolls = 0;
  constructor(
    readonly page: Page,
    readonly mode: Mode,
  ) {}

  private async focusedName(): Promise<string | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const labelled =
        element.getAttribute('aria-label') ??
        (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
        element.closest('label')?.textContent;
      return (labelled ?? element.textContent ?? '').trim();
    });
  }

  private async tabTo(name: string | RegExp): Promise<void> {
    const matches = (text: string | null) => text !== null && (typeof name === 'string' ? text === name : name.test(text));
    if (matches(await this.focusedName())) return;
    for (let presses = 0; presses < 120; presses += 1) {
      await this.page.keyboard.press('Tab');
      this.keys += 1;
      if (matches(await this.focusedName())) {
        if (process.env.JOURNEYS_DEBUG) console.log(`${String(name)}: ${presses + 1} Tabs`);
        return;
      }
    }
    throw new Error(`Tab never reached "${String(name)}"`);
  }

  private async countScroll(target: Locator): Promise<void> {
    await target.waitFor();
    const hidden = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const strip = element.closest('.panel-strip') ? 0 : (document.querySelector('.panel-strip')?.getBoundingClientRect().bottom ?? 0);
      return box.top < strip || box.bottom > window.innerHeight;
    });
    if (hidden) this.scrolls += 1;
    if (hidden && process.env.JOURNEYS_DEBUG) console.log(`scrolled to ${String(target)}`);
  }

  private async key(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.keys += 1;
  }

  /** A button: clicked, or its shortcut (where this build has one), or Tab to it and Enter. */
  async press(name: string | RegExp, shortcut?: string): Promise<void> {
    if (this.mode === 'mouse') {
      const button = this.page.getByRole('button', { name, exact: typeof name === 'string' }).first();
      await this.countScroll(button);
      await button.click();
      this.clicks += 1;
    } else if (shortcut && !BEFORE) {
      await this.key(shortcut);
    } else {
      await this.tabTo(name);
      await this.key('Enter');
    }
  }

  /** A shortcut the guide had before this change too; by mouse, its button. */
  async command(shortcut: string, button: string | RegExp): Promise<void> {
    if (this.mode === 'keyboard') await this.key(shortcut);
    else await this.press(button);
  }

  async fill(label: string, text: string): Promise<void> {
    if (this.mode === 'mouse') {
      const field = this.page.getByLabel(label, { exact: true }).first();
      await this.countScroll(field);
      await field.click();
      this.clicks += 1;
    } else {
      await this.tabTo(label);
    }
    await this.page.keyboard.type(text);
  }

  async check(label: string | RegExp): Promise<void> {
    if (this.mode === 'mouse') {
      const box = this.page.getByLabel(label).first();
      await this.countScroll(box);
      await box.click();
      this.clicks += 1;
    } else {
      await this.tabTo(label);
      await this.key('Space');
    }
  }
}

async function start(panel: PanelPage, organisation: string) {
  await panel.page.setViewportSize({ width: 400, height: 900 });
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', organisation);
  // The agent starts once the greeting is on screen (the settings saved): a key pressed on the
  // set-up form has no call guide to act on yet.
  await expect(panel.greeting()).toBeVisible();
  await panel.page.bringToFront();
  // Counting starts from the greeting, focus where the panel leaves it.
  await panel.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** A call started, the self-harm protocol opened, its first two steps done: at the risk questions. */
async function toRiskQuestions(driver: Driver): Promise<void> {
  await driver.press('Start call', 'Alt+C');
  await driver.command('Alt+X', 'Self-harm');
  await driver.press('Done, next step', 'Alt+Enter');
  await driver.press('Colleague alerted');
  await driver.press('Done, next step', 'Alt+Enter');
}

const startedCall = (page: Page) => expect(page.getByRole('button', { name: 'Start call' })).toBeVisible();

const JOURNEYS: Record<string, { organisation: string; run(driver: Driver): Promise<void> }> = {
  'ordinary call': {
    organisation: 'Moray Housing Partnership',
    async run(driver) {
      const { page } = driver;
      await driver.press('Start call', 'Alt+C');
      await driver.command('Alt+N', 'Next step');
      await driver.fill('Title', 'Mrs');
      await driver.fill('Surname', 'Vaughan-Price');
      await driver.check('Address confirmed');
      await driver.fill('Phone', '01632 960123');
      await driver.command('Alt+4', /^Close$/);
      await driver.check(/All the issues raised confirmed/);
      await driver.check(/What was agreed summarised/);
      await driver.press('Copy summary');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Vaughan-Price');
      await driver.press('End call', 'Alt+Q');
      await startedCall(page);
    },
  },
  'abusive call to the incident saved': {
    organisation: 'Moray Housing Partnership',
    async run(driver) {
      const { page } = driver;
      await driver.press('Start call', 'Alt+C');
      await driver.command('Alt+A', 'Abusive caller');
      await driver.press('Said it', 'Alt+Enter');
      await driver.press('Call ended', 'Alt+Enter');
      await driver.fill("The caller's exact words", 'Shouting and swearing.');
      await driver.press('Save incident', 'Alt+Enter');
      await expect(page.getByText('Incident saved.')).toBeVisible();
    },
  },
  'self-harm, not urgent': {
    organisation: 'Moray Housing Partnership',
    async run(driver) {
      const { page } = driver;
      await toRiskQuestions(driver);
      await driver.fill('Where the caller is', 'At home');
      await driver.press('Not urgent: referral advice');
      await driver.press('Call ended: review', 'Alt+Enter');
      await driver.press('Save incident', 'Alt+Enter');
      await expect(page.getByText('Incident saved.')).toBeVisible();
      await driver.press('Finish', 'Alt+Enter');
      await startedCall(page);
    },
  },
  'self-harm to the 999 summary copied': {
    organisation: 'Moray Housing Partnership',
    async run(driver) {
      const { page } = driver;
      await toRiskQuestions(driver);
      await driver.fill('Where the caller is', 'Bus shelter, High Street, Elgin');
      await driver.press('Serious risk or immediate danger: dial 999', 'Alt+9');
      await driver.press('999 called', 'Alt+9');
      await driver.press('Copy for 999');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Bus shelter, High Street, Elgin');
    },
  },
};

for (const [name, journey] of Object.entries(JOURNEYS)) {
  test(`journey, by mouse: ${name}`, async ({ panel }) => {
    await start(panel, journey.organisation);
    const driver = new Driver(panel.page, 'mouse');
    await journey.run(driver);
    record(`${name} (mouse)`, driver);
  });
}

// The same journeys from the keyboard alone (the ordinary call is the keyboard-only short call).
for (const name of Object.keys(JOURNEYS)) {
  test(`journey, keyboard only: ${name}`, async ({ panel }) => {
    const journey = JOURNEYS[name]!;
    await start(panel, journey.organisation);
    const driver = new Driver(panel.page, 'keyboard');
    await journey.run(driver);
    record(`${name} (keyboard)`, driver);
  });
}
