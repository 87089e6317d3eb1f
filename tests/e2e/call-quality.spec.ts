import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { IncidentLogPage } from './pages/incident-log-page';
import { CallPage, openMenu, showView } from './pages/panel-page';
import { expectNoViolationsLightAndDark } from './support/axe';
import { MONDAY_14_00 } from './support/clock';
import { rawTable } from './support/raw-db';

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

test('with team leader keys set, a coached review is sealed on disk; the month shows its coverage locked, and the review opens after unlocking', async ({ panel, context, extensionId }) => {
  // A team leader key made with the standard age tool; its public key set on the agent's desk.
  const keyFile = execFileSync('age-keygen', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const recipient = /# public key: (age1\w+)/.exec(keyFile)![1]!;
  const identity = /AGE-SECRET-KEY-1\w+/.exec(keyFile)![0];
  const typed = { note: 'Asked twice before holding', strengths: 'Patient with a worried tenant', improve: 'Summarise the repair booking' };

  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Priya Shah', 'Croydon Council Repairs Contact Centre');
  await showView(page, 'Settings');
  await page.getByLabel('Team leader keys (one a line)').fill(recipient);
  await page.getByRole('button', { name: 'Save team leader keys' }).click();
  await expect(page.getByText('Saved: incidents are sealed from now on.')).toBeVisible();
  await showView(page, 'Greeting');
  await call.button('Start call').click();

  await (await openMenu(page)).getByRole('button', { name: 'Coaching' }).click();
  const coaching = page.getByRole('region', { name: 'Coaching: CSA promise' });
  await expect(coaching.getByRole('heading', { name: 'Coaching: CSA promise' })).toBeFocused();
  for (const group of await coaching.getByRole('group').all()) await group.getByRole('radio', { name: 'Met', exact: true }).check();
  await coaching.getByRole('textbox', { name: 'Note on item 1', exact: true }).fill(typed.note);
  await coaching.getByRole('textbox', { name: 'Strengths' }).fill(typed.strengths);
  await coaching.getByRole('textbox', { name: 'Areas to improve' }).fill(typed.improve);
  await coaching.getByRole('textbox', { name: 'Your name (signs the review)' }).fill('Tamsin Leader');
  await coaching.getByRole('button', { name: 'Save review' }).click();
  await expect(coaching.getByRole('status')).toContainText("Review saved in the incident log: Priya Shah's call of");

  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.page.clock.install({ time: MONDAY_14_00.getTime() + 10 * 60_000 });
  await log.open('#/quality');
  // On disk: the content is an age file; none of the typed words.
  const raw = await rawTable(log.page, 'reviewContents');
  expect(raw).toContain('BEGIN AGE ENCRYPTED FILE');
  for (const words of Object.values(typed)) expect(raw).not.toContain(words);

  // Locked: coverage from the envelopes, and the page says the details are sealed.
  await expect(log.page.getByText(/^Reviews here are sealed\./)).toBeVisible();
  const coverage = log.page.getByRole('table', { name: /Reviews per agent in/ });
  await expect(coverage.getByRole('row', { name: /Priya Shah/ })).toContainText('1 of 3');
  await expect(log.page.getByRole('button', { name: 'Export this month as CSV' })).toHaveCount(0);
  await expectNoViolationsLightAndDark(log.page, 'the sealed Call quality month');
  await log.page.getByRole('table', { name: /reviews, newest call first/ }).getByRole('row', { name: /Priya Shah/ }).getByRole('link').click();
  const record = log.page.getByRole('article', { name: /^Call quality review: Priya Shah/ });
  await expect(record).toContainText('This review is sealed');
  await expect(record).not.toContainText(typed.strengths);

  // Opening it asks for the key with the log's own unlock form.
  await record.getByRole('button', { name: 'Unlock to read this review' }).click();
  const key = log.page.getByLabel('Paste the key (AGE-SECRET-KEY-1…)');
  await expect(key).toBeFocused();
  await key.fill(identity);
  await log.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(log.page.getByText(/Unlocked with team leader key/)).toBeVisible();
  await expect(record).toContainText(typed.strengths);
  await expect(record).toContainText(typed.note);
  await expect(record.getByRole('button', { name: 'Print for the one-to-one' })).toBeVisible();
});
