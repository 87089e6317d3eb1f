import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { startBrowser } from './support/killable-browser';

test('killing the browser while the caller’s exact words are being typed loses nothing typed a second before', async () => {
  test.setTimeout(60_000);
  const profile = await mkdtemp(join(tmpdir(), 'call-guide-kill-'));
  try {
    const first = await startBrowser(profile, EXTENSION_DIR);
    const page = await first.browser.contexts()[0]!.newPage();
    await page.goto(`chrome-extension://${first.extensionId}/sidepanel.html`);
    await page.getByLabel('Your name').fill('Morag Innes');
    await page.getByLabel('Organisation').selectOption({ label: 'Moray Housing Partnership' });
    await page.getByRole('button', { name: 'Save and show greeting' }).click();
    await page.getByRole('button', { name: 'Abusive caller' }).click();
    const steps = page.getByRole('article');
    for (let warning = 0; warning < 5; warning += 1) await steps.getByRole('button', { name: 'Said it' }).click();
    await steps.getByRole('button', { name: 'Call ended' }).click();
    await steps.getByRole('button', { name: 'Done, next step' }).click();
    await steps.getByRole('button', { name: 'Done, next step' }).click();
    const words = page.getByLabel("The caller's exact words", { exact: true });
    const said = 'You lot are useless and I will be down there to sort you out.';
    await words.pressSequentially(said, { delay: 15 });
    // The target: nothing typed more than one second before the crash is lost.
    await page.waitForTimeout(1_000);
    await first.kill();

    const second = await startBrowser(profile, EXTENSION_DIR);
    const again = await second.browser.contexts()[0]!.newPage();
    await again.goto(`chrome-extension://${second.extensionId}/sidepanel.html`);
    await expect(again.getByLabel("The caller's exact words", { exact: true })).toHaveValue(said);
    await expect(again.getByText('Warnings given: 5')).toBeVisible();
    await second.kill();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
