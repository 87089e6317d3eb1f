/**
 * A self-harm disclosure for Longhurst, whose standard has no plan: the guide's default (Croydon's
 * six-point plan without Croydon's own services), with only the UK-wide referral numbers, since
 * Longhurst's standard does not say where its callers are.
 */
import type { Scenario } from './schema';
import { selfHarmNonUrgent } from './self-harm-non-urgent';

/** The same steps as the non-urgent route in general, said to Longhurst's caller in his own words. */
const steps = (line: number) => selfHarmNonUrgent.script[line]!.expect;

export const longhurstSelfHarm: Scenario = {
  id: 'longhurst-self-harm',
  title: 'A self-harm disclosure under the guide’s plan (Longhurst)',
  summary:
    'A young caller about rent arrears who says he has been hurting himself. Practises the plan Longhurst runs as the guide’s default: full attention, a support partner, where he is, and a UK-wide number.',
  playbookId: 'longhurst-havelok',
  caller: {
    title: 'Mr',
    firstName: 'Kieran',
    surname: 'Fletcher',
    address: 'Flat 6, 2 Witham Court, Boston PE21 8ZZ',
    phone: '07700 900654',
    reference: 'LHH-117-4826',
    language: 'en',
    history: ['Rent arrears letter sent last week.'],
  },
  script: [
    selfHarmNonUrgent.script[0]!,
    {
      id: 'disclosure',
      caller: 'It’s about the arrears letter. I can’t sleep. I’ve been cutting myself again, if I’m honest.',
      note: 'Hesitant. No plan to go further tonight; you are at home.',
      expect: steps(1),
    },
    { id: 'still-there', caller: 'Sorry. I didn’t mean to say all that.', expect: steps(2) },
    { id: 'at-home', caller: 'I’m at home, the flat on Witham Court. I’m not going to do anything tonight.', expect: steps(3) },
    { id: 'number', caller: 'Is there anyone I could talk to at this time of night?', expect: steps(4) },
    { id: 'goodbye', caller: 'Okay. I’ll ring them. Thanks for not being weird about it.', expect: steps(5) },
  ],
  timing: selfHarmNonUrgent.timing,
  checks: { danger: 'non-urgent' },
};
