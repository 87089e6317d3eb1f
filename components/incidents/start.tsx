/**
 * Assembles the incident log page with the real database (or the practice one in training mode),
 * downloads, printing, and the retention period (the organisation's policy wins when it sets one).
 */
import { render } from 'preact';
import { findPlaybook, referralCatalogue } from '../../content';
import { createLogState } from '../../lib/incidents/log-state';
import { readRetention, retentionItem } from '../../lib/incidents/retention-setting';
import { managedArea } from '../../lib/settings/org-storage';
import { startTrainingPage } from '../training/training-page';
import '../ui/theme.css';
import { browserDownload } from '../ui/download';
import { IncidentLog } from './IncidentLog';

async function retention() {
  const managed = await managedArea.get().catch(() => null);
  if (managed && typeof managed === 'object' && ('retentionMonths' in managed || 'locked' in managed)) {
    const { isLocked, parsePolicy } = await import('../../lib/settings/policy');
    const { policy } = parsePolicy(managed);
    // Locked with an invalid value: the period kept here applies, and still cannot be changed.
    const months = policy?.retentionMonths ?? (await readRetention()).months;
    return { months, locked: isLocked(policy, 'retentionMonths') };
  }
  return readRetention();
}

export function startIncidentLog(root: HTMLElement): void {
  // The real log, or in training mode the practice one under the training banner.
  const training = startTrainingPage();
  const referrals = referralCatalogue.entries;
  const services = {
    db: training.database,
    state: createLogState({ storage: sessionStorage }),
    organisation: (id: string) => findPlaybook(id)?.organisation.name ?? id,
    referralName: (id: string) => referrals.find((referral) => referral.id === id)?.name ?? id,
    directorReport: (id: string) => findPlaybook(id)?.directorReport,
    download: browserDownload(),
    print: () => window.print(),
    clipboard: navigator.clipboard,
    retention: { get: retention, set: (value: { months: number }) => retentionItem.setValue(value) },
  };
  render(training.frame(<IncidentLog services={services} clock={() => Date.now()} />), root);
}
