import Papa from 'papaparse';
import { HOUR } from '../unit/incidents/make-incident';
import { triageWeek } from '../unit/incidents/triage-week';
import { expect, test } from './fixtures';
import { IncidentLogPage } from './pages/incident-log-page';
import { backupText } from './support/backup-file';
import { T0 } from './support/clock';

const NOW = T0;

test('a team leader triages the week from the list, records the police reference and exports everything recorded', async ({ context, extensionId }) => {
  const log = new IncidentLogPage(await context.newPage(), extensionId);
  await log.page.clock.install({ time: NOW + 2 * HOUR });
  await log.open('#/data');
  await log.importBackup('week.json', backupText(triageWeek(NOW)));
  await expect(log.page.getByText(/3 added/)).toBeVisible();
  await log.view('Incidents');
  await expect(log.list()).toHaveAccessibleName('3 incidents, newest first');
  await expect(log.list().getByRole('row', { name: /999 called/ })).toContainText('Caller declared intent to self-harm');

  // Most serious first: the 999 call above the ended call above the caller who apologised.
  await log.page.getByLabel('Order').selectOption({ label: 'Most serious first' });
  await expect(log.list()).toHaveAccessibleName('3 incidents, most serious first');
  await expect(log.list().getByRole('row').nth(1)).toContainText('999 called');
  await expect(log.list().getByRole('row').nth(3)).toContainText('Behaviour stopped');

  // The police were told about the ended call: recorded on the incident with their reference.
  await log.list().getByRole('row', { name: /the call was ended/ }).getByRole('link').click();
  await log.page.getByLabel('Your name').fill('Alex Boyd');
  await log.page.getByRole('checkbox', { name: 'Police informed' }).check();
  await log.page.getByLabel('Police or ambulance reference').fill('CAD 1234');
  await log.page.getByRole('button', { name: 'Save police and ambulance details' }).click();
  await expect(log.page.getByText(/Last recorded by Alex Boyd/)).toBeVisible();

  await log.page.getByRole('link', { name: 'Back to the list' }).click();
  await log.page.getByLabel('What happened').selectOption({ label: 'Police informed' });
  await expect(log.list()).toHaveAccessibleName('1 incident, most serious first');
  await expect(log.list()).toContainText('Ref CAD 1234');

  await log.page.getByLabel('What happened').selectOption({ label: 'Anything' });
  await expect(log.list()).toHaveAccessibleName('3 incidents, most serious first');
  const csv = await log.download(log.page.getByRole('button', { name: 'Export this list as CSV' }));
  const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.Incident)).toEqual(['suicide', 'ended', 'apologised']);
  expect(rows[0]).toMatchObject({ Location: 'Bus shelter, Elm Road', 'What happened': '999 called', "Agent's account": 'Kept her talking until the ambulance came' });
  expect(rows[0]!['999 called']).not.toBe('');
  expect(rows[0]!['Follow-ups']).toMatch(/^Agent debriefed: OVERDUE/);
  expect(rows[1]).toMatchObject({ 'Police or ambulance reference': 'CAD 1234', 'What happened': 'Call ended; Police informed' });

  // The welfare debrief is listed with the other follow-ups, and the team leader takes it.
  await log.page.getByRole('navigation', { name: 'Incident log' }).getByRole('link', { name: 'Follow-ups', exact: true }).click();
  await expect(log.page.getByRole('listitem').filter({ hasText: 'Agent debriefed' })).toContainText('Overdue since');
});
