import { expect, test } from './fixtures';
import { IncidentLogPage } from './pages/incident-log-page';
import { CallPage, openMenu } from './pages/panel-page';
import { expectNoViolationsLightAndDark } from './support/axe';
import { MONDAY_14_00 } from './support/clock';

test('coaching side by side during a call: the review is saved on the desk and found in the log with its rating', async ({ panel, context, extensionId }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Priya Shah', 'Croydon Council Repairs Contact Centre');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill('Vaughan-Price');
  await call.placeOnHoldWithAgreement();
  await page.clock.fastForward('01:00');
  await call.button('Checked in').click();
  await call.button('Resume call').click();

  const menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Coaching' }).click();
  const coaching = page.getByRole('region', { name: 'Coaching: CSA promise' });
  await expect(coaching.getByRole('heading', { name: 'Coaching: CSA promise' })).toBeFocused();
  await expectNoViolationsLightAndDark(page, 'the panel with coaching open');

  // The call's own record is offered as evidence, never marked by itself.
  const hold = coaching.getByRole('group', { name: /I will ask for the resident's approval prior to placing them on hold/ });
  await expect(hold.getByRole('list', { name: 'Evidence from the call for item 13' })).toContainText('Checked in once over 1 min');
  await hold.getByRole('button', { name: 'Accept evidence' }).first().click();
  await expect(hold.getByRole('textbox', { name: 'Note on item 13' })).toHaveValue(/^Asked the caller's agreement before the 1 hold/);
  const greeting = coaching.getByRole('group', { name: /I will always give my name/ });
  await greeting.getByRole('button', { name: 'Reject' }).click();
  await expect(greeting.getByText('Rejected.')).toBeVisible();

  // Keyboard only: Space marks Met, an arrow key moves the mark to Partly.
  for (const group of await coaching.getByRole('group').all()) {
    await group.getByRole('radio', { name: 'Met', exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await hold.getByRole('radio', { name: 'Met', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(hold.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(coaching.locator('p', { hasText: 'Rating so far' })).toContainText('96%: met 14, partly 1, not met 0 of 15 that apply; at or above the target of 80%.');
  await coaching.getByRole('textbox', { name: 'Areas to improve' }).fill('Check in again before two minutes.');
  await coaching.getByRole('textbox', { name: 'Your name (signs the review)' }).fill('Tamsin Leader');
  await page.keyboard.press('Enter');
  await expect(coaching.getByRole('status')).toContainText("Review saved in the incident log: Priya Shah's call of");
  await expect(coaching.getByRole('status')).toContainText('96%');

  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.page.clock.install({ time: MONDAY_14_00.getTime() + 10 * 60_000 });
  await log.open('#/quality');
  await expect(log.page.getByRole('heading', { name: /^Call quality: / })).toBeVisible();
  const coverage = log.page.getByRole('table', { name: /Reviews per agent in/ });
  await expect(coverage.getByRole('row', { name: /Priya Shah/ })).toContainText('1 of 3');
  await expect(log.page.getByText(/^Short of 3 reviews: Priya Shah needs 2 more/)).toBeVisible();
  await expectNoViolationsLightAndDark(log.page, 'the Call quality month');
  const row = log.page.getByRole('table', { name: /reviews, newest call first/ }).getByRole('row', { name: /Priya Shah/ });
  await expect(row).toContainText('96%');
  await expect(row).toContainText('Tamsin Leader');
  await row.getByRole('link').click();
  const record = log.page.getByRole('article', { name: /^Call quality review: Priya Shah/ });
  await expect(record).toContainText('(side by side, during the call)');
  await expect(record).toContainText('Check in again before two minutes.');
  await expectNoViolationsLightAndDark(log.page, 'a printable review');
});
