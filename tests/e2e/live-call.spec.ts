import { expect, test } from './fixtures';
import { CallPage } from './pages/panel-page';
import { MONDAY_14_00 } from './support/clock';


test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a whole Moray call: greeting, caller, hold with check-in and call-back offer, message, transfer, close', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await panel.expectGreeting('Good Afternoon Moray Housing Partnership, Morag Innes speaking, how can I help you?');

  await call.button('Next step').click();
  await call.field('Title').fill('Mrs');
  await call.field('First name').fill('Eleri');
  await call.field('Surname').fill('Vaughan-Price');
  await expect(page.getByText('Address them as Mrs Vaughan-Price')).toBeVisible();
  await page.getByLabel('Caller is happy to be called by their first name').check();
  await expect(page.getByText('Address them as Eleri')).toBeVisible();
  await call.field('Address').fill('14 Heol y Wawr, Llandeilo SA19 6ZZ');
  await call.field('Phone').fill('01632 960123');
  await page.getByLabel('Address confirmed').check();

  // Hold: permission first (HO-1), a check-in at the playbook's interval (HO-2), the call-back offer (HO-3).
  await call.placeOnHoldWithAgreement();
  await expect(call.holdBar()).toContainText('On hold');
  await page.clock.fastForward('01:01');
  await expect(call.holdBar()).toContainText('Check in with the caller now');
  await call.button('Checked in').click();
  await expect(call.holdBar()).toContainText('Next check-in in');
  await page.clock.fastForward('03:00');
  await expect(call.holdBar()).toContainText('Close to 5 minutes on hold: offer to call back');
  await call.button('Arrange a call-back').click();

  // Message (TR-5) prefilled from the call, with the 24-hour call-back (TR-6).
  await expect(page.getByRole('heading', { name: 'Message and call-back' })).toBeVisible();
  await expect(call.field('Caller name')).toHaveValue('Mrs Eleri Vaughan-Price');
  await expect(call.field('Home number')).toHaveValue('01632 960123');
  await expect(page.getByText('Due tomorrow at 14:04')).toBeVisible();
  await call.field('Nature of query').fill('Kitchen tap still leaking after repair');
  await call.button('Promise call-back').click();
  await expect(page.getByText(/Call-back promised, due tomorrow at 14:04/)).toBeVisible();
  await call.button('Copy message').click();
  await expect.poll(() => call.clipboard()).toContain('Nature of query: Kitchen tap still leaking after repair');
  await call.button('Back to the call').click();

  // Transfer (TR-1..TR-3) with the HO-4 reminder.
  await call.button('Transfer').click();
  await expect(page.getByText(/Mute or hold the caller before you talk to your colleague/)).toBeVisible();
  await call.button('Copy briefing').click();
  await expect.poll(() => call.clipboard()).toContain('Caller: Mrs Eleri Vaughan-Price');
  await call.field('Transferred to').fill('Ian Grant, Repairs');
  await call.button('Transfer done').click();

  // Close (CL-2, CL-6): checklist, summary copied, call ended.
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('All the issues raised confirmed').check();
  await page.getByLabel('What was agreed summarised').check();
  await call.button('Copy summary').click();
  await expect.poll(() => call.clipboard()).toContain('Transferred to: Ian Grant, Repairs');
  const summary = await call.clipboard();
  expect(summary).toContain('On hold 1 time');
  expect(summary).toContain('1 check-in');
  await call.button('End call').click();
  await expect(call.button('Start call')).toBeVisible();
  const due = page.getByRole('region', { name: 'Call-backs due' });
  await expect(due).toContainText('Mrs Eleri Vaughan-Price');
  await expect(due).toContainText('Due tomorrow at 14:04');
});

test('a Communities call: Welsh greeting, the 5-minute hold rule, an agreed call-back time', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Rhian Jones', 'Carmarthenshire County Council, Department for Communities');
  await call.button('Start call').click();
  await expect(panel.greeting()).toHaveText('Prynhawn da, Good afternoon, Communities Department.');
  await call.button('Next step').click();
  await call.field('Title').fill('Mr');
  await call.field('Surname').fill('Davies');
  await page.getByLabel('Welsh (Cymraeg)').check();
  await call.placeOnHoldWithAgreement();
  await page.clock.fastForward('04:00');
  await expect(call.holdBar()).toContainText('Close to 5 minutes on hold');
  await call.button('Arrange a call-back').click();
  await expect(page.getByText('No set deadline: agree a time with the caller')).toBeVisible();
  await call.field('Agreed call-back time').fill('Tomorrow after 10:00');
  await call.button('Promise call-back').click();
  await call.button('Copy message').click();
  await expect.poll(() => call.clipboard()).toContain('Agreed call-back time: Tomorrow after 10:00');
  await call.button('Back to the call').click();
  await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Asked if there is anything else').check();
  await call.button('Copy summary').click();
  await expect.poll(() => call.clipboard()).toContain('Language: Welsh');
  await call.button('End call').click();
  await expect(page.getByRole('region', { name: 'Call-backs due' })).toContainText('Tomorrow after 10:00');
});

test('reloading the panel mid-hold resumes the same call with the hold clock still counting', async ({ panel, serviceWorker }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill('Vaughan-Price');
  await call.placeOnHoldWithAgreement();
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('0m');
  await page.clock.fastForward('00:30');
  // What the agent sees before closing the panel: the hold is on disk (losing at most the last
  // second to a crash is the hard-kill test's business).
  await expect(page.getByText('Saved on this computer')).toBeVisible();
  await page.reload();
  await expect(call.holdBar()).toContainText(/0:3\d/);
  await expect(call.field('Surname')).toHaveValue('Vaughan-Price');
  await page.clock.fastForward('00:35');
  await expect(call.holdBar()).toContainText('Check in with the caller now');
  await call.button('Resume call').click();
  await expect(call.button('Place on hold')).toBeVisible();
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('keyboard: Alt+H asks to hold, Alt+Y agrees, Alt+K checks in, Alt+H resumes, ? lists the shortcuts', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: 'Caller' })).toBeVisible();
  await call.field('Surname').focus();
  await page.keyboard.press('Alt+H');
  await expect(call.button('Caller agreed to hold')).toBeVisible();
  await page.keyboard.press('Alt+Y');
  await expect(call.holdBar()).toContainText('On hold');
  await page.clock.fastForward('01:05');
  await page.keyboard.press('Alt+K');
  await expect(call.holdBar()).toContainText('Next check-in in');
  await page.keyboard.press('Alt+H');
  await expect(call.button('Place on hold')).toBeVisible();
  await page.getByRole('heading', { name: 'Caller' }).click();
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Alt+K');
  // Every shortcut that counts, the browser-wide ones too.
  for (const keys of ['Alt+C', 'Alt+Enter', 'Alt+9', 'Alt+Q', 'Alt+Shift+A', 'Alt+Shift+X', 'Alt+Shift+G']) await expect(help).toContainText(keys);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
