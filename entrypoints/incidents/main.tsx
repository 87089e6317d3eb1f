import { render } from 'preact';
import { browserDownload } from '../../components/incidents/download';
import { IncidentLog } from '../../components/incidents/IncidentLog';
import { startTrainingPage } from '../../components/training/training-page';
import '../../components/ui/theme.css';
import { findPlaybook, referralDirectories } from '../../content';
import { createLogState } from '../../lib/incidents/log-state';
import { readRetention, retentionItem } from '../../lib/incidents/retention-setting';

function main() {
  // The real log, or in training mode the practice one under the training banner.
  const training = startTrainingPage();
  const referrals = referralDirectories.flatMap((directory) => directory.entries);
  const services = {
    db: training.database,
    state: createLogState(),
    organisation: (id: string) => findPlaybook(id)?.organisation.name ?? id,
    referralName: (id: string) => referrals.find((referral) => referral.id === id)?.name ?? id,
    download: browserDownload(),
    print: () => window.print(),
    clipboard: navigator.clipboard,
    retention: { get: () => readRetention(), set: (value: { months: number }) => retentionItem.setValue(value) },
  };
  render(training.frame(<IncidentLog services={services} clock={() => Date.now()} />), document.getElementById('app')!);
}

main();
