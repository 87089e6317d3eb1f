import { expect, test } from './fixtures';
import { CallPage, PanelPage } from './pages/panel-page';
import { MONDAY_14_00 } from './support/clock';

const OTHER_WINDOW = /The call guide is open in another window, and calls are taken there/;

test('a panel opened in a second window shows the first window’s call read-only, and takes calls once the first closes', async ({ panel, context }) => {
  const first = new CallPage(panel.page);
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await first.button('Start call').click();
  await first.button('Next step').click();
  await first.field('Surname').fill('Vaughan-Price');

  const second = new PanelPage(await context.newPage(), panel.extensionId);
  await second.page.clock.install({ time: MONDAY_14_00 });
  await second.open();
  await expect(second.page.getByRole('status').filter({ hasText: OTHER_WINDOW })).toBeVisible();
  await expect(second.page.getByLabel('Surname', { exact: true })).toHaveValue('Vaughan-Price');
  // Inert: nothing in the call can be focused, typed into or pressed in this window.
  await expect.poll(() => second.page.getByLabel('Surname', { exact: true }).evaluate((field) => field.closest('[inert]') !== null)).toBe(true);
  await expect(panel.page.getByRole('status').filter({ hasText: OTHER_WINDOW })).toHaveCount(0);

  // The first window's panel closes: the second takes the call over and can carry on with it.
  await panel.page.close();
  await expect(second.page.getByRole('status').filter({ hasText: OTHER_WINDOW })).toHaveCount(0);
  const surname = second.page.getByLabel('Surname', { exact: true });
  await expect(surname).toHaveValue('Vaughan-Price');
  await surname.fill('Vaughan-Price Jones');
  await expect(surname).toHaveValue('Vaughan-Price Jones');
});
