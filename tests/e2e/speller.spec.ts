import { expect, test } from './fixtures';
import { CallPage, showView } from './pages/panel-page';

/** The words of a spelled group, read from its list as the agent sees them. */
async function words(page: import('@playwright/test').Page, group: string): Promise<string[]> {
  const items = page.getByRole('list', { name: group }).getByRole('listitem');
  return (await items.evaluateAll((nodes) => nodes.map((node) => node.lastElementChild?.textContent ?? ''))) as string[];
}

test('Spell reads an email and a postcode in groups; Decode turns what the caller says back into text', async ({ panel }) => {
  const { page } = panel;
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await showView(page, 'Spell');

  await page.getByRole('textbox', { name: 'Spell' }).fill('jo.bloggs-1@example.co.uk');
  await expect.poll(() => words(page, 'Local part jo.bloggs-1')).toEqual([
    'Juliett', 'Oscar', 'dot', 'Bravo', 'Lima', 'Oscar', 'Golf', 'Golf', 'Sierra', 'hyphen', 'One',
  ]);
  await expect.poll(() => words(page, 'At sign @')).toEqual(['at']);

  await page.getByRole('textbox', { name: 'Spell' }).fill('SW1A 1AA');
  await expect.poll(() => words(page, 'Outward code SW1A')).toEqual(['Sierra', 'Whiskey', 'One', 'Alfa']);
  await expect.poll(() => words(page, 'Inward code 1AA')).toEqual(['One', 'Alfa', 'Alfa']);

  // Read back one group at a time, at the caller's pace, from the keyboard.
  await page.getByRole('button', { name: 'Read back' }).click();
  await expect(page.getByText('Sierra')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Inward code')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('textbox', { name: 'Decode' }).fill('c for charlie, a as in apple, t for tango');
  await expect(page.getByText('CAT', { exact: true })).toBeVisible();
});

test('"Spell with NATO phonetics" on text selected in the CRM opens it in the speller', async ({ context, panel, demoCrm }) => {
  const crm = await context.newPage();
  await crm.goto(demoCrm.url);
  const reference = crm.locator('[data-crm-field="reference"]');
  await reference.selectText();
  const selection = await crm.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selection).toBe('HRR-204-7781');

  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  // The context menu cannot be clicked from Playwright: send what its handler sends, through the
  // extension's own messaging, to the same background code path.
  await panel.page.evaluate((text) => chrome.runtime.sendMessage({ type: 'spell-text', text }), selection);
  await expect(panel.page.getByRole('textbox', { name: 'Spell' })).toHaveValue('HRR-204-7781');
  await expect(panel.page.getByRole('list', { name: /HRR/ }).first()).toContainText('Hotel');
});

test('the context menu item is registered for selections', async ({ serviceWorker }) => {
  // update() rejects for a menu item that does not exist. The item is created when the browser
  // reports the install, which may come a moment after the worker starts: wait for it.
  await expect(async () => {
    await serviceWorker.evaluate(() => chrome.contextMenus.update('spell-selection', { title: 'Spell with NATO phonetics' }));
  }).toPass({ timeout: 10_000 });
});

test('a caller detail jumps to the speller with its value filled in', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Phone').fill('01343 543210');
  await call.button('Spell phone').click();
  await expect(page.getByRole('textbox', { name: 'Spell' })).toHaveValue('01343 543210');
  await page.getByRole('button', { name: 'Back to the call' }).click();
  await expect(call.field('Phone')).toHaveValue('01343 543210');
});
