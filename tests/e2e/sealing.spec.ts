import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM shared with the node scripts
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { IncidentLogPage } from './pages/incident-log-page';
import { CallPage, ProtocolPage, showView } from './pages/panel-page';
import { newProfileDir } from './support/profile-dir';
import { MONDAY_14_00 } from './support/clock';
import { rawTable, tamperFirstSealed } from './support/raw-db';

const WORDS = 'I know where your office is, Morag';

/** A call under the abusive-call protocol, ended, its incident saved with the caller's words. */
async function saveAbusiveCall(page: Page, caller: { surname: string; phone?: string }, words: string) {
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await showView(page, 'Greeting');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill(caller.surname);
  if (caller.phone) await call.field('Phone').fill(caller.phone);
  await call.button('Abusive caller').click();
  await protocol.action('Said it').click();
  await protocol.action('Call ended').click();
  await protocol.field("The caller's exact words").fill(words);
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
}

async function unlock(log: IncidentLogPage, key: string) {
  await log.page.getByRole('button', { name: 'Unlock with team leader key' }).click();
  await log.page.getByLabel('Paste the key (AGE-SECRET-KEY-1…)').fill(key);
  await log.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(log.page.getByText(/Unlocked with team leader key/)).toBeVisible();
}

test('an incident is sealed on save, read only with the team leader key, and gathered into another profile', async ({ panel, context, extensionId }) => {
  test.setTimeout(120_000);
  // A team leader creates a key in the log; its file is kept, its public key given to IT.
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.open();
  await expect(log.page.getByText(/anyone using this browser profile can read, export or delete them/)).toBeVisible();
  await log.page.getByRole('button', { name: 'Create a team leader key' }).click();
  const keyFile = await log.download(log.page.getByRole('button', { name: 'Create key and save its file' }));
  expect(keyFile.name).toBe('team-leader-key.txt');
  const recipient = /# public key: (age1\w+)/.exec(keyFile.text)![1]!;
  await expect(log.page.getByRole('status').filter({ hasText: recipient })).toBeVisible();
  const identity = /AGE-SECRET-KEY-1\w+/.exec(keyFile.text)![0];

  // Settings on the agent's desk: a malformed key is refused, the team leader's accepted.
  const { page } = panel;
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await showView(page, 'Settings');
  const keys = page.getByLabel('Team leader keys (one a line)');
  await keys.fill('age1notakey');
  await page.getByRole('button', { name: 'Save team leader keys' }).click();
  await expect(page.getByText(/is not a team leader key/)).toBeVisible();
  await keys.fill(recipient);
  await page.getByRole('button', { name: 'Save team leader keys' }).click();
  await expect(page.getByText('Saved: incidents are sealed from now on.')).toBeVisible();

  // A call ends under the abusive-call protocol; the incident is saved.
  await saveAbusiveCall(page, { surname: 'Blackwood', phone: '01632 960999' }, WORDS);

  // On disk: none of the typed words, the caller's name or number.
  await log.page.bringToFront();
  await log.page.reload();
  const raw = await rawTable(log.page, 'incidents');
  expect(raw).toContain('BEGIN AGE ENCRYPTED FILE');
  for (const typed of ['office is', 'Blackwood', '960999', 'Morag,']) expect(raw).not.toContain(typed);

  // The log is locked: kind, date, status and follow-ups only.
  const row = log.list().getByRole('row', { name: /Abusive call/ });
  await expect(row).toContainText('Sealed');
  await expect(row).not.toContainText('Blackwood');
  await unlock(log, identity);
  await expect(row).toContainText('Blackwood');
  await row.getByRole('link').click();
  await expect(log.page.getByRole('region', { name: 'What the agent recorded' })).toContainText(WORDS);
  await log.page.getByLabel('Your name').fill('Alex Boyd');
  const review = log.page.getByRole('region', { name: 'Review' });
  await review.getByLabel('Review note').fill('Spoke to the depot manager today');
  await review.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(review).toContainText('Reviewed by Alex Boyd');
  await expect.poll(() => rawTable(log.page, 'incidents')).toContain('"status":"reviewed"');
  expect(await rawTable(log.page, 'incidents')).not.toContain('depot manager');

  // Exported on the agent's desk (locked: no key needed), read by the standard age tool.
  await log.page.getByRole('button', { name: 'Lock now' }).click();
  await log.view('Export, backup and retention');
  const exported = await log.download(log.page.getByRole('button', { name: 'Export sealed incidents' }));
  expect(exported.name).toMatch(/^sealed-incidents-\d{4}-\d\d-\d\d\.age$/);
  const dir = await mkdtemp(join(tmpdir(), 'sealed-e2e-'));
  await writeFile(join(dir, 'key.txt'), keyFile.text);
  await writeFile(join(dir, 'incidents.age'), exported.text);
  const outer = JSON.parse(execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'incidents.age')], { encoding: 'utf8' }));
  expect(outer.incidents).toHaveLength(1);
  await writeFile(join(dir, 'incident.age'), outer.incidents[0].sealed.content);
  expect(execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'incident.age')], { encoding: 'utf8' })).toContain(WORDS);
  await rm(dir, { recursive: true, force: true });

  // Imported in the team leader's own profile, unlocked with the same key.
  const profile = await newProfileDir('call-guide-e2e-leader-');
  const other = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true, args: chromiumArgs(EXTENSION_DIR) });
  try {
    const worker = other.serviceWorkers()[0] ?? (await other.waitForEvent('serviceworker'));
    const leader = new IncidentLogPage(await other.newPage(), new URL(worker.url()).host);
    await leader.open('#/data');
    await unlock(leader, identity);
    await leader.page.getByLabel('Import sealed incidents').setInputFiles([{ name: exported.name, mimeType: 'application/octet-stream', buffer: Buffer.from(exported.text) }]);
    await expect(leader.page.getByText(/1 incident added/)).toBeVisible();
    await leader.view('Incidents');
    const imported = leader.list().getByRole('row', { name: /Abusive call/ });
    await expect(imported).toContainText('Reviewed');
    await expect(imported).toContainText('Blackwood');
    await imported.getByRole('link').click();
    await expect(leader.page.getByRole('region', { name: 'Review' })).toContainText('Spoke to the depot manager today');
  } finally {
    await other.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('an unlocked log names a damaged incident, and shows an incident the panel saves meanwhile, found by the beginning of a word', async ({ panel, context, extensionId }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(join(tmpdir(), 'sealed-live-'));
  execFileSync('age-keygen', ['-o', join(dir, 'key.txt')], { stdio: 'ignore' });
  const identity = /AGE-SECRET-KEY-1\w+/.exec(await readFile(join(dir, 'key.txt'), 'utf8'))![0];
  const recipient = execFileSync('age-keygen', ['-y', join(dir, 'key.txt')], { encoding: 'utf8' }).trim();
  await rm(dir, { recursive: true, force: true });

  const { page } = panel;
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await showView(page, 'Settings');
  await page.getByLabel('Team leader keys (one a line)').fill(recipient);
  await page.getByRole('button', { name: 'Save team leader keys' }).click();
  await expect(page.getByText('Saved: incidents are sealed from now on.')).toBeVisible();

  // One incident saved before, then damaged on disk: unlocking names it and leaves it as it is.
  await saveAbusiveCall(page, { surname: 'Pritchard' }, 'You will regret this');
  const protocol = new ProtocolPage(page);
  await protocol.action('Done, next step').click();
  await protocol.action('Finish').click();
  await expect(new CallPage(page).button('Start call')).toBeVisible();
  const damaged = await tamperFirstSealed(page);
  const before = await rawTable(page, 'incidents');

  // The team leader unlocks the log on this desk.
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.open();
  await unlock(log, identity);
  await expect(log.page.getByRole('alert')).toContainText(`1 incident could not be opened: damaged or tampered with (${damaged})`);
  expect(await rawTable(page, 'incidents')).toBe(before);

  // The panel beside the log (both in view, as the side panel is beside a tab).
  await page.bringToFront();
  await saveAbusiveCall(page, { surname: 'Blackwood' }, 'The allotment gate is mine');
  await log.page.bringToFront();

  // Still unlocked, the log lists it readable, and a search by a word's beginning finds it.
  const row = log.list().getByRole('row', { name: /Abusive call/ }).filter({ hasText: 'Blackwood' });
  await expect(row).toBeVisible();
  await log.page.getByLabel('Search notes and the caller’s words').fill('allotm');
  await expect(log.list().getByRole('row', { name: /Abusive call/ })).toHaveCount(1);
  await expect(row).toBeVisible();
  await log.page.getByLabel('Search notes and the caller’s words').fill('allotmx');
  await expect(log.list().getByRole('row', { name: /Abusive call/ })).toHaveCount(0);
  await expect(log.page.getByText(/Unlocked with team leader key/)).toBeVisible();
});
