/**
 * The guide's own review list, for a playbook (a pack) that carries no framework of its own:
 * every item is the guide's, labelled so, each after the standard it follows.
 */
import { guideDefault, quote } from '../provenance';
import type { QualityFramework } from '../schema';

const REASON = "The guide's default review item: your organisation can set its own framework in a playbook pack.";

type Item = QualityFramework['items'][number];
const item = (id: string, text: string, basedOn: ReturnType<typeof quote.croydon>, sources: Item['sources'], evidence?: Item['evidence']): Item => ({
  id,
  text,
  ...(evidence ? { evidence } : {}),
  from: guideDefault(REASON, basedOn),
  sources,
});

export const guideDefaultQuality: QualityFramework = {
  name: "The guide's default review list",
  from: guideDefault("No framework is set for this playbook: these items are the guide's default, drawn from the five standards."),
  items: [
    item('greeting', 'Greeted the caller warmly and gave their name', quote.croydon('CSA promise', 'I will always give my name and I warmly greet our residents'), ['GR-1'], ['name-in-greeting']),
    item('details', "Confirmed the caller's details, spelling them back in NATO phonetics", quote.croydon('CSA promise', 'I will use NATO phonetics to check spellings'), ['NA-1'], ['spelled']),
    item('listening', 'Listened actively, without assumptions', quote.croydon('CSA promise', 'I will avoid making assumptions'), ['CV-2']),
    item('plain-language', 'Used plain language, no jargon', quote.longhurst('Our promise to you', 'Communicate in plain language.'), ['CV-3']),
    item('hold', 'Asked before placing the caller on hold and checked in', quote.croydon('CSA promise', "I will ask for the resident's approval prior to placing them on hold"), ['HO-1', 'HO-2'], ['hold-asked', 'hold-check-in']),
    item('next-steps', 'Gave the next steps and timescales', quote.croydon('CSA promise', 'I will keep residents informed and signpost the next steps'), ['CV-5'], ['next-steps']),
    item('close', 'Summarised what was agreed and closed courteously', quote.moray('4.2', 'summarise what has been agreed.'), ['CL-2', 'CL-5']),
  ],
  target: {
    percent: 80,
    from: guideDefault("No target is set for this playbook: 80% is the guide's default, from Croydon's standard.", quote.croydon('Our Service Levels', 'We aim to achieve 80% call quality rating')),
    sources: ['SL-3'],
  },
  minimumPerMonth: {
    count: 3,
    from: guideDefault("No number of reviews is set for this playbook: 3 a month is the guide's default, from Croydon's standard.", quote.croydon('Call quality framework', 'We will review a minimum of 3 calls per month')),
    sources: ['SL-3'],
  },
};
