// Finding Debian's Chromium and the flags every launch uses, shared by npm start, the end-to-end
// tests and the benchmark. Playwright cannot download its own browser on these machines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but nothing is there.`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error(
    'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

/** Flags for a quiet, offline Chromium with the built extension loaded. */
export function chromiumArgs(extensionDir, { headless = true } = {}) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--disable-gpu'] : []),
  ];
}
