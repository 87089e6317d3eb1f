import { openMenu, showView } from './pages/panel-page';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test as base } from './fixtures';
import { extensionVariant } from './support/extension-variant';

// Debian's Chromium reads mandatory policy from here; CI runs as root, so the test can write it.
// This project runs after all the others (playwright.config.ts): the policy applies to every
// Chromium on the machine while the file exists.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'call-guide-e2e.json');

async function writePolicy(id: string, values: Record<string, unknown>) {
  await mkdir(POLICY_DIR, { recursive: true }).catch((error: Error) => {
    throw new Error(`Cannot write Chromium's policy folder (${error.message}). This test needs root, as CI has.`);
  });
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
}

const test = base.extend<{ extensionId: string }>({
  // A variant with a fixed key, so the policy file can name the extension's id before it loads.
  extensionDir: async ({}, use, testInfo) => {
    const variant = await extensionVariant(EXTENSION_DIR, { key: true });
    testInfo.annotations.push({ type: 'extension-id', description: variant.id! });
    await writePolicy(variant.id!, { organisation: 'moray', team: 'Lettings', locked: ['organisation', 'team'] });
    await use(variant.dir);
    await rm(POLICY_FILE, { force: true });
    await rm(variant.dir, { recursive: true, force: true });
  },
});

test('a policy file sets the organisation and locks it; a policy change applies without a restart', async ({ panel, context }, testInfo) => {
  const id = testInfo.annotations.find((a) => a.type === 'extension-id')!.description!;
  expect(panel.extensionId).toBe(id);
  const { page } = panel;
  await panel.open();
  const organisation = page.getByLabel('Organisation');
  await expect(organisation).toBeDisabled();
  await expect(organisation).toHaveValue('moray');
  await expect(page.getByText('Set by your organisation').first()).toBeVisible();
  await page.getByLabel('Your name').fill('Morag Innes');
  await page.getByRole('button', { name: 'Save and show greeting' }).click();
  await expect(panel.greeting()).toContainText('Moray Housing Partnership, Morag Innes speaking');
  // Who and where is in the panel's menu since the strip took the top of the panel.
  await expect((await openMenu(page)).getByText('Morag Innes · Lettings')).toBeVisible();

  await showView(page, 'Settings');
  await expect(page.getByLabel('Organisation')).toBeDisabled();
  await expect(page.getByLabel('Team (optional)')).toBeDisabled();
  await expect(page.getByText('Your organisation manages some of these settings')).toBeVisible();

  // IT changes the policy; the browser reloads it and the open panel follows.
  await writePolicy(id, { organisation: 'carmarthenshire-communities', locked: ['organisation'] });
  const policies = await context.newPage();
  await policies.goto('chrome://policy');
  await policies.getByRole('button', { name: 'Reload policies' }).click();
  await showView(page, 'Greeting');
  await expect(panel.greeting()).toHaveText(/^(Bore da|Prynhawn da|Noswaith dda), /, { timeout: 15_000 });
});

test('an invalid part of a policy is ignored and named; the rest still applies', async ({ panel }, testInfo) => {
  const id = testInfo.annotations.find((a) => a.type === 'extension-id')!.description!;
  // Chromium itself drops values the schema refuses (wrong type, out of range); these pass it but
  // not the guide. retentionMonths out of range is dropped, but its lock holds.
  await writePolicy(id, {
    organisation: 'moray',
    crm: { urlPattern: 'crm.example.gov.uk', fields: {} },
    playbookPack: '{"id": "half a pack"',
    retentionMonths: 240,
    locked: ['organisation', 'nonsense', 'retentionMonths'],
  });
  await panel.open();
  await expect(panel.page.getByLabel('Organisation')).toHaveValue('moray');
  await panel.page.getByLabel('Your name').fill('Morag Innes');
  await panel.page.getByRole('button', { name: 'Save and show greeting' }).click();
  await showView(panel.page, 'Settings');
  const problems = panel.page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(problems).toContainText('crm:');
  await expect(problems).toContainText('playbookPack: not valid JSON');
  await expect(problems).toContainText('"nonsense" is not a setting that can be locked');
  await expect(panel.page.getByLabel('Keep reviewed incidents for (months)')).toBeDisabled();
});

test('teamLeaderKeys in policy turns sealing on and locks the keys; restrictions take controls away', async ({ panel, context }, testInfo) => {
  const id = testInfo.annotations.find((a) => a.type === 'extension-id')!.description!;
  const { generateX25519Identity, identityToRecipient } = await import('age-encryption');
  const recipient = await identityToRecipient(await generateX25519Identity());
  await writePolicy(id, { organisation: 'moray', teamLeaderKeys: [recipient], restrictions: ['backupImport', 'export'] });
  const policies = await context.newPage();
  await policies.goto('chrome://policy');
  await policies.getByRole('button', { name: 'Reload policies' }).click();

  const { page } = panel;
  await panel.open();
  await page.getByLabel('Your name').fill('Morag Innes');
  await page.getByRole('button', { name: 'Save and show greeting' }).click();
  await showView(page, 'Settings');
  const keys = page.getByLabel('Team leader keys (one a line)');
  await expect(keys).toBeDisabled();
  await expect(keys).toHaveValue(recipient);

  const log = await context.newPage();
  await log.goto(`chrome-extension://${id}/incidents.html#/data`);
  await expect(log.getByText(/Incidents here are sealed/)).toBeVisible();
  await expect(log.getByRole('heading', { name: 'Sealed incidents' })).toBeVisible();
  await expect(log.getByRole('button', { name: 'Export sealed incidents' })).toHaveCount(0);
  await expect(log.getByLabel('Import a backup')).toBeHidden();
});
