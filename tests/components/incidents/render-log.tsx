import { act, render } from '@testing-library/preact';
import { vi } from 'vitest';
import { findPlaybook } from '../../../content';
import { IncidentLog } from '../../../components/incidents/IncidentLog';
import type { LogServices } from '../../../components/incidents/log-context';
import type { Incident } from '../../../lib/incidents/record';
import { lazyDatabase } from '../../../lib/db-handle';
import { createLogState } from '../../../lib/incidents/log-state';
import { saveIncident } from '../../../lib/incidents/repository';

let databases = 0;

/** The incident log as startIncidentLog assembles it, on a fresh fake-indexeddb database and a fixed clock. */
export async function renderLog(options: { now: number; incidents?: Incident[]; hash?: string; months?: number; locked?: boolean }) {
  const handle = lazyDatabase(`log-test-${(databases += 1)}-${Math.random()}`);
  const db = await handle();
  for (const incident of options.incidents ?? []) await saveIncident(db, incident);
  let retention = { months: options.months ?? 12 };
  const services: Omit<LogServices, 'now'> = {
    db: handle,
    state: createLogState(),
    organisation: (id) => (id === 'moray' ? 'Moray Housing Partnership' : id),
    referralName: (id) => id,
    directorReport: (id: string) => findPlaybook(id)?.directorReport,
    download: vi.fn(),
    print: vi.fn(),
    clipboard: { writeText: vi.fn(async () => {}) },
    retention: { get: async () => ({ ...retention, locked: options.locked }), set: async (value) => void (retention = value) },
  };
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
