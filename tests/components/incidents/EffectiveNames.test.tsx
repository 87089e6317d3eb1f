// @vitest-environment happy-dom
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findPlaybook, referralCatalogue } from '../../../content';
import type { ReferralDirectory } from '../../../content/schema';
import { copyOfPlaybook } from '../../../lib/settings/packs';
import { DAY, NOW } from '../../support/now';
import { makeIncident } from '../../unit/incidents/make-incident';
import { renderLog } from './render-log';

/** A pack imported on this desktop, copied from a built-in playbook under its own name. */
const pack = { ...copyOfPlaybook(findPlaybook('moray')!), organisation: { ...findPlaybook('moray')!.organisation, name: 'Speyside Homes' } };
/** The referral list as edited in Settings: the guide's, with a local service added. */
const edited: ReferralDirectory = {
  ...referralCatalogue,
  entries: [...referralCatalogue.entries, { ...referralCatalogue.entries[0]!, id: 'speyside-tenants-line', name: 'Speyside Tenants Line' }],
};

const fact = (term: string) => within(screen.getByText(term, { selector: 'dt' }).parentElement!).getByRole('definition');

describe('the incident log names what an incident was taken with from the effective configuration', () => {
  it('shows an imported pack’s organisation and an edited referral by name, not as raw ids', async () => {
    const builtin = referralCatalogue.entries[0]!;
    const incident = makeIncident({
      id: 'inc-pack',
      createdAt: NOW - DAY,
      playbookId: pack.id,
      referralsGiven: ['speyside-tenants-line', builtin.id],
    });
    await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/inc-pack', packs: [pack], referrals: edited });
    await screen.findByRole('heading', { level: 2, name: /^Abusive call/ });
    expect(fact('Organisation')).toHaveTextContent(/^Speyside Homes$/);
    expect(fact('Referral numbers given')).toHaveTextContent(`Speyside Tenants Line, ${builtin.name}`);
  });

  it('still shows an id that nothing in the configuration knows any more, rather than nothing', async () => {
    const incident = makeIncident({ id: 'inc-gone', createdAt: NOW - DAY, playbookId: 'removed-pack', referralsGiven: ['gone-line'] });
    await renderLog({ now: NOW, incidents: [incident], hash: '#/incident/inc-gone' });
    await screen.findByRole('heading', { level: 2, name: /^Abusive call/ });
    expect(fact('Organisation')).toHaveTextContent(/^removed-pack$/);
    expect(fact('Referral numbers given')).toHaveTextContent(/^gone-line$/);
  });
});
