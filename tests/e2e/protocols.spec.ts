import { expect, test } from './fixtures';
import { CallPage, ProtocolPage, type PanelPage, showView } from './pages/panel-page';
import { MONDAY_14_00 } from './support/clock';

const SELF_HARM = 'Caller may attempt suicide or self-harm';

async function setUpCall(panel: PanelPage, name: string, organisation: string): Promise<{ call: CallPage; protocol: ProtocolPage }> {
  await panel.page.clock.install({ time: MONDAY_14_00 });
  await panel.open();
  await panel.setUp(name, organisation);
  await expect(panel.greeting()).toBeVisible();
  return { call: new CallPage(panel.page), protocol: new ProtocolPage(panel.page) };
}

test('Moray: one warning, the call ended, the file note with the caller’s words e-mailed, the line manager’s follow-up, ring-back recognised', async ({ panel, context, extensionId }) => {
  const { page } = panel;
  const { call, protocol } = await setUpCall(panel, 'Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Title').fill('Mr');
  await call.field('Surname').fill('Black');
  await call.field('Phone').fill('01632 960999');

  await call.button('Abusive caller').click();
  await expect(page.getByRole('heading', { name: /^Abusive call/, level: 2 })).toBeVisible();
  // Moray 4.4: staff cannot refuse to deal with any customer, shown throughout.
  await expect(page.getByRole('list', { name: 'Always' })).toContainText('You cannot refuse to deal with any customer');
  const steps = page.getByRole('navigation', { name: 'Protocol steps' }).getByRole('button');
  await expect(steps).toHaveCount(4);
  const titles = ['1. Warn you will end the call', '2. End the call', '3. Make the file note', '4. E-mail the file note'];
  for (const [index, title] of titles.entries()) await expect(steps.nth(index)).toHaveAccessibleName(title);
  // The current step first, its heading focused and its line to say at the top.
  await expect(page.getByRole('heading', { name: /Step 1 of 4: Warn you will end the call/, level: 3 })).toBeFocused();
  await page.clock.fastForward('00:30');
  await protocol.action('Said it').click();
  await expect(page.getByText('Warnings given: 1 of 1 (14:00)')).toBeVisible();
  await protocol.action('Call ended').click();

  // The file note is made with the caller's words first, then e-mailed with the follow-up's three points.
  await expect(protocol.field('What happened, and the warnings you gave')).toHaveValue(/warning 1 at 14:00.*Call ended at 14:00/);
  await protocol.field("The caller's exact words").fill('You lot are useless, I know where your office is.');
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await expect(page.getByText(/Line manager rings the caller within 24 hours to confirm: why the conversation was ended/)).toBeVisible();
  await protocol.action('Done, next step').click();
  const note = protocol.field('File note for your Line Manager/Director');
  await expect(note).toHaveValue(/Caller’s words: You lot are useless, I know where your office is\./);
  await expect(note).toHaveValue(/the line manager rings the caller within 24 hours to confirm:\n- Why the conversation was ended\n- That it is not appropriate/);
  await protocol.action('Finish').click();
  await expect(call.button('Start call')).toBeVisible();

  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/incidents.html`);
  await expect(log.getByRole('row', { name: /Abusive call/ })).toContainText('1 warning (14:00); the call was ended.');

  // The same caller rings back before the follow-up: recognised by their number (AB-13).
  await page.bringToFront();
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Phone').fill('01632 960999');
  await expect(page.getByRole('alert')).toContainText('This caller’s last call was ended');
  await expect(page.getByRole('alert')).toContainText('warn them, then end the call again. (AB-13)');
  // Beside the field it concerns: just under the number being typed, which stays where it was.
  const phoneBox = (await call.field('Phone').boundingBox())!;
  const alertBox = (await page.getByRole('alert').boundingBox())!;
  expect(alertBox.y).toBeGreaterThanOrEqual(phoneBox.y + phoneBox.height);
  expect(alertBox.y - (phoneBox.y + phoneBox.height)).toBeLessThan(60);
});

test('Communities: its ten points of 6.7, five warnings before the call is ended, the ADOR1 form, and no other organisation’s steps', async ({ panel }) => {
  const { page } = panel;
  const { call, protocol } = await setUpCall(panel, 'Rhian Jones', 'Carmarthenshire County Council, Department for Communities');
  await call.button('Start call').click();
  await page.keyboard.press('Alt+A');
  const steps = page.getByRole('navigation', { name: 'Protocol steps' }).getByRole('button');
  await expect(steps).toHaveCount(10);
  await expect(steps.nth(1)).toHaveAccessibleName('2. Suggest calling back later');
  await expect(steps.last()).toHaveAccessibleName('10. Get support');
  // Each step beside its own standard, quietly.
  await expect(page.getByRole('heading', { name: /Say you can't help like this/, level: 3 })).toContainText('Communities 6.7');
  await protocol.action('Said it').click();
  // Point 2 as 6.7 words it: "more constructive".
  await expect(page.getByRole('article')).toContainText('It may be more constructive if you call us back later.');
  for (let warning = 2; warning <= 5; warning += 1) await protocol.action('Said it').click();
  await expect(page.getByText(/Warnings given: 5 of 5/)).toBeVisible();
  await protocol.action('Call ended').click();
  await protocol.action('Done, next step').click();
  await expect(page.getByRole('heading', { name: /Tell your line manager/, level: 3 })).toBeVisible();
  await protocol.action('Done, next step').click();
  await expect(page.getByRole('article')).toContainText("Record the incident on the Council's Incident Reporting Form ADOR1");
  await expect(page.getByRole('region', { name: /Abusive call/ })).not.toContainText(/Moray|Director|police/);
});

test('Calico and Croydon: the guide’s default steps, marked as the guide’s; Calico’s own word on reporting to the police', async ({ panel }) => {
  const { page } = panel;
  const { call } = await setUpCall(panel, 'Priya Shah', 'The Calico Group');
  await call.button('Start call').click();
  await page.keyboard.press('Alt+A');
  await expect(page.getByRole('heading', { name: /Say you can't help like this/, level: 3 })).toContainText('Guide default');
  await expect(page.getByRole('list', { name: 'Always' })).toContainText(
    'Calico will not tolerate any rude, abusive or threatening behaviour, and will report any incidents to the police or other relevant authority.',
  );
  await expect(page.getByRole('navigation', { name: 'Protocol steps' }).getByRole('button')).toHaveCount(6);
});

test('the caller calms down after the first warning: back to the call, warning kept, incident offered not forced', async ({ panel }) => {
  const { page } = panel;
  const { call, protocol } = await setUpCall(panel, 'Rhian Jones', 'Carmarthenshire County Council, Department for Communities');
  await call.button('Start call').click();
  await page.keyboard.press('Alt+A');
  await protocol.action('Said it').click();
  await protocol.action('Behaviour stopped').click();
  await expect(call.button('Place on hold')).toBeEnabled();
  await expect(page.getByText('The caller stopped after 1 warning')).toBeVisible();
  await expect(call.button('Record an incident')).toBeVisible();
});

test('self-harm under Moray: hold impossible throughout; only services that serve callers in Scotland, each with where its number comes from', async ({ panel }) => {
  const { page } = panel;
  const { call, protocol } = await setUpCall(panel, 'Morag Innes', 'Moray Housing Partnership');
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
  // Moray has no plan of its own: Croydon's, marked as the guide's default.
  await expect(page.getByRole('heading', { name: new RegExp(SELF_HARM), level: 2 })).toContainText('Guide default');

  await page.keyboard.press('Alt+O');
  await expect(page.getByRole('region', { name: 'Do and don’t' })).toContainText('Don’t');

  await protocol.action('Done, next step').click();
  await protocol.action('Colleague alerted').click();
  await expect(page.getByText('Colleague alerted at 14:00.')).toBeVisible();
  await protocol.action('Done, next step').click();
  await expect(hold).toBeDisabled();
  await protocol.field('Where the caller is').fill('At home, 2 Station Road, Forres');
  await expect(page.getByText('Your judgement: is the caller at serious risk or in immediate danger?')).toBeVisible();
  await protocol.action('Not urgent: referral advice').click();

  const numbers = page.getByRole('region', { name: 'Referral numbers' });
  await expect(numbers).toContainText('Your organisation has not set local referral numbers.');
  for (const number of ['116 123', '0808 808 4994', '0845 767 8000', '999']) {
    await expect(numbers.getByText(number, { exact: true })).toBeVisible();
  }
  // London services, Mind (England and Wales) and the NHS England site do not serve callers in Scotland.
  for (const absent of ['0800 731 2864', '020 8401 3637', '0300 123 3393', 'nhs.uk']) await expect(numbers).not.toContainText(absent);
  const samaritans = numbers.getByRole('listitem').filter({ hasText: 'Samaritans' });
  await expect(samaritans).toContainText('From Croydon Repairs Contact Centre Standards, Six-point plan, step 4, copied 29 Nov 2026.');
  await expect(samaritans).toContainText('Not checked with the service.');
  await expect(numbers).not.toContainText('Verified');
  await samaritans.getByLabel('Given to the caller').check();
  await expect(hold).toBeDisabled();
  await protocol.action('Call ended: review').click();
  await expect(page.getByRole('article')).not.toContainText('ASC front door');
  await protocol.action('Save incident').click();
  await protocol.action('Finish').click();
  await expect(call.button('Start call')).toBeVisible();
});

test('self-harm under Croydon: its own plan and its whole list, local services included', async ({ panel }) => {
  const { page } = panel;
  const { protocol } = await setUpCall(panel, 'Sam Jones', 'Croydon Council Repairs Contact Centre');
  await page.keyboard.press('Alt+X');
  await expect(page.getByRole('heading', { name: new RegExp(SELF_HARM), level: 2 })).toContainText('Croydon Six-point plan');
  await protocol.step(/3\. Gather information/).click();
  await protocol.field('Where the caller is').fill('At home, Thornton Heath');
  await protocol.action('Not urgent: referral advice').click();
  const numbers = page.getByRole('region', { name: 'Referral numbers' });
  for (const number of ['0800 731 2864', '0300 123 3393', '116 123', '0808 808 4994', '0845 767 8000', '020 8401 3637', '999']) {
    await expect(numbers.getByText(number, { exact: true })).toBeVisible();
  }
  await expect(numbers).toContainText('https://www.prevent-suicide.org.uk');
  await expect(numbers).toContainText('https://www.nhs.uk/conditions/suicide/');
  await expect(numbers).not.toContainText('has not set local referral numbers');
  await protocol.step(/6\. Review/).click();
  await expect(page.getByRole('article')).toContainText('ASC front door');
});

test('self-harm, 999 chosen from step 3 for serious risk or immediate danger: the summary for the emergency services starts with the location', async ({ panel }) => {
  const { page } = panel;
  const { call, protocol } = await setUpCall(panel, 'Morag Innes', 'Moray Housing Partnership');
  await page.keyboard.press('Alt+X');
  await protocol.step(/3\. Gather information/).click();
  // One list: each question answered where it is asked.
  await expect(page.getByRole('heading', { name: /Ask, and write the answer \(0 of 9 answered\)/ })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await protocol.field('Where the caller is').fill('Bus shelter, High Street, Elgin');
  await protocol.field('Specific plans? What are they?').fill('Has tablets with them, says tonight');
  await expect(page.getByRole('heading', { name: /Ask, and write the answer \(2 of 9 answered\)/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Caller’s location' })).toContainText('Bus shelter, High Street, Elgin');
  await page.getByRole('button', { name: 'Serious risk or immediate danger: dial 999' }).first().click();
  await expect(page.getByRole('heading', { name: /Serious risk or immediate danger: dial 999/, level: 3 })).toBeFocused();
  // 999 in one place: the location is here to check and correct, and leads the summary.
  await expect(protocol.field('Where the caller is')).toHaveValue('Bus shelter, High Street, Elgin');
  await protocol.field('Where the caller is').fill('Bus shelter, High Street, Elgin, opposite the library');
  const summary = protocol.field('Tell the emergency services');
  await expect(summary).toHaveValue(/^Location: Bus shelter, High Street, Elgin, opposite the library\n999 not called yet\nPlans: Has tablets with them, says tonight/);
  await page.clock.fastForward('00:45');
  await protocol.action('999 called').click();
  await expect(page.getByText('999 called at 14:00.')).toBeVisible();
  await expect(summary).toHaveValue(/^Location: Bus shelter, High Street, Elgin, opposite the library\n999 called at 14:00\n/);
  await expect(call.button('Place on hold')).toBeDisabled();
  await protocol.action('Call ended: review').click();
  await protocol.action('Save incident').click();
  await expect(page.getByText('Incident saved.')).toBeVisible();
  await expect(page.getByText(/999 called at 14:00\. Caller at: Bus shelter/)).toBeVisible();
});

test('a protocol opens from outside the panel (its keyboard command), in front of the screen the agent was on', async ({ panel, serviceWorker }) => {
  await panel.open();
  await panel.setUp('Morag Innes', 'Moray Housing Partnership');
  await showView(panel.page, 'Spell');
  // What the background stores when Alt+Shift+X is pressed with focus in the CRM page.
  await serviceWorker.evaluate(() =>
    chrome.storage.session.set({ panelRequest: { kind: 'protocol', protocol: 'self-harm', at: Date.now() } }),
  );
  await expect(panel.page.getByRole('heading', { name: new RegExp(SELF_HARM) })).toBeVisible();
  await expect(panel.page.getByRole('button', { name: 'Place on hold' })).toBeDisabled();
});

test('a protocol asked for the moment the panel opens is on screen at once, and runs in the call saved before', async ({ panel }) => {
  const { page } = panel;
  const { call } = await setUpCall(panel, 'Morag Innes', 'Moray Housing Partnership');
  await call.button('Start call').click();
  await call.button('Next step').click();
  await call.field('Surname').fill('Vaughan-Price');
  await expect(page.getByText('Saved on this computer')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Self-harm' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(SELF_HARM), level: 2 })).toBeVisible();
  // Focus moves to the current step's heading once the protocol runs in the call; then it takes input.
  await expect(page.getByRole('heading', { name: /Step 1 of 6: Take it seriously/, level: 3 })).toBeFocused();
  await expect(page.locator('.protocol-frame')).not.toHaveAttribute('aria-busy', 'true');
  await new ProtocolPage(page).action('Done, next step').click();
  await expect(page.getByRole('heading', { name: /Get a support partner/, level: 3 })).toBeVisible();
  await new ProtocolPage(page).action('Colleague alerted').click();
  await expect(page.getByText('Colleague alerted at 14:00.')).toBeVisible();
  await expect(page.getByText('Saved on this computer')).toBeVisible();
  // It ran in the call that was saved, and that call, with the protocol, is what a reload brings back.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Get a support partner/, level: 3 })).toBeVisible();
});
