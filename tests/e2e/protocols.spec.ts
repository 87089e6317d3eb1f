import { expect, test } from './fixtures';
import { CallPage, ProtocolPage } from './pages/panel-page';
import { MONDAY_14_00 } from './support/clock';


test('an abusive call through every step to termination: warnings timed, incident saved, follow-up due in 24 hours, ring-back recognised', async ({ panel, context, extensionId }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Title').fill('Mr');
  await call.field('Surname').fill('Black');
  await call.field('Phone').fill('01632 960999');

  await call.button('Abusive caller').click();
  await expect(page.getByRole('heading', { name: 'Abusive call', level: 2 })).toBeVisible();
  for (const [minutes, count] of [['00:30', 1], ['00:30', 2], ['00:30', 3], ['00:30', 4], ['00:30', 5]] as const) {
    await page.clock.fastForward(minutes);
    await protocol.action('Said it').click();
    await expect(page.getByText(`Warnings given: ${count}`)).toBeVisible();
  }
  await expect(page.getByText('Warnings given: 5 (14:00, 14:01, 14:01, 14:02, 14:02)')).toBeVisible();
  await protocol.action('Call ended').click();

  // After the call: break (AB-7), file note (AB-8), the record prefilled (AB-9).
  await expect(page.getByRole('heading', { name: 'Take a break', level: 3 })).toBeVisible();
  await protocol.action('Done, next step').click();
  await expect(protocol.field('File note for your line manager')).toHaveValue(/Warnings given: 5/);
  await expect(protocol.field('File note for your line manager')).toHaveValue(/ring the caller within 24 hours/);
  await protocol.action('Done, next step').click();
  await expect(protocol.field('What happened, and the warnings you gave')).toHaveValue(/warning 1 at 14:00.*Call ended at 14:02/);
  await protocol.field("The caller's exact words").fill('You lot are useless, I know where your office is.');
  await expect(protocol.action('Done, next step')).toBeDisabled();
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await expect(page.getByText(/Line manager rings the caller within 24 hours \(AB-12\): due Tue 14:02/)).toBeVisible();
  await protocol.action('Done, next step').click();
  await protocol.action('Done, next step').click();
  await protocol.action('Finish').click();
  await expect(call.button('Start call')).toBeVisible();

  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/incidents.html`);
  await expect(log.getByRole('row', { name: /Abusive call/ })).toContainText('5 warnings (14:00, 14:01, 14:01, 14:02, 14:02); the call was ended.');

  // The same caller rings back before the follow-up: recognised by their number (AB-13).
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Phone').fill('01632 960999');
  await expect(page.getByRole('alert')).toContainText('This caller’s last call was ended');
  await expect(page.getByRole('alert')).toContainText('warn them, then end the call again. (AB-13)');
});

test('the caller calms down after the first warning: back to the call, warning kept, incident offered not forced', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await panel.open();
  await panel.setUp('Rhian Jones', 'Carmarthenshire County Council, Department for Communities');
  await call.button('Start call').click();
  await page.keyboard.press('Alt+A');
  await protocol.action('Said it').click();
  await protocol.action('Behaviour stopped').click();
  await expect(call.button('Place on hold')).toBeEnabled();
  await expect(page.getByText('The caller stopped after 1 warning')).toBeVisible();
  await expect(call.button('Record an incident')).toBeVisible();
});

test('self-harm, non-urgent route: hold impossible throughout, the directory numbers exactly as the standard gives them', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.placeOnHoldWithAgreement();

  await call.button('Self-harm').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Take them off hold now' })).toBeVisible();
  await call.button('Caller is off hold').click();
  const hold = call.button('Place on hold');
  await expect(hold).toBeDisabled();
  await expect(page.getByText('Hold is off: a caller who may harm themselves must never be put on hold (HO-5).')).toBeVisible();
  await page.keyboard.press('Alt+H');
  await expect(page.getByRole('alert').filter({ hasText: 'must never be put on hold' })).toBeVisible();

  await page.keyboard.press('Alt+O');
  await expect(page.getByRole('region', { name: 'Do and don’t' })).toContainText('Don’t');

  await protocol.action('Done, next step').click();
  await protocol.action('Colleague alerted').click();
  await expect(page.getByText('Colleague alerted at 14:00.')).toBeVisible();
  await protocol.action('Done, next step').click();
  await expect(hold).toBeDisabled();
  await protocol.field('Where the caller is').fill('At home, 2 Station Road, Forres');
  await protocol.action('Not urgent: referral advice').click();

  const numbers = page.getByRole('region', { name: 'Referral numbers' });
  for (const number of ['0800 731 2864', '0300 123 3393', '116 123', '0808 808 4994', '0845 767 8000', '020 8401 3637']) {
    await expect(numbers.getByText(number, { exact: true })).toBeVisible();
  }
  await expect(numbers).toContainText('https://www.prevent-suicide.org.uk');
  await expect(numbers).toContainText('https://www.nhs.uk/conditions/suicide/');
  await expect(numbers).toContainText('Verified 29 Nov 2026');
  await numbers.getByRole('listitem').filter({ hasText: 'Samaritans' }).getByLabel('Given to the caller').check();
  await expect(hold).toBeDisabled();
  await protocol.action('Call ended: review').click();
  await protocol.action('Save incident').click();
  await protocol.action('Finish').click();
  await expect(call.button('Start call')).toBeVisible();
});

test('self-harm, 999 chosen from step 3: the summary for the emergency services starts with the location', async ({ panel }) => {
  const { page } = panel;
  const call = new CallPage(page);
  const protocol = new ProtocolPage(page);
  await page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await page.keyboard.press('Alt+X');
  await protocol.step(/3\. Gather information/).click();
  await protocol.field('Where the caller is').fill('Bus shelter, High Street, Elgin');
  await protocol.field('Plans, means to hand, and how soon').fill('Has tablets with them, says tonight');
  await expect(page.getByRole('status').filter({ hasText: 'Caller’s location' })).toContainText('Bus shelter, High Street, Elgin');
  await page.getByRole('button', { name: 'Immediate danger: dial 999' }).first().click();
  const summary = protocol.field('Tell the emergency services');
  await expect(summary).toHaveValue(/^Location: Bus shelter, High Street, Elgin\nPlans, means to hand, how soon: Has tablets with them, says tonight/);
  await page.clock.fastForward('00:45');
  await protocol.action('999 called').click();
  await expect(page.getByText('999 called at 14:00.')).toBeVisible();
  await expect(call.button('Place on hold')).toBeDisabled();
  await protocol.action('Call ended: review').click();
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await expect(page.getByText(/999 called at 14:00\. Caller at: Bus shelter/)).toBeVisible();
});

test('a protocol opens from outside the panel (its keyboard command), in front of the screen the agent was on', async ({ panel, serviceWorker }) => {
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await panel.page.getByRole('navigation', { name: 'Guide' }).getByRole('button', { name: 'Spell' }).click();
  // What the background stores when Alt+Shift+X is pressed with focus in the CRM page.
  await serviceWorker.evaluate(() =>
    chrome.storage.session.set({ panelRequest: { kind: 'protocol', protocol: 'self-harm', at: Date.now() } }),
  );
  await expect(panel.page.getByRole('heading', { name: 'Caller may harm themselves' })).toBeVisible();
  await expect(panel.page.getByRole('button', { name: 'Place on hold' })).toBeDisabled();
});
