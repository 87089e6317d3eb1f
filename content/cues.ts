/**
 * Short cues for the middle of a call (CV-1..CV-5, PR-1, PR-2, GR-9): one glance each, and the
 * agent can dismiss any of them for the rest of the call.
 */
import type { Cue } from './schema';

export interface EnquiryCue extends Cue {
  id: string;
}

export const enquiryCues: readonly EnquiryCue[] = [
  { id: 'open-then-closed', text: 'Open questions to find out; closed questions to confirm.', sources: ['CV-1'] },
  { id: 'listen', text: 'Listen actively: verbal nods, no long silences, no assumptions.', sources: ['CV-2'] },
  { id: 'plain-language', text: 'Plain words: no jargon, no acronyms.', sources: ['CV-3'] },
  { id: 'difficult-news', text: 'Difficult news gently, then check it was understood.', sources: ['CV-4'] },
  {
    id: 'next-steps',
    text: 'Say how long it normally takes, any delay, and what happens next. Agree actions and appointments.',
    sources: ['CV-5'],
  },
  {
    id: 'privacy',
    text: 'Ask only what you need and say why. Never discuss another customer.',
    sources: ['PR-1', 'PR-2'],
  },
];

export const callerCues: readonly EnquiryCue[] = [
  {
    id: 'formal-title',
    text: 'Use their title and surname until they say you may use their first name.',
    sources: ['GR-6', 'GR-7'],
  },
  {
    id: 'preferences',
    text: 'Note how they prefer to be contacted, their language, and any sensory-impairment arrangements.',
    sources: ['GR-9'],
  },
];
