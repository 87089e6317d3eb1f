import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseStoredSettings, UNREADABLE_NOTICE, validateSettings } from '../../../lib/settings/settings';
import { settingsItem } from '../../../lib/settings/items';

const known = (id: string) => ['moray', 'calico'].includes(id);
const bounds = (id: string) => (known(id) ? { hold: { checkInSeconds: 60, maxHoldSeconds: 300 } } : undefined);
const good = {
  agentName: 'Morag Innes',
  playbookId: 'moray',
  team: '',
  agentPhone: '',
  soundCues: false,
  greetingLanguage: 'playbook' as const,
  holdCheckInSeconds: null,
  holdMaxSeconds: null,
  crm: null,
};

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are empty, without a notice, before first run', () => {
    expect(parseStoredSettings(null, known)).toEqual({ settings: null, notice: null });
  });

  it('read back what was saved, through the real storage item', async () => {
    await settingsItem.setValue(good);
    expect(parseStoredSettings(await settingsItem.getValue(), known)).toEqual({ settings: good, notice: null });
  });

  it.each([
    ['a wrong type', { agentName: 42, playbookId: 'moray' }],
    ['an empty name', { agentName: '   ', playbookId: 'moray' }],
    ['a playbook that no longer exists', { agentName: 'Morag', playbookId: 'gone' }],
    ['not an object at all', 'Morag'],
  ])('fall back to defaults with a notice when they hold %s', (_why, raw) => {
    expect(parseStoredSettings(raw, known)).toEqual({ settings: null, notice: UNREADABLE_NOTICE });
  });

  it('fill in optional fields that older values lack', () => {
    expect(parseStoredSettings({ agentName: 'Morag', playbookId: 'moray' }, known).settings).toEqual({
      agentName: 'Morag',
      playbookId: 'moray',
      team: '',
      agentPhone: '',
      soundCues: false,
      greetingLanguage: 'playbook',
      holdCheckInSeconds: null,
      holdMaxSeconds: null,
      crm: null,
    });
  });
});

describe('settings the agent types', () => {
  it('are trimmed and accepted when valid', () => {
    const result = validateSettings({ ...good, agentName: '  Morag Innes ', agentPhone: ' 01343 543210 ' }, bounds);
    expect(result).toEqual({ ok: true, settings: { ...good, agentPhone: '01343 543210' } });
  });

  it('are refused with one message per bad field', () => {
    const result = validateSettings({ agentName: '', playbookId: '', team: 'x'.repeat(81), agentPhone: '12' }, bounds);
    expect(result).toEqual({
      ok: false,
      errors: {
        agentName: 'Enter your name as you say it to callers.',
        playbookId: 'Choose your organisation.',
        team: 'The team name must be 80 characters or fewer.',
        agentPhone: 'Enter a UK phone number, such as 01267 234567.',
      },
    });
  });

  it('refuse an organisation that has no playbook', () => {
    expect(validateSettings({ ...good, playbookId: 'unknown' }, bounds)).toEqual({
      ok: false,
      errors: { playbookId: 'Choose your organisation.' },
    });
  });
});

describe('hold timings the agent sets', () => {
  it('may be shorter than the playbook’s, never longer', () => {
    expect(validateSettings({ ...good, holdCheckInSeconds: 45, holdMaxSeconds: 240 }, bounds).ok).toBe(true);
    expect(validateSettings({ ...good, holdCheckInSeconds: 90, holdMaxSeconds: 600 }, bounds)).toEqual({
      ok: false,
      errors: {
        holdCheckInSeconds: 'Your playbook checks in every 60 seconds; choose that or less.',
        holdMaxSeconds: "Your playbook's longest hold is 5 minutes; choose that or less.",
      },
    });
  });
});
