/**
 * All guidance content, bundled into the extension: nothing is read from outside the project at
 * build, run or test time. Playbooks are listed in the order the organisation picker shows them.
 */
import type { Playbook, Protocol, ReferralDirectory } from './schema';
import { croydonRepairsPlaybook } from './playbooks/croydon-repairs';
import { carmarthenshireCommunitiesPlaybook } from './playbooks/carmarthenshire-communities';
import { calicoPlaybook } from './playbooks/calico';
import { morayPlaybook } from './playbooks/moray';
import { longhurstHavelokPlaybook } from './playbooks/longhurst-havelok';
import { abusiveCallProtocol } from './protocols/abusive-call';
import { selfHarmProtocol } from './protocols/self-harm';
import { croydonReferrals } from './referrals/croydon';

export { requirements } from './requirements';

export const playbooks: readonly Playbook[] = [
  croydonRepairsPlaybook,
  carmarthenshireCommunitiesPlaybook,
  calicoPlaybook,
  morayPlaybook,
  longhurstHavelokPlaybook,
];

export const protocols: readonly Protocol[] = [abusiveCallProtocol, selfHarmProtocol];

export const referralDirectories: readonly ReferralDirectory[] = [croydonReferrals];

export function findPlaybook(id: string): Playbook | undefined {
  return playbooks.find((playbook) => playbook.id === id);
}

export function findProtocol(id: string): Protocol | undefined {
  return protocols.find((protocol) => protocol.id === id);
}

export function findReferralDirectory(id: string): ReferralDirectory | undefined {
  return referralDirectories.find((directory) => directory.id === id);
}
