import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CallPage } from './pages/panel-page';
import { expectNoViolationsLightAndDark } from './support/axe';
import { dayAfter, MONDAY_14_00 } from './support/clock';

/**
 * Axe, with the panel scrolled to the top as an agent first sees it: clicking scrolls a control into
 * view, and a field left under the sticky strip would count as an obscured target only by chance.
 */
async function expectAccessible(page: Page, where: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoViolationsLightAndDark(page, where);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test("Moray: a call-back nobody answers, tried over two calendar days, then the letter (CB-6)", async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');

  // A call that ends with a call-back promised.
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Title').fill('Mrs');
  await call.field('First name').fill('Ann');
  await call.field('Surname').fill('Jones');
  await call.field('Phone').fill('01343 123456');
  await call.button('Message or call-back').click();
  await expect(page.getByRole('list', { name: 'Messages and call-backs' })).toContainText("the officer's name, designation, department and direct line number");
  await call.button('Promise call-back').click();
  await expect(page.getByText(/Call-back promised/)).toBeVisible();
  await call.button('Back to the call').click();
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
  await call.button('Copy summary').click();
  await call.button('End call').click();

  // Monday: the first try, a message left with an adult.
  const due = page.getByRole('region', { name: 'Call-backs due' });
  await due.getByRole('button', { name: 'Tried Mrs Ann Jones, no answer' }).click();
  await due.getByRole('radio', { name: 'Message left with an adult' }).check();
  await expectAccessible(page, 'a call-back attempt being recorded');
  await due.getByRole('button', { name: 'Save attempt' }).click();
  const attempts = due.getByRole('list', { name: 'Attempts to call Mrs Ann Jones back' });
  await expect(attempts.getByRole('listitem')).toHaveText(['Tried today at 14:00, no answer. Message left with an adult.']);
  await expect(due).toContainText('Day 1 of 2 of attempts: keep trying until the end of tomorrow.');
  await due.getByRole('checkbox', { name: 'Mrs Ann Jones is available only in the evening' }).check();
  await expect(due).toContainText('The caller works or is available only in the evening: call outside office hours.');

  // Tuesday evening: the second day, a message on the machine.
  await page.clock.setSystemTime(dayAfter(1, 19));
  await expect(due).toContainText('Day 2 of 2 of attempts: keep trying until the end of today.');
  await due.getByRole('button', { name: 'Tried Mrs Ann Jones, no answer' }).click();
  await due.getByRole('radio', { name: 'Message left on an answering machine' }).check();
  await due.getByRole('button', { name: 'Save attempt' }).click();
  await expect(attempts.getByRole('listitem')).toHaveText([
    'Tried yesterday at 14:00, no answer. Message left with an adult.',
    'Tried today at 19:00, no answer. Message left on an answering machine.',
  ]);

  // Wednesday morning: two days without contact, so the letter; sending it closes the call-back.
  await page.clock.setSystemTime(dayAfter(2, 9));
  await expect(due.getByText('Send the letter')).toBeVisible();
  await expect(due).toContainText('No contact after 2 days: send a letter');
  await expect(due.getByRole('button', { name: /no answer/ })).toHaveCount(0);
  await expectAccessible(page, 'the letter due');
  await due.getByRole('button', { name: 'Letter sent to Mrs Ann Jones' }).click();
  await expect(page.getByRole('region', { name: 'Call-backs due' })).toHaveCount(0);
});

test("Calico: a caller who speaks another language is offered Language Line and the other formats (AC-1)", async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Sam Agent', 'The Calico Group');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await page.getByRole('radio', { name: 'Another language' }).check();
  await call.field('Which language').fill('Polish');
  const offers = page.getByRole('list', { name: 'Language and format offers' });
  await expect(offers).toContainText(
    'Offer a telephone translation with the Language Line service, or the information in large print, audio or Braille. A written translation takes up to 7 days.',
  );
  await expect(offers).toContainText('Calico Appendix 1 A6');

  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
  await call.button('Copy summary').click();
  await expect.poll(() => call.clipboard()).toContain('Language: Polish');
});

test('in a 320 px panel the new controls, opened, pass axe: language, third party, vulnerable caller, complaint', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Sam Agent', 'The Calico Group');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await page.getByRole('radio', { name: 'Another language' }).check();
  await page.getByRole('checkbox', { name: "Calling on someone's behalf" }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Vulnerable caller' }).check();
  await expect(page.getByText(/otherwise we will not be able to help/)).toBeVisible();
  await expectAccessible(page, 'the caller stage with its duties open');
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Enquiry' }).click();
  await call.button('Complaint').click();
  await expect(page.getByRole('list', { name: 'Complaint' })).toBeVisible();
  await expectAccessible(page, 'the enquiry stage with the complaint route');
});
