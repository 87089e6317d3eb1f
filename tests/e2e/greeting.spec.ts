import { showView } from './pages/panel-page';
import { expect, test } from './fixtures';
import { MONDAY_14_00, MONDAY_09_30 } from './support/clock';

// Local times, so the tests hold in any time zone the machine is set to.

test('first run asks for name and organisation, then shows Moray’s exact greeting at 14:00', async ({ panel }) => {
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await expect(panel.page.getByRole('heading', { name: 'Set up the call guide' })).toBeVisible();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await panel.expectGreeting('Good Afternoon Moray Housing Partnership, Morag Innes speaking, how can I help you?');
});

test('Communities greets in Welsh first, then English', async ({ panel }) => {
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Rhian Jones', 'Carmarthenshire County Council, Department for Communities');
  await expect(panel.greeting()).toHaveText(/^Prynhawn da, Good afternoon, Communities Department/);
});

test('the greeting follows the clock from morning into the afternoon', async ({ panel }) => {
  await panel.page.clock.install({ time: MONDAY_09_30 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await expect(panel.greeting()).toHaveText(/^Good Morning Moray/);
  await panel.page.clock.fastForward('02:30:00');
  await expect(panel.greeting()).toHaveText(/^Good Afternoon Moray/);
});

test('settings survive a reload, and a transferred call offers the agent’s number', async ({ panel }) => {
  await panel.page.clock.install({ time: MONDAY_09_30 });
  await panel.open();
  await panel.page.getByLabel('Your name').fill('Rhian Jones');
  await panel.page.getByLabel('Organisation').selectOption({ label: 'Carmarthenshire County Council, Department for Communities' });
  await panel.page.getByLabel('Team (optional)').fill('Housing Options Team');
  await panel.page.getByLabel('Your direct number (optional)').fill('01267 234567');
  await panel.page.getByRole('button', { name: 'Save and show greeting' }).click();
  await panel.page.reload();
  await expect(panel.greeting()).toHaveText('Bore da, Good morning, Housing Options Team.');
  await panel.page.getByRole('button', { name: 'Transferred call' }).click();
  await expect(panel.greeting()).toContainText('Rhian Jones speaking. My number is 01267 234567.');
});

test('missing or bad details are refused with a message and nothing typed is lost', async ({ panel }) => {
  await panel.open();
  await panel.page.getByLabel('Your name').fill('Sam Patel');
  await panel.page.getByLabel('Your direct number (optional)').fill('12345');
  await panel.page.getByRole('button', { name: 'Save and show greeting' }).click();
  await expect(panel.page.getByText('Choose your organisation.')).toBeVisible();
  await expect(panel.page.getByText('Enter a UK phone number, such as 01267 234567.')).toBeVisible();
  await expect(panel.page.getByLabel('Your name')).toHaveValue('Sam Patel');
  await expect(panel.page.getByLabel('Organisation')).toBeFocused();
});

test('a stored value that fails validation falls back to set-up with a visible notice', async ({ panel, serviceWorker }) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { agentName: 42, playbookId: 'no-such-organisation' } }),
  );
  await panel.open();
  await expect(panel.page.getByRole('alert')).toContainText('Your saved settings could not be read');
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await expect(panel.greeting()).toContainText('Morag Innes speaking');
  await expect(panel.page.getByRole('alert')).toHaveCount(0);
});

test('Settings can be changed later, and the greeting follows', async ({ panel }) => {
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await showView(panel.page, 'Settings');
  await expect(panel.page.getByLabel('Your name')).toHaveValue('Morag Innes');
  await panel.page.getByLabel('Your name').fill('Morag');
  await panel.page.getByRole('button', { name: 'Save', exact: true }).click();
  await panel.expectGreeting('Good Afternoon Moray Housing Partnership, Morag speaking, how can I help you?');
});
