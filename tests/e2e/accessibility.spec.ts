import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CallPage, ProtocolPage } from './pages/panel-page';
import { expectNoViolations } from './support/axe';

// Each test runs axe many times (20 s on a quiet machine); a busy one must not time them out.
test.describe.configure({ timeout: 90_000 });

const MONDAY_14_00 = new Date(2026, 10, 30, 14, 0);

/** The panel fits its width: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `content wider than the panel on ${where}`).toBeLessThanOrEqual(0);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen of a call, in a 320 px panel, ${scheme} mode: no axe violations, nothing scrolls sideways`, async ({ panel }) => {
    const { page } = panel;
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.install({ time: MONDAY_14_00 });
    const call = new CallPage(page);
    await panel.open();
    const check = async (where: string) => {
      await expectNoViolations(page, where);
      await expectNoSidewaysScroll(page, where);
    };
    await check('first-run set-up');
    await panel.setUp('Morag Innes', 'Moray Housing Partnership');
    await check('greeting');
    await call.button('Start call').click();
    await call.button('Next step').click();
    await call.field('Surname').fill('Vaughan-Price');
    await check('caller');
    await call.button('Place on hold').click();
    await check('asking to hold');
    await call.button('Caller agreed to hold').click();
    await page.clock.fastForward('04:01');
    await check('call-back offer on hold');
    await call.button('Arrange a call-back').click();
    await check('message and call-back');
    await call.button('Back to the call').click();
    await call.button('Next step').click();
    await check('enquiry');
    await call.button('Transfer').click();
    await check('transfer');
    await call.button('Cancel transfer').click();
    await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
    await check('close');
    await page.getByRole('navigation', { name: 'Guide' }).getByRole('button', { name: 'Spell' }).click();
    await page.getByRole('textbox', { name: 'Spell' }).fill('SW1A 1AA');
    await check('speller');
    await page.getByRole('navigation', { name: 'Guide' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'CRM connection' })).toBeVisible();
    await check('settings');
    await page.keyboard.press('Shift+Slash');
    await check('keyboard shortcuts');
  });
}

test('every step of both protocols: no axe violations, in a 320 px panel', async ({ panel }) => {
  const { page } = panel;
  await page.setViewportSize({ width: 320, height: 800 });
  const protocol = new ProtocolPage(page);
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await page.getByRole('button', { name: 'Abusive caller' }).click();
  for (let step = 1; step <= 11; step += 1) {
    await protocol.step(new RegExp(`^(✓ )?${step}\\. `)).click();
    await expectNoViolations(page, `abusive call, step ${step}`);
    await expectNoSidewaysScroll(page, `abusive call, step ${step}`);
  }
  await protocol.step(/^(✓ )?1\. /).click();
  await protocol.action('Behaviour stopped').click();
  await page.getByRole('button', { name: 'Self-harm' }).click();
  await page.keyboard.press('Alt+O');
  for (let step = 1; step <= 6; step += 1) {
    await protocol.step(new RegExp(`^(✓ )?${step}\\. `)).click();
    if (step === 3) await protocol.field('Where the caller is').fill('Bus shelter, High Street, Elgin');
    await expectNoViolations(page, `self-harm, step ${step}`);
    await expectNoSidewaysScroll(page, `self-harm, step ${step}`);
  }
});

test('forced colours and reduced motion: the guide stays usable and passes axe', async ({ panel }) => {
  const { page } = panel;
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await page.getByRole('button', { name: 'Self-harm' }).click();
  await expect(page.getByRole('button', { name: 'Immediate danger: dial 999' }).first()).toBeVisible();
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
  const { violations } = await new AxeBuilder({ page: panel.page }).analyze();
  expect(violations.map((v) => v.id)).toContain('button-name');
});
