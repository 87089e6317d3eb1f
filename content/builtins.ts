/**
 * The built-in playbooks and procedures, without the referral catalogue (index.ts has all the
 * content): the side panel starts with these, and loads the catalogue only after its first paint
 * (referrals/load.ts), since only a protocol's later steps, the incident record and Settings show
 * it. Playbooks are listed in the order the organisation picker shows them.
 */
import type { Playbook, Protocol } from './schema';
import { croydonRepairsPlaybook } from './playbooks/croydon-repairs';
import { carmarthenshireCommunitiesPlaybook } from './playbooks/carmarthenshire-communities';
import { calicoPlaybook } from './playbooks/calico';
import { morayPlaybook } from './playbooks/moray';
import { longhurstHavelokPlaybook } from './playbooks/longhurst-havelok';
import { communitiesAbusiveCall } from './protocols/abusive/communities';
import { calicoAbusiveCall, guideDefaultAbusiveCall, longhurstAbusiveCall } from './protocols/abusive/guide-default';
import { morayAbusiveCall } from './protocols/abusive/moray';
import { croydonSelfHarm, sharedSelfHarm } from './protocols/self-harm';

export const playbooks: readonly Playbook[] = [
  croydonRepairsPlaybook,
  carmarthenshireCommunitiesPlaybook,
  calicoPlaybook,
  morayPlaybook,
  longhurstHavelokPlaybook,
];

/** Every built-in procedure: each organisation's own, and the guide's defaults. */
export const protocols: readonly Protocol[] = [
  communitiesAbusiveCall,
  morayAbusiveCall,
  guideDefaultAbusiveCall,
  calicoAbusiveCall,
  longhurstAbusiveCall,
  croydonSelfHarm,
  sharedSelfHarm,
];

export function findPlaybook(id: string): Playbook | undefined {
  return playbooks.find((playbook) => playbook.id === id);
}

export function findProtocol(id: string): Protocol | undefined {
  return protocols.find((protocol) => protocol.id === id);
}
