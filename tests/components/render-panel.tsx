import { act, render, waitFor } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { GuideProviders } from '../../app/providers';
import { callServices } from '../../components/context/call';
import { Panel, preloadPanelViews } from '../../components/panel/Panel';
import { playbooks, protocols, referralCatalogue } from '../../content';
import { plainOrgConfig, type OrgConfigDeps } from '../../lib/settings/org-config';
import type { SettingsStore } from '../../lib/app-state';
import { lazyDatabase, type DatabaseHandle } from '../../lib/db-handle';
import { createGuide } from '../../lib/guide';

let databases = 0;

/** A settings store in memory; `failWrites` imitates a full disk. */
export function memoryStore(initial: unknown = null, failWrites = false): SettingsStore & { value: unknown } {
  const store = {
    value: initial,
    getValue: async () => store.value,
    setValue: async (value: unknown) => {
      if (failWrites) throw new Error('QuotaExceededError');
      store.value = value;
    },
    watch: () => () => {},
  };
  return store;
}

/**
 * The whole panel as app/guide-page.tsx assembles it, inside the same providers, on a fresh fake-indexeddb database and a clock the
 * test moves with `advance` (which also runs the panel's once-a-second tick). `catalogue` may be how to load the referral
 * catalogue, as the page gives it (loaded after the first paint); the list itself by default.
 */
export async function renderPanel(
  settings: SettingsStore,
  start: number,
  managed: unknown = null,
  callReady?: Promise<unknown>,
  catalogue: OrgConfigDeps['catalogue'] = referralCatalogue,
) {
  const handle = lazyDatabase(`panel-test-${(databases += 1)}-${Math.random()}`);
  const db = await handle();
  return { ...(await assemble(settings, start, handle, managed, callReady, catalogue)), db };
}

/** The panel on a database the test prepared, opened only by the panel (it may not open). */
export function renderPanelOn(database: string, settings: SettingsStore, start: number) {
  return assemble(settings, start, lazyDatabase(database));
}

/**
 * `callReady`, when given, holds back the read of the saved call (as the page holds it until its first paint): the panel is
 * shown with its settings loaded while that read is still pending.
 */
async function assemble(
  settings: SettingsStore,
  start: number,
  handle: DatabaseHandle,
  managed: unknown = null,
  callReady?: Promise<unknown>,
  catalogue: OrgConfigDeps['catalogue'] = referralCatalogue,
) {
  let clock = start;
  const guide = createGuide({ settings, org: plainOrgConfig(playbooks, protocols, catalogue, managed), now: () => clock, db: handle, newId: () => 'call-1' });
  const loading = guide.load(callReady);
  if (callReady) await act(() => waitFor(() => expect(guide.app.settings.value).not.toBeNull()));
  else await act(() => loading);
  // As the panel does straight after start-up: the in-call views, speller and protocols are ready.
  await preloadPanelViews();
  const clipboard = { writeText: vi.fn(async (_text: string) => {}) };
  const playCue = vi.fn();
  const services = { ...callServices(guide, handle, { clipboard, playCue }), clipboard, playCue };
  render(
    <GuideProviders app={guide.app} call={services}>
      <Panel incidentLogUrl="/incidents.html" />
    </GuideProviders>,
  );
  const advance = (ms: number) => {
    clock += ms;
    act(() => guide.app.tick());
  };
  return { guide, services, advance, call: () => guide.call.call.value };
}
