import { readFile, rm } from 'node:fs/promises';
import { EXTENSION_DIR, expect, test as base } from './fixtures';
import { dayMonthYear } from '../support/now';
import { CallPage, showView } from './pages/panel-page';
import { MONDAY_14_00 } from './support/clock';
import { extensionVariant } from './support/extension-variant';

const test = base;

async function openSettings(panel: import('./pages/panel-page').PanelPage) {
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await showView(panel.page, 'Settings');
}

test('hold timings are kept within the playbook’s, with a message when not', async ({ panel }) => {
  await openSettings(panel);
  const { page } = panel;
  await page.getByLabel('Check in every (seconds)').fill('90');
  await page.getByRole('button', { name: 'Save hold settings' }).click();
  await expect(page.getByText('Your playbook checks in every 60 seconds; choose that or less.')).toBeVisible();
  await page.getByLabel('Check in every (seconds)').fill('45');
  await page.getByRole('button', { name: 'Save hold settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
});

test('a good playbook pack imports after a preview; a bad one is refused with its problems and nothing changes', async ({ panel }, testInfo) => {
  await openSettings(panel);
  const { page } = panel;
  // Start from a copy of the built-in playbook, as an organisation would.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Copy as a starting point' }).click();
  const copy = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(copy.id).toBe('moray-own');
  copy.organisation.name = 'Moray Housing Partnership (Elgin office)';

  const bad = { ...copy, id: 'Not An Id', greeting: { ...copy.greeting, templates: [] } };
  await page.getByLabel('Import a playbook pack').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'This pack was not imported' });
  await expect(refusal).toContainText('id: an id is lower-case words joined by hyphens');
  await expect(refusal).toContainText('greeting.templates');
  await page.getByLabel('Import a playbook pack').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
  await expect(page.getByRole('alert').filter({ hasText: 'not JSON' })).toBeVisible();
  await expect(page.getByLabel('Organisation')).not.toContainText('Elgin office');

  await page.getByLabel('Import a playbook pack').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(copy)),
  });
  const preview = page.getByRole('region', { name: 'Preview of the pack' });
  await expect(preview).toContainText('New playbook "Moray Housing Partnership (Elgin office)" (moray-own).');
  await preview.getByRole('button', { name: 'Apply the pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.getByLabel('Organisation').selectOption({ label: 'Moray Housing Partnership (Elgin office)' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Moray Housing Partnership (Elgin office)', level: 1 })).toBeVisible();
  testInfo.annotations.push({ type: 'pack', description: copy.id });
});

test('referral services: Moray is told it has set no local numbers, adds its own, and records a check with the service; the protocol shows both', async ({ panel }) => {
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await openSettings(panel);
  const { page } = panel;
  const settings = page.getByRole('region', { name: 'Referral services' });
  await expect(settings).toContainText('Your organisation has not set local referral numbers.');
  await expect(settings).not.toContainText('SLAM Crisis Line');
  await settings.getByRole('button', { name: 'Checked with the service today: Samaritans' }).click();
  await settings.getByRole('button', { name: 'Edit SANeline' }).click();
  await settings.getByLabel('Hours', { exact: true }).last().fill('4pm to 10pm every day');
  await settings.getByRole('button', { name: 'Add a service' }).click();
  await settings.getByLabel('Name', { exact: true }).last().fill('Moray crisis team');
  await settings.getByLabel('Phone number', { exact: true }).last().fill('01343 567000');
  await settings.getByRole('button', { name: 'Save referral services' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'Self-harm' }).click();
  await page.getByRole('button', { name: /4\. Not urgent/ }).click();
  const numbers = page.getByRole('region', { name: 'Referral numbers' });
  await expect(numbers).not.toContainText('has not set local referral numbers');
  const saneline = numbers.getByRole('listitem').filter({ hasText: 'SANeline' });
  await expect(saneline).toContainText('0845 767 8000');
  await expect(saneline).toContainText('4pm to 10pm every day');
  await expect(saneline).toContainText('Set by your organisation');
  await expect(numbers.getByRole('listitem').filter({ hasText: 'Samaritans' })).toContainText(`Checked with the service ${dayMonthYear(MONDAY_14_00.getTime())}.`);
  await expect(numbers.getByRole('listitem').filter({ hasText: 'Moray crisis team' })).toContainText('01343 567000');
});

test.describe('Fill from CRM', () => {
  // Playwright cannot click Chrome's permission prompt, so this variant has access to the demo
  // CRM's site already, as if the agent had pressed "Allow".
  test.use({
    extensionDir: async ({}, use) => {
      const variant = await extensionVariant(EXTENSION_DIR, { grantHosts: ['http://127.0.0.1/*'] });
      await use(variant.dir);
      await rm(variant.dir, { recursive: true, force: true });
    },
  });

  test('fills the caller from the demo CRM page once the agent confirms', async ({ context, panel, demoCrm }) => {
    const crm = await context.newPage();
    await crm.goto(demoCrm.url);
    const { page } = panel;
    // The panel in front, as the side panel is beside the CRM: a tab behind another has its
    // timers slowed to one a second, and the panel then takes seconds over every step.
    await page.bringToFront();
    await openSettings(panel);
    await page.getByLabel('CRM address').fill('http://127.0.0.1/*');
    await page.getByLabel('Caller’s name').fill('Name');
    await page.getByLabel('Address', { exact: true }).fill('Address');
    await page.getByLabel('Phone', { exact: true }).fill('Phone');
    await page.getByLabel('Email', { exact: true }).fill('[data-crm-field=email]');
    await page.getByLabel('Reference', { exact: true }).fill('Reference');
    await page.getByRole('button', { name: 'Save CRM connection' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    const call = new CallPage(page);
    await showView(page, 'Greeting');
    await call.button('Start call').click();
    await call.button('Next step').click();
    await call.button('Fill from CRM').click();
    const found = page.getByRole('group', { name: 'Details from the CRM' });
    await expect(found).toContainText('Name: Mrs Eleri Vaughan-Price');
    await expect(found).toContainText('Email: eleri.vaughan-price@example.org');
    await expect(call.field('Surname')).toHaveValue('');
    await found.getByRole('button', { name: 'Use these details' }).click();
    await expect(call.field('Title')).toHaveValue('Mrs');
    await expect(call.field('Surname')).toHaveValue('Vaughan-Price');
    await expect(call.field('Address')).toHaveValue('14 Heol y Wawr, Llandeilo, Carmarthenshire SA19 6ZZ');
    await expect(call.field('Phone')).toHaveValue('01632 960123');
  });
});

test('without a CRM connection there is no Fill from CRM, and nothing else changes', async ({ panel }) => {
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  const call = new CallPage(panel.page);
  await call.button('Start call').click();
  await call.button('Next step').click();
  await expect(panel.page.getByRole('button', { name: 'Fill from CRM' })).toHaveCount(0);
});

test('the retention period is set in Settings, refused when out of range, and the incident log uses it', async ({ panel, context, extensionId }) => {
  await openSettings(panel);
  const { page } = panel;
  const months = page.getByLabel('Keep reviewed incidents for (months)');
  await expect(months).toHaveValue('12');
  await months.fill('0');
  await page.getByRole('button', { name: 'Save retention' }).click();
  await expect(page.getByText('Enter a whole number of months from 1 to 120.')).toBeVisible();
  await months.fill('24');
  await page.getByRole('button', { name: 'Save retention' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/incidents.html#/data`);
  await expect(log.getByLabel('Keep reviewed incidents for (months)')).toHaveValue('24');
});
