import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CallPage, ProtocolPage, type PanelPage } from './pages/panel-page';
import { MONDAY_14_00 } from './support/clock';

// The worst minute of a call, at the sizes agents use: a narrow side panel, a narrower one, and a
// 400 px panel at 200% zoom (200 CSS px wide). Keyboard only; the test never scrolls: what to say
// and do next must already be on screen, below the strip and above the fold.
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const SIZES = [
  { name: '400 px', width: 400, height: 900 },
  { name: '320 px', width: 320, height: 900 },
  { name: '400 px at 200% zoom', width: 200, height: 450 },
] as const;

async function setUp(panel: PanelPage, size: { width: number; height: number }, organisation: string) {
  await panel.page.setViewportSize({ width: size.width, height: size.height });
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Rhian Jones', organisation);
  await expect(panel.greeting()).toBeVisible();
}

/** Each is wholly on screen: under the strip (or in it), inside the window, without scrolling. */
async function expectOnScreen(page: Page, ...targets: Locator[]) {
  const height = page.viewportSize()!.height;
  const strip = (await page.locator('.panel-strip').boundingBox())!;
  for (const target of targets) {
    await expect(target).toBeVisible();
    const box = (await target.boundingBox())!;
    const inStrip = await target.evaluate((element) => Boolean(element.closest('.panel-strip')));
    const top = inStrip ? 0 : strip.y + strip.height;
    expect(box.y, `${String(target)} starts on screen`).toBeGreaterThanOrEqual(top - 1);
    expect(box.y + box.height, `${String(target)} ends on screen`).toBeLessThanOrEqual(height + 1);
  }
}

const stepHeading = (page: Page) => page.getByRole('heading', { level: 3, name: /^Step \d+ of \d+/ });
const mainAction = (page: Page) => page.locator('[data-main-action]');
const safeguarding = (page: Page) => [
  page.getByRole('button', { name: 'Abusive caller' }),
  page.getByRole('button', { name: 'Self-harm' }),
];

for (const size of SIZES) {
  test(`abusive call to the incident saved at ${size.name}: each step's line and action on screen, Alt+Enter all the way`, async ({ panel }) => {
    const { page } = panel;
    const protocol = new ProtocolPage(page);
    // Communities 6.7: five warnings, the call ended, then the after-call steps.
    await setUp(panel, size, 'Carmarthenshire County Council, Department for Communities');
    await page.keyboard.press('Alt+C');
    await page.keyboard.press('Alt+A');
    await expect(page.locator('.protocol-frame')).not.toHaveAttribute('aria-busy', 'true');
    for (let step = 1; step <= 10; step += 1) {
      await expect(stepHeading(page)).toHaveAccessibleName(new RegExp(`^Step ${step} of 10`));
      await expect(stepHeading(page)).toBeFocused();
      const say = page.getByRole('list', { name: 'Say' });
      await expectOnScreen(page, stepHeading(page), ...safeguarding(page));
      if ((await say.count()) > 0) await expectOnScreen(page, say);
      if (step === 9) {
        // The record: what the call captured is filled in; the caller's words are typed.
        await protocol.field("The caller's exact words").fill('Shouting, and said they know where I live.');
        await page.keyboard.press('Alt+Enter');
        await expect(page.getByText('Incident saved.')).toBeVisible();
      }
      await expectOnScreen(page, mainAction(page));
      await page.keyboard.press('Alt+Enter');
    }
    await expect(page.getByRole('button', { name: 'Start call' })).toBeVisible();
  });

  test(`self-harm to the 999 summary at ${size.name}: the 999 decision, the location and the summary in one place`, async ({ panel }) => {
    const { page } = panel;
    const call = new CallPage(page);
    const protocol = new ProtocolPage(page);
    await setUp(panel, size, 'Moray Housing Partnership');
    await page.keyboard.press('Alt+C');
    await page.keyboard.press('Alt+N');
    await call.field('Address').fill('Flat 2, 9 Mill Lane, Forres');
    await page.keyboard.press('Alt+X');
    await expect(page.locator('.protocol-frame')).not.toHaveAttribute('aria-busy', 'true');
    const emergency = page.getByRole('button', { name: 'Serious risk or immediate danger: dial 999' }).first();
    for (const step of [1, 2]) {
      await expect(stepHeading(page)).toHaveAccessibleName(new RegExp(`^Step ${step} of 6`));
      await expectOnScreen(page, stepHeading(page), mainAction(page), emergency, ...safeguarding(page));
      await page.keyboard.press('Alt+Enter');
    }
    // Step 3: the route choice is at the top, the questions under it, each answered in place.
    await expect(stepHeading(page)).toHaveAccessibleName(/^Step 3 of 6: Gather information/);
    await expectOnScreen(page, stepHeading(page), page.getByRole('button', { name: 'Not urgent: referral advice', exact: true }));
    await page.keyboard.press('Alt+9');
    await expect(stepHeading(page)).toHaveAccessibleName(/Serious risk or immediate danger: dial 999/);
    await expect(stepHeading(page)).toBeFocused();
    // The location on the 999 screen itself, the address on file offered.
    const location = protocol.field('Where the caller is');
    await expectOnScreen(page, stepHeading(page), location);
    await page.getByRole('button', { name: 'Use the address on file: Flat 2, 9 Mill Lane, Forres' }).click();
    await expect(location).toHaveValue('Flat 2, 9 Mill Lane, Forres');
    await page.keyboard.press('Alt+9');
    await expect(page.getByText('999 called at 14:00.')).toBeVisible();
    const summary = protocol.field('Tell the emergency services');
    await expect(summary).toHaveValue(/^Location: Flat 2, 9 Mill Lane, Forres\n999 called at 14:00(\n|$)/);
    await page.getByRole('button', { name: 'Copy for 999' }).click();
    await expect.poll(() => call.clipboard()).toMatch(/^Location: Flat 2, 9 Mill Lane, Forres\n999 called at 14:00/);
    await page.keyboard.press('Alt+Q');
    await expect(stepHeading(page)).toHaveAccessibleName(/^Step 6 of 6/);
    await expectOnScreen(page, stepHeading(page));
    await page.keyboard.press('Alt+Enter');
    await expect(page.getByText('Incident saved.')).toBeVisible();
    await page.keyboard.press('Alt+Enter');
    await expect(page.getByRole('button', { name: 'Start call' })).toBeVisible();
  });

  test(`typing notes far down the caller stage at ${size.name}: the strip with both protocols and the hold prompt stays on screen`, async ({ panel }) => {
    const { page } = panel;
    const call = new CallPage(page);
    await setUp(panel, size, 'Moray Housing Partnership');
    await page.keyboard.press('Alt+C');
    await page.keyboard.press('Alt+N');
    await page.keyboard.press('Alt+H');
    await page.keyboard.press('Alt+Y');
    await call.field('Phone').fill('01632 960123');
    await page.clock.fastForward('01:05');
    await expect(page.getByRole('status').filter({ hasText: 'Check in with the caller now' })).toBeVisible();
    await expectOnScreen(page, ...safeguarding(page), page.getByText('Check in with the caller now'), call.button('Checked in'));
    await page.keyboard.press('Alt+K');
    await expect(call.holdBar()).toContainText('Next check-in in');
  });
}

test('ending an abusive call before the procedure’s warnings are given asks first, and the answer is recorded', async ({ panel }) => {
  const { page } = panel;
  const protocol = new ProtocolPage(page);
  await setUp(panel, SIZES[0], 'Carmarthenshire County Council, Department for Communities');
  await page.keyboard.press('Alt+C');
  await page.keyboard.press('Alt+A');
  await expect(page.locator('.protocol-frame')).not.toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByText('Warnings given: 1 of 5')).toBeVisible();
  // Alt+Q goes to the step that ends the call; pressing its action asks first.
  await page.keyboard.press('Alt+Q');
  await expect(stepHeading(page)).toHaveAccessibleName(/^Step 6 of 10: End the call/);
  await page.keyboard.press('Alt+Q');
  await expect(page.getByText('The procedure asks for 5 warnings; end the call now?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'End the call now' })).toBeFocused();
  await page.getByRole('button', { name: 'Not yet: back to the warnings' }).click();
  await expect(stepHeading(page)).toHaveAccessibleName(/^Step 2 of 10/);
  await page.keyboard.press('Alt+Q');
  await expect(stepHeading(page)).toHaveAccessibleName(/^Step 6 of 10: End the call/);
  await page.keyboard.press('Alt+Q');
  await page.getByRole('button', { name: 'End the call now' }).click();
  await expect(stepHeading(page)).toHaveAccessibleName(/^Step 7 of 10/);
  await protocol.step(/^9\./).click();
  await protocol.field("The caller's exact words").fill('You are useless.');
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();

  const log = await page.context().newPage();
  await log.goto(page.url().replace('sidepanel.html', 'incidents.html'));
  await log.getByRole('row', { name: /Abusive call/ }).getByRole('link').first().click();
  await expect(log.getByRole('main')).toContainText('Asked to end before the procedure\'s warnings were all given (1 of 5): went back to them');
  await expect(log.getByRole('main')).toContainText('Ended before the procedure\'s warnings were all given (1 of 5): the agent confirmed');
  await log.close();
});
