import { scenarios } from '../../content/scenarios';
import { expect, test } from './fixtures';
import { CallPage, ProtocolPage, type PanelPage } from './pages/panel-page';
import { intoTraining, SCENARIO_RUNS } from './pages/scenario-runs';
import { TrainingPage } from './pages/training-page';
import { MONDAY_14_00 } from './support/clock';


test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

async function training(panel: PanelPage, organisation: string): Promise<TrainingPage> {
  return intoTraining(panel.page, () => panel.open(), (name, org) => panel.setUp(name, org), organisation);
}

test('every scenario has a correct run in these tests', () => {
  expect(Object.keys(SCENARIO_RUNS).sort()).toEqual(scenarios.map((scenario) => scenario.id).sort());
});

for (const scenario of scenarios) {
  test(`${scenario.id}: the correct actions get a clean debrief`, async ({ panel }) => {
    const { page } = panel;
    const run = SCENARIO_RUNS[scenario.id]!;
    await page.clock.install({ time: MONDAY_14_00 });
    const trainer = await training(panel, run.organisation);
    await trainer.startScenario(scenario.title);
    await expect(trainer.callerLine()).toContainText(scenario.script[0]!.caller);
    await run.run(page);
    await trainer.expectClean();
    for (const step of scenario.script.flatMap((beat) => beat.expect)) {
      await expect(trainer.debrief().getByRole('row', { name: new RegExp(`^${escape(step.label)}`) }).first()).toContainText('Done');
    }
  });
}

test('a deliberate mistake: ending an abusive call after one warning is named in the debrief (AB-3)', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  const trainer = await training(panel, 'Carmarthenshire County Council, Department for Communities');
  await trainer.startScenario('An abusive caller through to ending the call');
  await call.button('Start call').click();
  await call.button('Abusive caller').click();
  await protocol.action('Said it').click();
  await protocol.step(/6\. End the call/).click();
  await protocol.action('Call ended').click();
  // Asked first, since Communities gives five warnings; the trainee ends it anyway.
  await expect(page.getByText('The procedure asks for 5 warnings; end the call now?')).toBeVisible();
  await protocol.action('End the call now').click();
  await protocol.action('Done, next step').click();
  await protocol.action('Done, next step').click();
  await protocol.field("The caller's exact words").fill('Listen, you useless idiot');
  await protocol.action('Save incident').click();
  await protocol.action('Done, next step').click();
  await protocol.action('Finish').click();

  await expect(trainer.debrief().getByRole('status')).toHaveText(/things to work on/);
  await expect(trainer.findings()).toContainText([
    'Missed: Warn that you will end the call. (AB-3)',
    'Call ended after 1 warning; the procedure gives 5 first, including the warning that the call will be ended. (AB-3, AB-6',
  ]);
  await expect(trainer.debrief().getByRole('row', { name: /^Warn that you will end the call/ })).toContainText('Missed');
});

test('a deliberate mistake: 999 without writing down where the caller is, named in the debrief (SH-3)', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  const trainer = await training(panel, 'Moray Housing Partnership');
  await trainer.startScenario('A self-harm call at serious risk: capture the location, dial 999');
  await call.button('Start call').click();
  await call.button('Self-harm').click();
  await protocol.step(/2\. Get a support partner/).click();
  await protocol.action('Colleague alerted').click();
  await page.getByRole('button', { name: 'Serious risk or immediate danger: dial 999' }).first().click();
  await protocol.action('999 called').click();
  await protocol.action('Call ended: review').click();
  await protocol.action('Save incident').click();
  await protocol.action('Finish').click();

  await expect(trainer.findings()).toContainText([
    'Missed: Write down where the caller is. (SH-3)',
    'The caller’s location was never written down. (SH-3, SH-5)',
  ]);
  await expect(trainer.debrief().getByRole('row', { name: /^Dial 999 and record the time/ })).toContainText('Done');
});

/** Saves a self-harm incident for a caller with this surname, by the shortest route. */
async function recordIncident(page: import('@playwright/test').Page, surname: string): Promise<void> {
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill(surname);
  await call.button('Self-harm').click();
  await protocol.step(/3\. Gather information/).click();
  await protocol.field('Where the caller is').fill(`${surname}'s home`);
  await protocol.action('Not urgent: referral advice').click();
  await protocol.action('Call ended: review').click();
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await protocol.action('Finish').click();
  await expect(call.button('Start call')).toBeVisible();
}

/** The callers of the incidents in one of the extension's databases, read straight from IndexedDB. */
function callersIn(page: import('@playwright/test').Page, name: string): Promise<string[] | null> {
  return page.evaluate(async (database) => {
    const names = (await indexedDB.databases()).map((info) => info.name);
    if (!names.includes(database)) return null;
    return new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open(database);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const read = open.result.transaction('incidents').objectStore('incidents').getAll();
        read.onsuccess = () => {
          resolve((read.result as { caller: { name: string } }[]).map((incident) => incident.caller.name).sort());
          open.result.close();
        };
        read.onerror = () => reject(read.error);
      };
    });
  }, name);
}

test('training data never reaches the real incident log, and real incidents never reach training', async ({ panel, context, extensionId }) => {
  test.setTimeout(60_000);
  const { page } = panel;
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await recordIncident(page, 'Realcaller');

  const trainer = new TrainingPage(page);
  await trainer.enter();
  await recordIncident(page, 'Practicecaller');
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/incidents.html`);
  await expect(trainer.banner(log)).toBeVisible();
  await expect(log.getByRole('row', { name: /Practicecaller/ })).toBeVisible();
  await expect(log.getByRole('row', { name: /Realcaller/ })).toHaveCount(0);

  // Leave without clearing: the open log reloads into real mode with it.
  await trainer.leave('Keep practice data and leave');
  await expect(trainer.banner(log)).toBeHidden();
  await expect(log.getByRole('row', { name: /Realcaller/ })).toBeVisible();
  await expect(log.getByRole('row', { name: /Practicecaller/ })).toHaveCount(0);
  expect(await callersIn(log, 'call-guide')).toEqual(['Realcaller']);
  expect(await callersIn(log, 'call-guide-training')).toEqual(['Practicecaller']);

  // Back in training, the practice incident was kept and the real one is still not there.
  await trainer.enter();
  await expect(trainer.banner(log)).toBeVisible();
  await expect(log.getByRole('row', { name: /Practicecaller/ })).toBeVisible();
  await expect(log.getByRole('row', { name: /Realcaller/ })).toHaveCount(0);

  // Leaving with "clear" deletes the practice database; the real log is untouched.
  await trainer.leave('Clear practice data and leave');
  await expect(log.getByRole('row', { name: /Realcaller/ })).toBeVisible();
  expect(await callersIn(log, 'call-guide-training')).toBeNull();
  expect(await callersIn(log, 'call-guide')).toEqual(['Realcaller']);
});

test('the presenter view follows the trainee’s panel, and at 60x the hold prompt comes in seconds', async ({ panel, context, extensionId }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const trainer = await training(panel, 'Moray Housing Partnership');
  const presenter = await context.newPage();
  await presenter.goto(`chrome-extension://${extensionId}/presenter.html`);
  await expect(presenter.getByText('No scenario is running.')).toBeVisible();
  await expect(trainer.banner(presenter)).toBeVisible();

  await trainer.startScenario('A long hold that reaches the call-back offer', { speed: '60x: a 5-minute hold in 5 seconds', showLines: false });
  await expect(trainer.callerLine()).toBeHidden();
  const says = presenter.getByRole('region', { name: 'The caller says' });
  const now = presenter.getByRole('region', { name: 'The panel now' });
  await expect(presenter.getByRole('heading', { name: 'A long hold that reaches the call-back offer' })).toBeVisible();
  await expect(says).toContainText('(The phone rings.)');

  await call.button('Start call').click();
  await expect(says).toContainText('I reported a broken window three weeks ago');
  await expect(now).toContainText('Greeting');
  await call.button('Next step').click();
  await call.field('Surname').fill('Nowak');
  await expect(says).toContainText('Can you find out what’s going on?');
  await call.placeOnHoldWithAgreement();
  await expect(says).toContainText('(On hold. Say nothing until the agent checks in.)');
  // Sixty times faster: the one-minute check-in is due about a second after the hold began. At
  // real speed it would take a minute, far beyond the assertion's wait.
  await expect(call.holdBar()).toContainText('Check in with the caller now');
  await expect(now).toContainText('On hold: check in now');
});

test('the demo CRM page shows each scenario’s caller record, and keeps its default', async ({ context, demoCrm }) => {
  const crm = await context.newPage();
  await crm.goto(demoCrm.url);
  await expect(crm.locator('[data-crm-field="name"]')).toHaveText('Mrs Eleri Vaughan-Price');
  for (const scenario of scenarios) {
    await crm.getByRole('navigation', { name: 'Training scenarios' }).getByRole('link', { name: scenario.title }).click();
    const { caller } = scenario;
    await expect(crm.locator('[data-crm-field="name"]')).toHaveText(`${caller.title} ${caller.firstName} ${caller.surname}`);
    await expect(crm.locator('[data-crm-field="phone"]')).toHaveText(caller.phone);
    await expect(crm.locator('[data-crm-field="address"]')).toHaveText(caller.address);
    await expect(crm.getByText(`Training scenario: ${scenario.title}.`)).toBeVisible();
  }
  await crm.goto(`${demoCrm.url}?scenario=ordinary-call`);
  await expect(crm.locator('[data-crm-field="email"]')).toHaveText('priya.shah-42@example.org');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
