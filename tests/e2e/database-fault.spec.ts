/**
 * A database the guide cannot open, in real Chromium: made the way it happens (an older version of
 * the database holding a record the upgrade cannot read), not by replacing the browser's API.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { IncidentLogPage } from './pages/incident-log-page';
import { expectNoViolations } from './support/axe';

const draft = { id: 'live-call', savedAt: 1, data: { notes: 'Caller said the boiler is leaking' } };
const unreadable = { id: 'odd', kind: 'abusive-call', status: 'open', createdAt: 1, agentName: 'A', callerKeys: [], followUps: 'rang Tuesday' };

/** Version 2 of the guide's database (IndexedDB version 20), written with the raw API. */
function makeUnupgradable(worker: Worker) {
  return worker.evaluate(
    ({ draft, unreadable }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('call-guide', 20);
        open.onupgradeneeded = () => {
          const db = open.result;
          const incidents = db.createObjectStore('incidents', { keyPath: 'id' });
          for (const index of ['kind', 'status', 'createdAt', 'agentName']) incidents.createIndex(index, index);
          incidents.createIndex('callerKeys', 'callerKeys', { multiEntry: true });
          db.createObjectStore('drafts', { keyPath: 'id' });
          const callBacks = db.createObjectStore('callBacks', { keyPath: 'id' });
          for (const index of ['status', 'dueAt']) callBacks.createIndex(index, index);
          incidents.put(unreadable);
          open.transaction!.objectStore('drafts').put(draft);
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
    { draft, unreadable },
  );
}

/** The database's version and records, read without opening it at a version (nothing upgraded). */
function readAsStored(worker: Worker) {
  return worker.evaluate(
    () =>
      new Promise<{ version: number; incidents: unknown[]; drafts: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('call-guide');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['incidents', 'drafts']);
          const incidents = tx.objectStore('incidents').getAll();
          const drafts = tx.objectStore('drafts').getAll();
          tx.oncomplete = () => {
            resolve({ version: db.version, incidents: incidents.result, drafts: drafts.result });
            db.close();
          };
        };
      }),
  );
}

test('a database that will not open: the panel and the log say so, keep working, export it, and delete nothing', async ({
  context,
  extensionId,
  panel,
  serviceWorker,
}) => {
  await makeUnupgradable(serviceWorker);

  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  const alert = panel.page.getByRole('alert', { name: 'Saved data cannot be opened' });
  await expect(alert).toContainText('nothing new is being saved');
  await expect(alert).toContainText('Nothing has been deleted');
  await expectNoViolations(panel.page, 'the panel with its database unopened');
  // The guidance still works around it.
  await expect(panel.greeting()).toContainText('Morag Innes speaking');
  await panel.page.getByRole('button', { name: 'Start call' }).click();
  await panel.page.keyboard.press('Alt+3');
  const notes = panel.page.getByLabel('Call notes', { exact: true });
  await notes.fill('Kept on screen');
  await expect(panel.page.getByText('This call has not been saved: the saved data cannot be opened (above). It is still on screen.')).toBeVisible();
  await expect(notes).toHaveValue('Kept on screen');

  const [download] = await Promise.all([panel.page.waitForEvent('download'), alert.getByRole('button', { name: 'Export what is stored' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^call-guide-rescue-\d{4}-\d{2}-\d{2}\.json$/);
  const { readFile } = await import('node:fs/promises');
  const rescued = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(rescued).toMatchObject({ format: 'call-guide-rescue', database: 'call-guide', stores: { incidents: [unreadable], drafts: [draft] } });
  await expect(alert.getByRole('status')).toHaveText(/Exported 2 records/);

  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.open();
  await expect(log.page.getByRole('alert', { name: 'Saved data cannot be opened' })).toBeVisible();
  await expectNoViolations(log.page, 'the incident log with its database unopened');

  // "Try again" asks before a reload would take the unsaved call with it; then it really tries again.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await alert.getByRole('button', { name: 'Keep the call on screen' }).click();
  await expect(notes).toHaveValue('Kept on screen');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await alert.getByRole('button', { name: 'Reload anyway' }).click();
  await expect(panel.page.getByRole('alert', { name: 'Saved data cannot be opened' })).toBeVisible();

  // Nothing was upgraded, changed or deleted by either page.
  expect(await readAsStored(serviceWorker)).toEqual({ version: 20, incidents: [unreadable], drafts: [draft] });
});
