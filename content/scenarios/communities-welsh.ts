/**
 * A Welsh-speaking caller for Communities: the bilingual greeting, Welsh recorded as the caller's
 * choice and honoured for the rest of the call (CY-1), and a clean close. Communities' own duty:
 * carry on in Welsh or pass the call to a Welsh speaker.
 */
import { PHONE_RINGS, TO_CALLER_STEP } from './common';
import { closingBeat, soonAfterStart } from './closing';
import type { Scenario } from './schema';

export const communitiesWelsh: Scenario = {
  id: 'communities-welsh',
  title: 'A Welsh-speaking caller (Communities)',
  summary:
    'A caller who answers the bilingual greeting in Welsh. Practises recording Welsh as her choice, carrying on in Welsh or passing her to a Welsh speaker, and a summary that says so.',
  playbookId: 'carmarthenshire-communities',
  caller: {
    title: 'Mrs',
    firstName: 'Siân',
    surname: 'Prydderch',
    address: '5 Maes y Dderwen, Caerfyrddin SA31 9ZZ',
    phone: '01632 960218',
    reference: 'CYM-310-5521',
    language: 'cy',
    history: ['Asked for letters in Welsh.', 'Garden assistance scheme: renewal due.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'answers-in-welsh',
      caller: 'Bore da. Siân Prydderch sy’n siarad. Ga i siarad Cymraeg, os gwelwch yn dda?',
      note: 'Speak Welsh throughout if the trainee does; if they pass you on, be patient.',
      expect: [
        TO_CALLER_STEP,
        { id: 'surname-written', event: 'caller-updated', detail: 'surname', label: 'Write down the caller’s name', sources: ['GR-7'] },
        {
          id: 'welsh-recorded',
          event: 'caller-updated',
          detail: 'language',
          label: 'Record Welsh as her language and carry on in Welsh (or pass her to a Welsh speaker)',
          sources: ['GR-9', 'CY-1'],
          say: 'Wrth gwrs. Dim problem o gwbl: we’ll carry on in Welsh.',
        },
      ],
    },
    {
      id: 'garden-scheme',
      caller: 'Mae’n ymwneud â’r cynllun cymorth gardd. I need to renew it before the spring.',
      expect: [{ id: 'enquiry-step', event: 'stage', detail: 'enquiry', label: 'Move on to the enquiry and note it', sources: ['CV-1'] }],
    },
    closingBeat('Diolch yn fawr. Dyna’r cyfan.', 'Copy the summary (it names Welsh as her language)', ['CL-6', 'CY-1']),
  ],
  timing: [soonAfterStart('welsh-noted', 'Welsh recorded within a minute of the greeting', { event: 'caller-updated', detail: 'language' }, 60)],
  checks: {},
};
