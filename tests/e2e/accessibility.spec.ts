import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CallPage, ProtocolPage, type PanelPage, showView } from './pages/panel-page';
import { axeViolations, expectNoViolations, expectNoViolationsLightAndDark } from './support/axe';
import { MONDAY_14_00 } from './support/clock';

// Each walk is a few screens, each checked in light and dark: well inside the timeout even on a busy
// machine (about 5 s a screen there).
test.describe.configure({ timeout: 60_000 });

/** The panel fits its width: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `content wider than the panel on ${where}`).toBeLessThanOrEqual(0);
}

async function check(page: Page, where: string) {
  await expectNoViolationsLightAndDark(page, where);
  await expectNoSidewaysScroll(page, where);
}

const MORAY = 'Moray Housing Partnership';
const COMMUNITIES = 'Carmarthenshire County Council, Department for Communities';

/** A 320 px panel, set up for an organisation, at an afternoon when it is open; checks the set-up form on the way. */
async function narrowPanel(panel: PanelPage, checkSetUp = false, organisation = MORAY): Promise<CallPage> {
  const { page } = panel;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  if (checkSetUp) await check(page, 'first-run set-up');
  await panel.setUp('Morag Innes', organisation);
  return new CallPage(page);
}

test('in a 320 px panel, light and dark: set-up, greeting and caller pass axe, nothing scrolls sideways', async ({ panel }) => {
  const call = await narrowPanel(panel, true);
  await check(panel.page, 'greeting');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill('Vaughan-Price');
  await check(panel.page, 'caller');
});

test('in a 320 px panel, light and dark: asking to hold, the call-back offer, message and call-back', async ({ panel }) => {
  const { page } = panel;
  const call = await narrowPanel(panel);
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.button('Place on hold').click();
  await check(page, 'asking to hold');
  await call.button('Caller agreed to hold').click();
  await page.clock.fastForward('04:01');
  await check(page, 'call-back offer on hold');
  await call.button('Arrange a call-back').click();
  await check(page, 'message and call-back');
});

test('in a 320 px panel, light and dark: enquiry, transfer, close, speller, settings, shortcuts', async ({ panel }) => {
  const { page } = panel;
  const call = await narrowPanel(panel);
  await call.button('Start call').click();
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Enquiry' }).click();
  await check(page, 'enquiry');
  await call.button('Transfer').click();
  await check(page, 'transfer');
  await call.button('Cancel transfer').click();
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
  await check(page, 'close');
  await showView(page, 'Spell');
  await page.getByRole('textbox', { name: 'Spell' }).fill('SW1A 1AA');
  await check(page, 'speller');
  await showView(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'CRM connection' })).toBeVisible();
  await check(page, 'settings');
  await page.keyboard.press('Shift+Slash');
  await check(page, 'keyboard shortcuts');
});

/** Each step of a protocol from `first` to `last`, as the agent would open it from the step list. */
async function checkSteps(panel: PanelPage, protocol: 'Abusive caller' | 'Self-harm', first: number, last: number, organisation = MORAY) {
  const { page } = panel;
  const steps = new ProtocolPage(page);
  await narrowPanel(panel, false, organisation);
  await page.getByRole('button', { name: protocol }).click();
  for (let step = first; step <= last; step += 1) {
    await steps.step(new RegExp(`^(✓ )?${step}\\. `)).click();
    if (protocol === 'Self-harm' && step === 3) await steps.field('Where the caller is').fill('Bus shelter, High Street, Elgin');
    await check(page, `${protocol}, step ${step}`);
  }
}

test('in a 320 px panel, light and dark: Communities’ abusive-call procedure, steps 1 to 5', async ({ panel }) => {
  await checkSteps(panel, 'Abusive caller', 1, 5, COMMUNITIES);
});

test('in a 320 px panel, light and dark: Communities’ abusive-call procedure, steps 6 to 10', async ({ panel }) => {
  await checkSteps(panel, 'Abusive caller', 6, 10, COMMUNITIES);
});

test('in a 320 px panel, light and dark: Moray’s abusive-call procedure, every step', async ({ panel }) => {
  await checkSteps(panel, 'Abusive caller', 1, 4);
});

test('in a 320 px panel, light and dark: every step of the self-harm protocol', async ({ panel }) => {
  await checkSteps(panel, 'Self-harm', 1, 6);
});

test('forced colours and reduced motion: the guide stays usable and passes axe', async ({ panel }) => {
  const { page } = panel;
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await page.getByRole('button', { name: 'Self-harm' }).click();
  await expect(page.getByRole('button', { name: 'Serious risk or immediate danger: dial 999' }).first()).toBeVisible();
  await expectNoViolations(page, 'self-harm protocol in forced colours');
});

test('the options page passes axe', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Call guide settings' })).toBeVisible();
  await expectNoViolations(page, 'options page');
});

test('the accessibility check itself finds a fault when there is one', async ({ panel }) => {
  await panel.open();
  await panel.page.evaluate(() => {
    const button = document.createElement('button');
    button.innerHTML = '<svg width="10" height="10"></svg>';
    document.body.append(button);
  });
  expect((await axeViolations(panel.page)).map((v) => v.id)).toContain('button-name');
  expect((await axeViolations(panel.page, ['button-name'])).map((v) => v.id)).toEqual(['button-name']);
});
