import { existsSync, realpathSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
// @ts-expect-error plain ESM shared with the node scripts
import { FIREFOX_EXTENSION_ID, findFirefox } from '../../scripts/firefox.mjs';
import { expect, test } from './fixtures';
import { Ui } from './support/by-role';
import { FirefoxSession } from './support/firefox-session';

// Firefox reads enterprise policy from policies.json in its installation's distribution folder
// when it starts: machine-wide, so the file is written only for the second start here and removed
// straight after (CI runs as root, as the Chromium policy test needs too).
const POLICY_FILE = join(dirname(realpathSync(findFirefox() as string)), 'distribution', 'policies.json');

async function writePolicy(values: Record<string, unknown>): Promise<void> {
  if (existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} already exists; this test will not replace a real policy.`);
  await writeFile(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: values } } } })).catch((error: Error) => {
    throw new Error(`Cannot write Firefox's policies.json (${error.message}). This test needs root, as CI has.`);
  });
}

test('settings survive a Firefox restart; a policies.json policy reaches managed storage and locks its setting', async () => {
  // Installed for each session, its storage kept between them (firefoxPrefs): see README, Firefox,
  // for why not a permanent install.
  const first = await FirefoxSession.launch({ install: true });
  try {
    const ui = new Ui(first);
    await first.open('sidepanel.html');
    await ui.fill('Your name', 'Rhian Price');
    await ui.choose('Organisation', 'calico');
    await ui.click('button', 'Save and show greeting');
    await ui.see('Rhian Price speaking');
    expect(await first.takeErrors(), 'errors from the extension pages').toEqual([]);
  } finally {
    await first.close({ removeProfile: false });
  }

  await writePolicy({ team: 'Lettings', locked: ['team'] });
  const second = await FirefoxSession.launch({ profile: first.profile, install: true });
  try {
    const ui = new Ui(second);
    await second.open('sidepanel.html');
    // The agent's settings, from before the restart: straight to the greeting, no set-up.
    await ui.see('Rhian Price speaking');
    await ui.click('button', 'Menu');
    await ui.see('Rhian Price · Lettings');
    await ui.click('button', 'Settings', await ui.find('navigation', 'Guide'));
    await ui.see('Your organisation manages some of these settings');
    await ui.see('Set by your organisation');
    // The locked field's name goes on to say who set it, so it is found by its label's start.
    const team = await second.page.evaluate(() => {
      const field = [...document.querySelectorAll('input')].find((input) => input.labels?.[0]?.textContent?.startsWith('Team'));
      return field ? [field.value, field.disabled] : null;
    });
    expect(team).toEqual(['Lettings', true]);
    expect(await second.takeErrors(), 'errors from the extension pages').toEqual([]);
  } finally {
    await rm(POLICY_FILE, { force: true });
    await second.close();
  }
});
