/**
 * Assembles the incident log page with the real database (or the practice one in training mode),
 * downloads, printing, and the effective configuration: playbooks, packs and referral lists name
 * what each incident was taken with, and the organisation's policy wins on the retention period.
 */
import { render } from 'preact';
import type { LogServices } from '../components/incidents/log-context';
import { IncidentLog } from '../components/incidents/IncidentLog';
import { browserDownload } from '../components/ui/download';
import type { DatabaseHandle } from '../lib/db-handle';
import { createLogState } from '../lib/incidents/log-state';
import { readRetention, retentionItem, type RetentionSetting } from '../lib/incidents/retention-setting';
import { policyWins, recordNames } from '../lib/settings/effective';
import { managedArea } from '../lib/settings/items';
import type { OrgConfig } from '../lib/settings/org-config';
import { referralCatalogue } from '../content';
import { browserOrgConfig } from './providers';
import { startTrainingPage } from './training';
import '../components/ui/theme.css';

export interface LogDeps extends Pick<LogServices, 'download' | 'print' | 'clipboard'> {
  db: DatabaseHandle;
  org: OrgConfig;
  /** Where the retention period kept on this desktop is stored. */
  retention: { get(): Promise<RetentionSetting>; set(value: RetentionSetting): Promise<void> };
  /** The tab's sessionStorage: keeps the team leader's name across a reload. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** What the log's components share, from the organisation's set-up as it is in effect. */
export function incidentLogServices({ db, org, retention, storage, ...page }: LogDeps): Omit<LogServices, 'now'> {
  return {
    db,
    state: createLogState({ storage }),
    ...recordNames(org),
    ...page,
    retention: {
      async get() {
        const own = await retention.get();
        await org.policyReady();
        // Locked with an invalid value: the period kept here applies, and still cannot be changed.
        const { value, locked } = policyWins(org.policy.peek(), 'retentionMonths', own.months);
        return { months: value, locked };
      },
      set: retention.set,
    },
  };
}

export async function startIncidentLog(root: HTMLElement): Promise<void> {
  // The real log, or in training mode the practice one under the training banner.
  const training = startTrainingPage();
  const org = browserOrgConfig(referralCatalogue);
  // Names wait for the packs and referral list kept here; a storage fault leaves the built-ins.
  await org.load().catch(() => {});
  org.watch();
  const services = incidentLogServices({
    db: training.database,
    org,
    download: browserDownload(),
    print: () => window.print(),
    clipboard: navigator.clipboard,
    retention: { get: () => readRetention(), set: (value) => retentionItem.setValue(value) },
    storage: sessionStorage,
  });
  // Sealing reads the policy's team leader keys and restrictions itself (components/incidents/sealing).
  services.managed = managedArea;
  render(training.frame(<IncidentLog services={services} clock={() => Date.now()} />), root);
}
