// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { callerFromCrm, readFromCrm, type CrmApi } from '../../../lib/crm/fill';
import { readCrmFields } from '../../../lib/crm/read-fields';
import { crmPatternProblem, matchesCrm, originPattern } from '../../../lib/settings/crm-connection';
import { parsePolicy } from '../../../lib/settings/policy';
import { parseStoredSettings, validateSettings } from '../../../lib/settings/settings';

const moray = { hold: { checkInSeconds: 60, maxHoldSeconds: 300 } };

describe('the CRM address', () => {
  it('matches the pattern’s pages on any port when it names none', () => {
    expect(matchesCrm('http://127.0.0.1/*', 'http://127.0.0.1:4321/contact/7')).toBe(true);
    expect(matchesCrm('https://crm.example.gov.uk/contacts/*', 'https://crm.example.gov.uk/contacts/12')).toBe(true);
    expect(matchesCrm('https://crm.example.gov.uk/contacts/*', 'https://crm.example.gov.uk/reports/1')).toBe(false);
    expect(matchesCrm('https://crm.example.gov.uk/*', 'https://evil.example.com/?crm.example.gov.uk/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://crm.example.gov.uk/a')).toBe(true);
  });

  it('matches with the address as the browser reads it, never a host found in a path or query', () => {
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://attacker.net/x.example.gov.uk/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://attacker.net/?.example.gov.uk/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://example.gov.uk.attacker.net/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://crm.example.gov.uk@attacker.net/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://notexample.gov.uk/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://a.b.example.gov.uk/x?y')).toBe(true);
    expect(matchesCrm('https://crm.example.gov.uk/*', 'http://crm.example.gov.uk/')).toBe(false);
    expect(matchesCrm('https://crm.example.gov.uk:8443/*', 'https://crm.example.gov.uk/')).toBe(false);
    expect(matchesCrm('https://crm.example.gov.uk/contacts/*/view', 'https://crm.example.gov.uk/contacts/12/view')).toBe(true);
    expect(matchesCrm('https://crm.example.gov.uk/contacts/*/view', 'https://crm.example.gov.uk/contacts/12/edit')).toBe(false);
  });

  it.each([
    ['https://*/*', /other organisations/],
    ['https://*.gov.uk/*', /other organisations/],
    ['https://*.co.uk/*', /other organisations/],
    ['https://*.uk/*', /other organisations/],
    ['https://crm/*', /full host/],
    ['http://crm.example.gov.uk/*', /https/],
    ['crm.example.gov.uk', /pattern/],
  ])('refuses %s as a CRM address', (pattern, message) => {
    expect(crmPatternProblem(pattern)).toMatch(message);
    const result = validateSettings({ agentName: 'Eleri', playbookId: 'moray', crm: { urlPattern: pattern, fields: {} } }, () => moray);
    expect(result.ok).toBe(false);
  });

  it.each(['https://crm.example.gov.uk/*', 'https://*.example.gov.uk/*', 'https://crm.example.com:8443/contacts/*', 'http://127.0.0.1/*', 'http://localhost:4321/*'])(
    'accepts %s',
    (pattern) => {
      expect(crmPatternProblem(pattern)).toBeNull();
    },
  );

  it('takes http only when the organisation’s policy allows it', () => {
    const crm = { urlPattern: 'http://crm.intranet.example.org/*', fields: { name: 'Name' } };
    expect(parsePolicy({ crm }).problems.join()).toMatch(/crm: .*https/);
    expect(parsePolicy({ crm: { ...crm, allowHttp: true } }).policy?.crm?.urlPattern).toBe(crm.urlPattern);
  });

  it('switches off a CRM address saved before the rules, keeping the rest of the settings', () => {
    const loaded = parseStoredSettings({ agentName: 'Eleri', playbookId: 'moray', crm: { urlPattern: 'https://*/*', fields: {} } }, () => true);
    expect(loaded.settings).toMatchObject({ agentName: 'Eleri', crm: null });
    expect(loaded.notice).toMatch(/Fill from CRM/);
  });

  it('asks the browser for the site, not the whole web', () => {
    expect(originPattern('https://crm.example.gov.uk/contacts/*')).toBe('https://crm.example.gov.uk/*');
  });
});

describe('reading a CRM page', () => {
  it('finds values by selector, by a label beside them, and by aria-labelledby', () => {
    document.body.innerHTML = `
      <dl><dt id="l-name">Name</dt><dd aria-labelledby="l-name">Mrs Eleri Vaughan-Price</dd>
      <dt>Phone</dt><dd>01632 960123</dd></dl>
      <label for="ref">Reference:</label><input id="ref" value="HRR-204-7781">
      <span data-crm-field="email">eleri@example.org</span>`;
    expect(
      readCrmFields({ name: 'Name', phone: 'phone', reference: 'Reference', email: '[data-crm-field=email]', address: 'Address' }),
    ).toEqual({ name: 'Mrs Eleri Vaughan-Price', phone: '01632 960123', reference: 'HRR-204-7781', email: 'eleri@example.org', address: '' });
  });

  it('splits a full name into title, first name and surname', () => {
    expect(callerFromCrm({ name: 'Mrs Eleri Vaughan-Price', phone: '01632 960123' })).toEqual({
      title: 'Mrs',
      firstName: 'Eleri',
      surname: 'Vaughan-Price',
      phone: '01632 960123',
    });
    expect(callerFromCrm({ name: 'Davies' })).toEqual({ surname: 'Davies' });
  });

  it('reads nothing without the browser’s permission for the CRM site', async () => {
    const executeScript = vi.fn();
    const api: CrmApi = {
      permissions: { contains: async () => false, request: async () => false },
      tabs: { query: async () => [] },
      scripting: { executeScript },
    };
    expect(await readFromCrm(api, { urlPattern: 'https://crm.example.gov.uk/*', fields: { name: 'Name', address: '', phone: '', email: '', reference: '' } })).toEqual({
      status: 'no-permission',
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('reads the CRM tab the agent is looking at', async () => {
    const executeScript = vi.fn(async () => [{ result: { name: 'Mr Black' } }]);
    const api: CrmApi = {
      permissions: { contains: async () => true, request: async () => true },
      tabs: {
        query: async () => [
          { id: 1, url: 'https://crm.example.gov.uk/old', active: false, lastAccessed: 5 },
          { id: 2, url: 'https://crm.example.gov.uk/now', active: true, lastAccessed: 1 },
        ],
      },
      scripting: { executeScript },
    };
    const fields = { name: 'Name', address: '', phone: '', email: '', reference: '' };
    expect(await readFromCrm(api, { urlPattern: 'https://crm.example.gov.uk/*', fields })).toEqual({ status: 'read', values: { name: 'Mr Black' } });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 2 }, args: [fields] }));
  });
});
