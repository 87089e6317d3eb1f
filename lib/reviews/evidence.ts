/**
 * What a live call records that may be evidence for a review item, worded for the team leader
 * coaching beside the agent. Only suggestions: the team leader accepts one (it goes into the
 * item's note) or rejects it, and marks the item themselves. Nothing of the call is kept beyond
 * what the review holds.
 */
import type { EvidenceKind } from '../../content/reviews/schema';
import type { QualityFramework } from '../../content/schema';
import type { CallData } from '../call/call';

export interface Suggestion {
  /** Unique within the call: the item and the kind of evidence. */
  key: string;
  itemId: string;
  kind: EvidenceKind;
  text: string;
}

export interface EvidenceContext {
  /** The greeting the panel showed for this call; null when none. */
  greeting: string | null;
  agentName: string;
  /** The playbook's closing items, for their labels. */
  closing: readonly { id: string; label: string }[];
  /** Seconds between check-in prompts on hold. */
  checkInSeconds: number;
  formatTime(ms: number): string;
}

const FIELD_NAMES: Record<string, string> = { name: 'name', address: 'address', phone: 'phone number', email: 'email', reference: 'reference' };

const minutes = (ms: number) => {
  const whole = Math.round(ms / 1000);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
};

function holdWords(call: CallData, kind: 'hold-asked' | 'hold-check-in', context: EvidenceContext, now: number): string | null {
  const events = call.timeline;
  const asked = events.filter((event) => event.type === 'hold-asked');
  const started = events.filter((event) => event.type === 'hold-started');
  const declined = events.filter((event) => event.type === 'hold-declined').length;
  if (kind === 'hold-asked') {
    if (asked.length === 0) return null;
    const holds = started.length === 1 ? 'the 1 hold' : `each of the ${started.length} holds`;
    const first = `first asked at ${context.formatTime(asked[0]!.at)}`;
    if (started.length === 0) return `Asked the caller before holding (${first}); the caller said no${declined > 1 ? ` ${declined} times` : ''}.`;
    return `Asked the caller's agreement before ${holds} (${first}): the guide starts a hold only once the caller agrees.`;
  }
  if (started.length === 0) return null;
  let held = 0;
  for (const start of started) {
    const end = events.find((event) => event.at >= start.at && event.type === 'hold-ended' && events.indexOf(event) > events.indexOf(start));
    held += (end?.at ?? (call.hold ? now : start.at)) - start.at;
  }
  const checkIns = events.filter((event) => event.type === 'hold-check-in').length;
  return `Checked in ${checkIns === 1 ? 'once' : `${checkIns} times`} over ${minutes(held)} on hold (the guide prompts every ${minutes(context.checkInSeconds * 1000)}).`;
}

function words(call: CallData, kind: EvidenceKind, context: EvidenceContext, now: number): string | null {
  switch (kind) {
    case 'hold-asked':
    case 'hold-check-in':
      return holdWords(call, kind, context, now);
    case 'name-in-greeting': {
      const name = context.agentName.trim();
      if (!context.greeting || !name || !context.greeting.includes(name)) return null;
      return `The greeting on screen gave the agent's name: “${context.greeting}”`;
    }
    case 'spelled': {
      const fields = Object.entries(call.confirmed)
        .filter(([, confirmed]) => confirmed)
        .map(([field]) => FIELD_NAMES[field] ?? field);
      if (fields.length === 0) return null;
      return `Confirmed the caller's ${fields.join(', ')} in the guide, each with the NATO speller a key away.`;
    }
    case 'next-steps': {
      const ticked = context.closing.filter((item) => call.closing[item.id]).map((item) => item.label);
      return ticked.length ? `At the close, ticked: ${ticked.join('; ')}.` : null;
    }
  }
}

/** Suggestions for each item of the framework that names evidence the call has. */
export function suggestEvidence(call: CallData, framework: QualityFramework, context: EvidenceContext, now: number): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const item of framework.items) {
    for (const kind of item.evidence ?? []) {
      const text = words(call, kind, context, now);
      if (text) suggestions.push({ key: `${item.id}:${kind}`, itemId: item.id, kind, text });
    }
  }
  return suggestions;
}
