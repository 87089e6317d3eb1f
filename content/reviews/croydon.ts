/**
 * Croydon's call quality framework: calls are reviewed against the fifteen statements of the CSA
 * promise, exactly as the standard words them, at least 3 calls per agent per month, aiming for an
 * 80% call quality rating (SL-3, SL-4).
 */
import { croydon } from '../provenance';
import type { QualityFramework } from '../schema';

const CSA = 'CSA promise';
const FRAMEWORK = 'Call quality framework';

type Item = QualityFramework['items'][number];

/** One statement of the CSA promise: its words are the item's text and its quote. */
const promise = (id: string, statement: string, sources: Item['sources'], evidence?: Item['evidence']): Item => ({
  id,
  text: statement,
  ...(evidence ? { evidence } : {}),
  from: croydon(CSA, statement),
  sources,
});

export const croydonQuality: QualityFramework = {
  name: 'CSA promise',
  from: croydon(FRAMEWORK, 'We will use the CSA promise as a guide for assessing your calls'),
  items: [
    promise('prepared', 'I will be prepared and ready to take calls', ['OR-6']),
    promise('attention', 'I will give residents my attention and not be distracted', ['OR-6']),
    promise('plain-language', 'I will avoid using jargon/acronyms and use language that other people understand', ['CV-3']),
    promise('name-and-greeting', 'I will always give my name and I warmly greet our residents', ['GR-1'], ['name-in-greeting']),
    promise(
      'questions',
      'I will question effectively, asking open questions to gather information and complete accurate diagnostics; asking closed questions to confirm information',
      ['CV-1'],
    ),
    promise('active-listening', 'I will actively listen to customers, using verbal nods and avoiding lots of silence', ['CV-2']),
    promise('nato', 'I will use NATO phonetics to check spellings and repeat information back to residents', ['NA-1', 'NA-2'], ['spelled']),
    promise('no-assumptions', 'I will avoid making assumptions', ['CV-2']),
    promise('difficult-messages', 'I will deliver difficult messages sensitively and ensure that key messages have been understood', ['CV-4']),
    promise('next-steps', 'I will keep residents informed and signpost the next steps', ['CV-5'], ['next-steps']),
    promise('expectations', "I will ensure I manage resident's expectations", ['CV-5']),
    promise('agreement', 'I will seek agreement with actions and/or when arranging appointments with residents', ['CV-5']),
    promise(
      'hold',
      "I will ask for the resident's approval prior to placing them on hold and check in frequently if I need them to continue to be on hold",
      ['HO-1', 'HO-2'],
      ['hold-asked', 'hold-check-in'],
    ),
    promise('one-team', 'I will promote a one-team ethos and work collaboratively with my colleagues', ['SL-3']),
    promise('team-goals', 'I will contribute to team goals by achieving my performance targets and helping others, where I can', ['SL-3']),
  ],
  target: { percent: 80, from: croydon('Our Service Levels', 'We aim to achieve 80% call quality rating'), sources: ['SL-4'] },
  minimumPerMonth: {
    count: 3,
    from: croydon(FRAMEWORK, 'We will review a minimum of 3 calls per month, assessing them against the quality assurance framework'),
    sources: ['SL-3'],
  },
  note: 'Croydon also asks team leaders to coach side by side, giving real-time feedback.',
};
