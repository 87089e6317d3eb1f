// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { callerFromCrm, readFromCrm, type CrmApi } from '../../lib/crm/fill';
import { readCrmFields } from '../../lib/crm/read-fields';
import { matchesCrm, originPattern } from '../../lib/settings/crm-connection';

describe('the CRM address', () => {
  it('matches the pattern’s pages on any port when it names none', () => {
    expect(matchesCrm('http://127.0.0.1/*', 'http://127.0.0.1:4321/contact/7')).toBe(true);
    expect(matchesCrm('https://crm.example.gov.uk/contacts/*', 'https://crm.example.gov.uk/contacts/12')).toBe(true);
    expect(matchesCrm('https://crm.example.gov.uk/contacts/*', 'https://crm.example.gov.uk/reports/1')).toBe(false);
    expect(matchesCrm('https://crm.example.gov.uk/*', 'https://evil.example.com/?crm.example.gov.uk/')).toBe(false);
    expect(matchesCrm('https://*.example.gov.uk/*', 'https://crm.example.gov.uk/a')).toBe(true);
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
