/**
 * Communities' letter and e-mail rules (7): the rest of its "Standards for …" card, after the facts
 * in its playbook. The card is closed before a call, so these load straight after the first paint
 * (./index.ts, factsOf), not before the greeting. Its duties for moments of a call are in
 * ../duties/communities.ts.
 */
import { communities, guideDefault, quote } from '../../provenance';
import type { Fact } from '../../schema';

const S7 = '7, Written Communication';

export const communitiesFacts: Fact[] = [
  {
    id: 'letters',
    text: 'Letters: a signed reply in the language of the original letter; circulars bilingual, Welsh uppermost and foremost; 14 point for readers with a visual impairment',
    from: communities(
      S7,
      'A customer should receive a signed reply in the language of the original letter',
      quote.communities(S7, 'Circular or standard letters should be bilingual with Welsh uppermost and foremost'),
      quote.communities(S7, 'Use 14 point pitch when replying to a customer who has a visual impairment.'),
    ),
    sources: ['CY-2', 'AC-4'],
  },
  {
    id: 'email-signature',
    text: 'E-mail signature: bilingual, with your name, job title, team and contact details',
    from: communities('7, Emails', 'Include a standard email signature, which should be bilingual and include your name, job title, team and contact details'),
    sources: ['CY-3'],
  },
  {
    id: 'no-number',
    text: "The standard gives no phone number for the department, so the guide shows none",
    from: guideDefault("Communities' standard gives no number of its own (the numbers in the self-harm plan are referral services)."),
    sources: ['OR-3'],
  },
];
