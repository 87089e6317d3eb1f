import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CallPage, ProtocolPage, showView } from './pages/panel-page';

const PAYLOAD = `<img src=x onerror="alert('img')"><script>alert('script')</script><b>bold</b> " ' & </textarea>`;

/** Fills every text field now on screen with the payload. */
async function fillAll(page: Page): Promise<number> {
  const fields = page.locator('input:not([type]):visible:enabled, input[type="text"]:visible:enabled, input[type="email"]:visible:enabled, textarea:visible:enabled:not([readonly])');
  const count = await fields.count();
  for (let index = 0; index < count; index += 1) await fields.nth(index).fill(PAYLOAD);
  return count;
}

test('every text field takes HTML and script as plain text: nothing runs, nothing breaks', async ({ panel }) => {
  const { page } = panel;
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await panel.open();
  await panel.setUp(PAYLOAD.slice(0, 60), 'Moray Housing Partnership');
  await expect(panel.greeting()).toContainText(`${PAYLOAD.slice(0, 60).trim()} speaking`);

  let filled = 0;
  await call.button('Start call').click();
  await call.button('Next step').click();
  filled += await fillAll(page);
  await call.button('Next step').click();
  filled += await fillAll(page);
  await call.button('Transfer').click();
  filled += await fillAll(page);
  await expect(page.getByLabel('Briefing for your colleague')).toHaveValue(/<script>alert\('script'\)<\/script>/);
  await call.button('Cancel transfer').click();
  await call.button('Message or call-back').click();
  filled += await fillAll(page);
  await call.button('Back to the call').click();
  await page.getByRole('button', { name: 'Abusive caller' }).click();
  await protocol.step(/3\. Make the file note/).click();
  filled += await fillAll(page);
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await protocol.step(/^(✓ )?1\. /).click();
  await protocol.action('Behaviour stopped').click();
  await page.getByRole('button', { name: 'Self-harm' }).click();
  await protocol.step(/3\. Gather information/).click();
  filled += await fillAll(page);
  await expect(page.getByRole('status').filter({ hasText: 'Caller’s location' })).toContainText('<script>');
  await page.getByRole('button', { name: 'Serious risk or immediate danger: dial 999' }).first().click();
  await expect(protocol.field('Tell the emergency services')).toHaveValue(/^Location: <img src=x/);
  await showView(page, 'Spell');
  filled += await fillAll(page);

  expect(filled, 'text fields filled with the payload').toBeGreaterThan(20);
  await expect(page.locator('img, script:not([src]), b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
