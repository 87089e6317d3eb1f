import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';

const ALLOWED_PERMISSIONS = ['sidePanel', 'storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'scripting'];
// Asked for at run time, for the CRM's one site, only if the organisation connects a CRM.
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

// "Nothing leaves the machine", as the browser enforces it on every extension page.
const STRICT_CSP = ["default-src 'self'", "script-src 'self'", "connect-src 'none'", "img-src 'self' data: blob:", "form-action 'none'", "base-uri 'none'"];

test('the built manifest asks only for allowlisted permissions and a strict CSP', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  expect(manifest.storage.managed_schema).toBe('managed_schema.json');
  expect(manifest.content_scripts ?? []).toEqual([]);
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp.split('; ')).toEqual(expect.arrayContaining(STRICT_CSP));
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wss?:|wasm-unsafe-eval/);
  expect(manifest.side_panel.default_path).toBe('sidepanel.html');
});

test('the toolbar button opens the side panel, and a keyboard command is declared', async ({ serviceWorker }) => {
  // The worker sets the behaviour as it starts; poll rather than race its first call.
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick))
    .toBe(true);
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'open-guide', shortcut: 'Alt+Shift+G' }));
});

test('the built bundle loads no remote code', async () => {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(EXTENSION_DIR, { recursive: true })) as string[];
  for (const file of files.filter((name) => /\.(js|html)$/.test(name))) {
    const text = await readFile(join(EXTENSION_DIR, file), 'utf8');
    expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(text, file).not.toMatch(/import\(\s*["']https?:/);
  }
});

test('the Firefox build has a sidebar, the same strict CSP, and declares that it collects no data', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, '../firefox-mv3/manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect([...manifest.permissions].sort()).toEqual(['alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  expect(manifest.content_security_policy.extension_pages.split('; ')).toEqual(expect.arrayContaining(STRICT_CSP));
  expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|https?:|wss?:/);
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test('the panel cannot connect anywhere or post a form, even if code tried', async ({ panel }) => {
  const { page } = panel;
  await panel.open();
  const results = await page.evaluate(async () => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    const attempt = async (url: string) => fetch(url).then(() => 'sent', () => 'refused');
    const outcome = { remote: await attempt('https://example.org/collect'), local: await attempt('http://127.0.0.1:9/collect') };
    const form = Object.assign(document.createElement('form'), { action: 'https://example.org/collect', method: 'post' });
    document.body.append(form);
    form.submit();
    return outcome;
  });
  expect(results).toEqual({ remote: 'refused', local: 'refused' });
  await expect
    .poll(() => page.evaluate(() => [...new Set((window as unknown as { violations: string[] }).violations)].sort()))
    .toEqual(['connect-src', 'form-action']);
});
