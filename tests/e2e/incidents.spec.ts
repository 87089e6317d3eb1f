import { openMenu } from './pages/panel-page';
import { HOUR } from '../support/now';
import { expect, test } from './fixtures';
import { T0 } from './support/clock';

test('the incident log opens in a tab, wired to the real IndexedDB', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/incidents.html`);
  await expect(page.getByRole('heading', { name: 'Incident log' })).toBeVisible();
  await expect(page.getByText('No incidents logged on this desktop yet.')).toBeVisible();

  // Write a record straight into the browser's IndexedDB, as a later protocol would, and reload.
  await page.evaluate(
    (createdAt) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('call-guide');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('incidents', 'readwrite');
          tx.objectStore('incidents').put({
            id: 'inc-1',
            kind: 'abusive-call',
            status: 'open',
            createdAt,
            agentName: 'Morag Innes',
            playbookId: 'moray',
            summary: 'Call ended after three warnings.',
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    T0 - 4 * HOUR,
  );
  await page.reload();
  const table = page.getByRole('table', { name: /1 incident/ });
  await expect(table.getByRole('row', { name: /Morag Innes/ })).toContainText('Abusive call');
  await expect(table).toContainText('Call ended after three warnings.');
});

test('the panel links to the incident log', async ({ panel }) => {
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  const link = (await openMenu(panel.page)).getByRole('link', { name: 'Incident log', exact: true });
  await expect(link).toHaveAttribute('href', `chrome-extension://${panel.extensionId}/incidents.html`);
  await expect(panel.page.getByRole('region', { name: 'Incident log' })).toContainText('0 open incidents · no follow-ups overdue');
});
