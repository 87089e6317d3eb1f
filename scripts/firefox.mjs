// Finding Debian's Firefox ESR and the preferences every launch uses, shared by `npm start --
// --firefox` and the Firefox end-to-end tests (tests/e2e-firefox). Nothing downloads a browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The extension's id in Firefox (wxt.config.ts, browser_specific_settings). */
export const FIREFOX_EXTENSION_ID = 'call-guide@example.org';

/**
 * A fixed moz-extension:// host, so its pages can be opened by URL. Firefox gives each profile a
 * random one unless `extensions.webextensions.uuids` names it before the extension installs.
 */
export const FIREFOX_EXTENSION_UUID = '6f1c2a4e-3b5d-4c7e-9a1f-2d8b0c6e4a35';

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but nothing is there.`);
    return fromEnv;
  }
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error('No Firefox found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.');
}

/** Preferences for a quiet, offline Firefox that keeps the extension's moz-extension:// host fixed. */
export function firefoxPrefs() {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
    // A build installed for the session keeps its storage and address when Firefox closes and it
    // is installed again, as a permanent install would (web-ext run and the restart test).
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // The extension pages' console.error lines on Firefox's standard output, which the tests read.
    'devtools.console.stdout.content': true,
    'browser.shell.checkDefaultBrowser': false,
    'app.update.disabledForTesting': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.aboutwelcome.enabled': false,
  };
}
