import type { BrowserContext } from '@playwright/test';
import Papa from 'papaparse';
import { DAY, HOUR, makeIncident, passesRetention } from '../unit/incidents/make-incident';
import { expect, test } from './fixtures';
import { IncidentLogPage } from './pages/incident-log-page';
import { CallPage, ProtocolPage } from './pages/panel-page';
import { expectNoViolationsLightAndDark } from './support/axe';
import { backupText } from './support/backup-file';
import { addMonths, dateAndTime, dayMonth, dayMonthYear, weekdayName } from '../support/now';
import { dayAfter, MONDAY_14_00, T0 } from './support/clock';

const NOW = T0;

test('an incident made by the abusive-call protocol appears in the log, is reviewed, and its follow-up recorded', async ({ panel, context, extensionId }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill('Black');
  await call.field('Phone').fill('01632 960999');
  await call.button('Abusive caller').click();
  await page.clock.fastForward('00:30');
  await protocol.action('Said it').click();
  await expect(page.getByText('Warnings given: 1 of 1')).toBeVisible();
  await protocol.action('Call ended').click();
  await protocol.field("The caller's exact words").fill('I know where your office is.');
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();

  // The next day, after the 24-hour deadline for the line manager's call (AB-12).
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  const tuesday15 = dayAfter(1, 15).getTime();
  await log.page.clock.install({ time: tuesday15 });
  await log.open();
  const row = log.list().getByRole('row', { name: /Abusive call/ });
  await expect(row).toContainText('1 warning (14:00); the call was ended.');
  await expect(row).toContainText(new RegExp(`Overdue since ${weekdayName(tuesday15)} ${dayMonth(tuesday15)}, 14:0\\d`));
  await row.getByRole('link').click();

  const timeline = log.page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Abusive call: protocol opened' })).toBeVisible();
  // Thirty seconds on the page's clock, plus the moments the clicks themselves take.
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Warning given: Warn you will end the call' })).toContainText(/\+3\d s$/);
  await expect(log.page.getByRole('region', { name: 'What the agent recorded' })).toContainText('I know where your office is.');
  const followUps = log.page.getByRole('region', { name: 'Follow-ups' });
  await expect(followUps.locator('strong')).toHaveText(new RegExp(`OVERDUE, was due ${dayMonthYear(tuesday15)} 14:0\\d`));

  await log.page.getByLabel('Your name').fill('Alex Boyd');
  // The call was ended: the line manager's call to the caller, and the agent's own welfare debrief.
  await expect(followUps.getByRole('group', { name: 'Record done: Agent debriefed' })).toBeVisible();
  const lineManager = followUps.getByRole('group', { name: 'Record done: Line manager' });
  await lineManager.getByLabel('How it was done').selectOption({ label: 'Rang the caller' });
  await lineManager.getByLabel('What came of it').fill('Explained why the call ended; caller apologised.');
  await lineManager.getByRole('button', { name: 'Record follow-up done' }).click();
  await expect(followUps).toContainText(`done Rang the caller, ${dateAndTime(tuesday15)} by Alex Boyd: Explained why the call ended; caller apologised.`);

  const review = log.page.getByRole('region', { name: 'Review' });
  await review.getByLabel('Review note').fill('Discussed with Morag; no further action.');
  await review.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(review).toContainText(`Reviewed by Alex Boyd, ${dateAndTime(tuesday15)}.`);
  await expect(review.getByRole('list', { name: 'Review notes' })).toContainText('Alex Boyd: Discussed with Morag; no further action.');

  await log.page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(log.list().getByRole('row', { name: /Abusive call/ })).toContainText('Reviewed');
  // The caller's follow-up is done; the agent's welfare debrief is the one still due.
  await expect(log.list().getByRole('row', { name: /Abusive call/ })).not.toContainText('Overdue since');
  await expect(log.list().getByRole('row', { name: /Abusive call/ })).toContainText(/Due /);
});

test('the CSV of the filtered list opens a note beginning "=HYPERLINK(" as text', async ({ context, extensionId }) => {
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.open('#/data');
  await log.importBackup('notes.json', backupText([
    makeIncident({ id: 'formula', createdAt: NOW, notes: '=HYPERLINK("http://x","Click")' }),
    makeIncident({ id: 'other', kind: 'self-harm', createdAt: NOW - DAY }),
  ]));
  await expect(log.page.getByText(/2 added/)).toBeVisible();
  await log.view('Incidents');
  await log.page.getByLabel('Kind').selectOption({ label: 'Abusive call' });
  await expect(log.list()).toHaveAccessibleName('1 incident, newest first');
  const csv = await log.download(log.page.getByRole('button', { name: 'Export this list as CSV' }));
  expect(csv.name).toMatch(/^incidents-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.Incident)).toEqual(['formula']);
  expect(rows[0]!.Notes).toBe(`'=HYPERLINK("http://x","Click")`);
});

test('a JSON backup imported back gives the same count and no duplicates; a malformed one is refused and changes nothing', async ({ context, extensionId }) => {
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.open('#/data');
  const incidents = Array.from({ length: 30 }, (_, i) => makeIncident({ id: `inc-${i}`, createdAt: NOW - i * HOUR }));
  await log.importBackup('start.json', backupText(incidents));
  await expect(log.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('30 added');

  const backup = await log.download(log.page.getByRole('button', { name: 'Download a backup of the whole log (JSON)' }));
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'call-guide-incident-log', version: 1, count: 30 });
  await log.importBackup(backup.name, backup.text);
  await expect(log.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('0 added, 0 updated with review or follow-up details, 30 already in the log');

  const broken = JSON.parse(backup.text);
  broken.incidents[4].createdAt = 'last Tuesday';
  broken.incidents.push({ ...broken.incidents[0] });
  broken.count = broken.incidents.length;
  await log.importBackup('broken.json', JSON.stringify(broken));
  const refusal = log.page.getByRole('alert');
  await expect(refusal).toContainText('This file was not imported, and the log is unchanged.');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'Incident 5: createdAt: Invalid type: Expected number but received "last Tuesday"',
    `Incident 31: the same id as incident 1 (${broken.incidents[0].id}).`,
  ]);

  await log.view('Incidents');
  await expect(log.list()).toHaveAccessibleName('30 incidents, newest first');
});

test('retention deletes only the reviewed incidents it said it would, after offering an export', async ({ context, extensionId }) => {
  const reviewed = (id: string, daysAgo: number) =>
    makeIncident({ id, createdAt: NOW - daysAgo * DAY, status: 'reviewed', review: { by: 'Alex Boyd', at: NOW - daysAgo * DAY + HOUR, note: '' } });
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.page.clock.install({ time: MONDAY_14_00 });
  await log.open('#/data');
  await log.importBackup('year.json', backupText([
    reviewed('reviewed-400-days', 400),
    reviewed('reviewed-370-days', 370),
    reviewed('reviewed-350-days', 350),
    makeIncident({ id: 'open-500-days', createdAt: NOW - 500 * DAY }),
    reviewed('reviewed-last-week', 7),
  ]));
  await expect(log.page.getByText(/5 added/)).toBeVisible();

  const preview = log.page.getByRole('group', { name: 'What retention will delete' });
  await expect(preview).toContainText(`2 reviewed incidents recorded before ${dateAndTime(addMonths(NOW, -12))} are past the 12-month retention period`);
  await expect(preview).toContainText(`1 more reviewed incident passes the period in the next 30 days, the first on ${dayMonthYear(passesRetention(NOW - 350 * DAY, 12))}.`);
  await expect(preview).toContainText('1 open incident is older than the period');
  const exported = await log.download(preview.getByRole('button', { name: 'Export these 2 first (JSON)' }));
  expect(JSON.parse(exported.text).incidents.map((i: { id: string }) => i.id).sort()).toEqual(['reviewed-370-days', 'reviewed-400-days']);

  await preview.getByRole('button', { name: 'Delete 2 reviewed incidents…' }).click();
  await log.page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete 2 reviewed incidents' }).click();
  await expect(log.page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText('Deleted 2 reviewed incidents.');
  await expect(preview).toContainText('nothing is due for deletion');

  await log.view('Incidents');
  await expect(log.list()).toHaveAccessibleName('3 incidents, newest first');
  const remaining = () => log.list().getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await expect.poll(remaining).toEqual(['#/incident/reviewed-last-week', '#/incident/reviewed-350-days', '#/incident/open-500-days']);
});

/** The log with three incidents in it, opened on the export page, at MONDAY_14_00. */
async function logWithIncidents(context: BrowserContext, extensionId: string): Promise<IncidentLogPage> {
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.page.clock.install({ time: MONDAY_14_00 });
  await log.open('#/data');
  await log.importBackup('some.json', backupText([
    makeIncident({ id: 'a', createdAt: NOW - 2 * DAY, followUps: [{ id: 'ring', kind: 'ring', label: 'Line manager rings the caller within 24 hours (AB-12)', dueAt: NOW - DAY, doneAt: null, doneBy: null, doneHow: null, doneNote: '' }] }),
    makeIncident({ id: 'b', createdAt: NOW - 9 * DAY, timeline: [{ at: NOW - 9 * DAY, type: 'call-started', label: 'Call started' }] }),
    makeIncident({ id: 'c', createdAt: NOW - 400 * DAY, status: 'reviewed', review: { by: 'Alex Boyd', at: NOW - 399 * DAY, note: 'Fine' } }),
  ]));
  await expect(log.page.getByText(/3 added/)).toBeVisible();
  return log;
}

test('the log in light and dark: export and retention, the list, an incident pass axe', async ({ context, extensionId }) => {
  const log = await logWithIncidents(context, extensionId);
  await expectNoViolationsLightAndDark(log.page, 'export, backup and retention');
  await log.view('Incidents');
  await expect(log.list()).toBeVisible();
  await expectNoViolationsLightAndDark(log.page, 'the list');
  await log.list().getByRole('link').first().click();
  await expect(log.page.getByRole('region', { name: 'Follow-ups' })).toBeVisible();
  await expectNoViolationsLightAndDark(log.page, 'an incident');
});

test('the log in light and dark: the printable report, the overview, repeat callers and the Director’s report pass axe', async ({ context, extensionId }) => {
  const log = await logWithIncidents(context, extensionId);
  await log.page.goto(`chrome-extension://${extensionId}/incidents.html#/incident/a`);
  await log.page.getByRole('link', { name: 'Printable report' }).click();
  await expect(log.page.getByRole('table', { name: '1. The incident' })).toBeVisible();
  await expectNoViolationsLightAndDark(log.page, 'the printable report');
  await log.view('Overview');
  await expect(log.page.getByRole('img', { name: 'Incidents by kind per week' })).toBeVisible();
  await expectNoViolationsLightAndDark(log.page, 'the overview');
  await log.view('Repeat callers');
  await log.page.getByRole('button', { name: 'Write the report for the Director' }).click();
  await expectNoViolationsLightAndDark(log.page, 'repeat callers and the Director’s report');
});
