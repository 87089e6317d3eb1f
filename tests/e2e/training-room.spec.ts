import { expect, test } from './fixtures';
import { CallPage } from './pages/panel-page';
import { intoTraining } from './pages/scenario-runs';
import { MONDAY_14_00 } from './support/clock';

test('a Communities trainer runs the Welsh-speaking caller to the debrief and shows it to the room', async ({ panel, context, extensionId }) => {
  const { page } = panel;
  await page.clock.install({ time: MONDAY_14_00 });
  const trainer = await intoTraining(page, () => panel.open(), (name, org) => panel.setUp(name, org), 'Carmarthenshire County Council, Department for Communities');
  // Communities' own scenarios come first: no "Written for another organisation's guide".
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('long-hold');
  await trainer.startScenario('A Welsh-speaking caller (Communities)');
  await expect(page.getByText(/Written for/)).toHaveCount(0);

  // The trainee answers, takes the name, but never records Welsh as the caller's language.
  const call = new CallPage(page);
  await call.button('Start call').click();
  await expect(trainer.callerLine()).toContainText('Ga i siarad Cymraeg');
  await call.button('Next step').click();
  await call.field('Title').fill('Mrs');
  await call.field('Surname').fill('Prydderch');
  await call.button('Next step').click();
  await call.field('What the call is about').fill('Garden assistance scheme renewal');
  await call.button('Next step').click();
  await call.button('Copy summary').click();
  await call.button('End call').click();

  const debrief = trainer.debrief();
  await expect(debrief.getByRole('heading', { name: 'What went well' })).toBeVisible();
  await expect(debrief.getByRole('list', { name: 'What went well' })).toContainText('Write down the caller’s name');
  await expect(trainer.findings().filter({ hasText: 'Missed: Record Welsh as her language' })).toContainText('Say: Wrth gwrs.');
  await expect(debrief).toContainText('Calum Reid');
  await debrief.getByRole('button', { name: 'Hide the trainee’s name' }).click();
  await expect(debrief).not.toContainText('Calum Reid');

  // On the projector: the same debrief at 1280×720, nothing wider than the screen.
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`chrome-extension://${extensionId}/presenter.html`);
  await expect(projector.getByRole('heading', { name: /^Debrief: A Welsh-speaking caller/ })).toBeVisible();
  await expect(projector.getByRole('list', { name: 'What went well' })).toBeVisible();
  const widths = await projector.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  // Each point to work on, its number included, inside the debrief's card.
  const card = (await projector.getByRole('region', { name: /^Debrief:/ }).boundingBox())!;
  for (const item of await projector.getByRole('list', { name: 'What to work on' }).getByRole('listitem').all()) {
    const box = (await item.boundingBox())!;
    const marker = await item.evaluate((li) => parseFloat(getComputedStyle(li.parentElement!).paddingLeft));
    expect(box.x - marker).toBeGreaterThanOrEqual(card.x);
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
  }

  // Coaching from the presenter view: the same checklist, beside the practised call.
  await projector.getByRole('button', { name: 'Coaching' }).click();
  const coaching = projector.getByRole('region', { name: 'Coaching: Telephone call standards (6.1 to 6.3)' });
  await expect(coaching.getByRole('heading', { name: /^Coaching: / })).toBeFocused();
  await expect(coaching).toContainText('Side by side with Calum Reid.');
  await expect(coaching.getByRole('button', { name: 'Save review' })).toBeVisible();
  expect(await projector.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});
