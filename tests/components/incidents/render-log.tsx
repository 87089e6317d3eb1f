import { act, render } from '@testing-library/preact';
import { vi } from 'vitest';
import { incidentLogServices } from '../../../app/incidents';
import { IncidentLog } from '../../../components/incidents/IncidentLog';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import type { Playbook, ReferralDirectory } from '../../../content/schema';
import type { Incident } from '../../../lib/incidents/record';
import { lazyDatabase } from '../../../lib/db-handle';
import { saveIncident } from '../../../lib/incidents/repository';
import { createOrgConfig, memoryArea } from '../../../lib/settings/org-config';

let databases = 0;

interface LogOptions {
  now: number;
  incidents?: Incident[];
  hash?: string;
  /** The retention period kept on this desktop. */
  months?: number;
  /** The organisation's policy locks the retention period. */
  locked?: boolean;
  /** Playbook packs imported here, and the referral directory edited here. */
  packs?: Playbook[];
  referrals?: ReferralDirectory | null;
  /** More of the organisation's policy: team leader keys, restrictions. */
  policy?: Record<string, unknown>;
}

/**
 * The incident log as app/incidents.tsx assembles it, from the effective configuration (built-in
 * playbooks, packs, the edited referral list, policy), on a fresh fake-indexeddb database and a
 * fixed clock.
 */
export async function renderLog(options: LogOptions) {
  const handle = lazyDatabase(`log-test-${(databases += 1)}-${Math.random()}`);
  const db = await handle();
  for (const incident of options.incidents ?? []) await saveIncident(db, incident);
  let retention = { months: options.months ?? 12 };
  const managed = options.locked || options.policy ? { ...(options.locked ? { locked: ['retentionMonths'] } : {}), ...options.policy } : null;
  const org = createOrgConfig({
    builtins: playbooks,
    protocols,
    catalogue: referralCatalogue,
    managed: { get: async () => managed, watch: () => () => {} },
    packs: memoryArea<Playbook[]>(options.packs ?? []),
    referrals: memoryArea<ReferralDirectory | null>(options.referrals ?? null),
  });
  await org.load();
  const services = incidentLogServices({
    db: handle,
    org,
    download: vi.fn(),
    print: vi.fn(),
    clipboard: { writeText: vi.fn(async () => {}) },
    retention: { get: async () => retention, set: async (value) => void (retention = value) },
  });
  services.managed = { get: async () => managed };
  window.location.hash = options.hash ?? '';
  await act(async () => {
    render(<IncidentLog services={services} clock={() => options.now} />);
  });
  return { db, services, download: services.download as ReturnType<typeof vi.fn> };
}

/** Navigates within the page as a link would. */
export async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** The text of a Blob handed to the download spy. */
export async function downloaded(download: ReturnType<typeof vi.fn>, call = 0): Promise<{ name: string; text: string }> {
  const [blob, name] = download.mock.calls[call] as [Blob, string];
  return { name, text: await blob.text() };
}
