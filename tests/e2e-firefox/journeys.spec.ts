import { expect, test } from './fixtures';
import { Ui } from './support/by-role';
import { ORIGIN, type FirefoxSession } from './support/firefox-session';

// The agent's journeys in one Firefox, in order: set up once, then calls. Each test opens the
// panel page in the tab; a test run alone (or after a failure restarted Firefox) sets up first.
// No clock is installed (Firefox runs no test script before an extension page's own), so nothing
// here depends on the time of day.

const GREETING = /^Good \w+ Moray Housing Partnership, Morag Innes speaking, how can I help you\?/m;

async function setUp(ui: Ui): Promise<void> {
  await ui.fill('Your name', 'Morag Innes');
  await ui.choose('Organisation', 'moray');
  await ui.click('button', 'Save and show greeting');
}

/** The panel page in the tab, set up if this Firefox has not been yet. */
async function openPanel(firefox: FirefoxSession): Promise<Ui> {
  const ui = new Ui(firefox);
  const page = await firefox.open('sidepanel.html');
  await page.waitForFunction(() => /Your name|Menu/.test(document.body.innerText), { polling: 100 });
  if (await page.evaluate(() => document.body.innerText.includes('Your name'))) {
    await setUp(ui);
  }
  await ui.find('button', 'Menu');
  return ui;
}

test('first run: the set-up form, then the greeting to say', async ({ firefox }) => {
  await firefox.open('sidepanel.html');
  const ui = new Ui(firefox);
  await ui.see('Your name');
  await setUp(ui);
  await ui.see(GREETING);
});

test('the sidebar opens from the keyboard command and from the toolbar button, showing the guide', async ({ firefox }) => {
  const panel = `${ORIGIN}/sidepanel.html`;
  await firefox.closeSidebar();
  expect(await firefox.sidebarPage()).toBeNull();
  await firefox.pressInBrowser('Alt+Shift+G');
  await expect.poll(() => firefox.sidebarPage()).toBe(panel);
  await expect.poll(() => firefox.sidebarButtons()).toContain('Menu');

  await firefox.closeSidebar();
  await firefox.clickToolbarButton();
  await expect.poll(() => firefox.sidebarPage()).toBe(panel);
  await expect.poll(() => firefox.sidebarButtons()).toContain('Menu');
  // The button toggles Firefox's sidebar, as its own sidebar buttons do.
  await firefox.clickToolbarButton();
  await expect.poll(() => firefox.sidebarPage()).toBeNull();
});

test('a call: the caller, hold with permission and a check-in, the close and its summary copied', async ({ firefox }) => {
  const ui = await openPanel(firefox);
  await ui.click('button', 'Start call');
  await ui.click('button', 'Next step');
  await ui.fill('Title', 'Mrs', 'combobox');
  await ui.fill('Surname', 'Vaughan-Price');
  await ui.fill('Phone', '01632 960123');
  await ui.see('Address them as Mrs Vaughan-Price');
  await ui.click('button', 'Place on hold');
  await ui.click('button', 'Caller agreed to hold');
  expect(await ui.text('region', 'Hold')).toContain('Next check-in in');
  await ui.click('button', 'Checked in');
  await ui.click('button', 'Resume call');
  await ui.find('button', 'Place on hold');
  await ui.firefox.page.keyboard.down('Alt');
  await ui.firefox.page.keyboard.press('4');
  await ui.firefox.page.keyboard.up('Alt');
  await ui.tick('All the issues raised confirmed');
  await ui.tick('What was agreed summarised');
  await ui.click('button', 'Copy summary');
  await expect.poll(() => firefox.clipboard()).toContain('Vaughan-Price');
  expect(await firefox.clipboard()).toContain('1 check-in');
  await ui.click('button', 'End call');
  await ui.find('button', 'Start call');
});

test('the speller spells a postcode in NATO phonetics and decodes what the caller says', async ({ firefox }) => {
  const ui = await openPanel(firefox);
  await ui.click('button', 'Menu');
  await ui.click('button', 'Spell', await ui.find('navigation', 'Guide'));
  await ui.fill('Spell', 'SW1A 1AA');
  expect(await ui.text('list', 'Outward code SW1A')).toMatch(/Sierra\s+.*Whiskey\s+.*One\s+.*Alfa/s);
  await ui.fill('Decode', 'c for charlie, a as in apple, t for tango');
  await ui.see('CAT');
});

test('an abusive call: the incident saved, found in the incident log, still there after a reload', async ({ firefox }) => {
  const ui = await openPanel(firefox);
  await ui.click('button', 'Start call');
  await ui.click('button', 'Abusive caller');
  await ui.click('button', 'Said it');
  await ui.click('button', 'Call ended');
  await ui.fill("The caller's exact words", 'Shouting and swearing at the Firefox desk.');
  await ui.click('button', 'Save incident');
  await ui.see('Incident saved.');
  await ui.click('button', 'Done, next step');
  await ui.click('button', 'Finish');
  await ui.find('button', 'Start call');

  await firefox.open('incidents.html');
  await ui.see(/Abusive call.*Morag Innes/);
  await firefox.reload();
  await ui.find('heading', 'Incident log');
  await ui.see(/Abusive call.*Morag Innes/);
});

async function toRiskQuestions(ui: Ui, where: string): Promise<void> {
  await ui.click('button', 'Start call');
  await ui.click('button', 'Self-harm');
  await ui.click('button', 'Done, next step');
  await ui.click('button', 'Colleague alerted');
  await ui.click('button', 'Done, next step');
  await ui.fill('Where the caller is', where);
}

test('self-harm, not urgent: the referral list for Moray’s callers, with 999', async ({ firefox }) => {
  const ui = await openPanel(firefox);
  await toRiskQuestions(ui, 'At home');
  await ui.click('button', 'Not urgent: referral advice');
  const numbers = await ui.text('region', 'Referral numbers');
  for (const number of ['116 123', '0808 808 4994', '999']) expect(numbers).toContain(number);
  await ui.click('button', 'Call ended: review');
  await ui.click('button', 'Save incident');
  await ui.see('Incident saved.');
  await ui.click('button', 'Finish');
  await ui.find('button', 'Start call');
});

test('self-harm, serious risk: 999 called and the summary for the emergency services copied', async ({ firefox }) => {
  const ui = await openPanel(firefox);
  await toRiskQuestions(ui, 'Bus shelter, High Street, Elgin');
  await ui.click('button', 'Serious risk or immediate danger: dial 999');
  await ui.click('button', '999 called');
  await ui.see(/999 called at \d\d:\d\d\./);
  await ui.click('button', 'Copy for 999');
  await expect.poll(() => firefox.clipboard()).toMatch(/^Location: Bus shelter, High Street, Elgin\n999 called at/);
});

