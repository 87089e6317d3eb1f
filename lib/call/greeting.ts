/**
 * The greeting an agent says when answering, as a pure function of playbook, settings and clock
 * (GR-1..GR-5): `(playbook, config, now) -> text`.
 */
import type { CallKind, Greeting, Language, Playbook, TimeOfDay } from '../../content/schema';

export interface GreetingConfig {
  agentName: string;
  /** The team named in the greeting; the playbook's first team when empty. */
  team?: string;
  /** The agent's direct number, offered on transferred calls (GR-5). */
  agentPhone?: string;
  /** 'playbook' (default) speaks the playbook's languages in order; otherwise that one only. */
  greetingLanguage?: 'playbook' | Language;
}

/** Morning before 12:00, afternoon to 17:59, evening from 18:00 (GR-2). */
export function timeOfDay(now: Date): TimeOfDay {
  const hour = now.getHours();
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** The salutation in the playbook's languages, in order: "Prynhawn da, Good afternoon". */
export function salutation(greeting: Greeting, when: TimeOfDay, only?: Language): string {
  // Where the standard has no evening salutation (Moray), the afternoon one carries on.
  const set = (when === 'evening' ? greeting.salutations.evening : undefined) ??
    greeting.salutations[when === 'evening' ? 'afternoon' : when];
  // One language if asked for and the playbook has a salutation in it; otherwise the playbook's.
  const languages = only && set[only] ? [only] : greeting.languages;
  return languages
    .map((language: Language) => set[language])
    .filter((word): word is string => Boolean(word))
    .join(', ');
}

export interface RenderedGreeting {
  text: string;
  timeOfDay: TimeOfDay;
  sources: readonly string[];
  /** Where the template comes from. */
  from: Playbook['greeting']['templates'][number]['from'];
  /** Placeholders the settings could not fill (e.g. no direct number for a transferred call). */
  missing: readonly string[];
}

export function renderGreeting(
  playbook: Playbook,
  config: GreetingConfig,
  now: Date,
  callKind: CallKind = 'new',
): RenderedGreeting {
  const template =
    playbook.greeting.templates.find((t) => t.callKind === callKind) ?? playbook.greeting.templates[0];
  if (!template) throw new Error(`playbook ${playbook.id} has no greeting template`);
  const when = timeOfDay(now);
  // A standard that asks for every language (Communities: "a short bilingual greeting") keeps them all.
  const only = !playbook.greeting.alwaysAll && config.greetingLanguage && config.greetingLanguage !== 'playbook' ? config.greetingLanguage : undefined;
  const values: Record<string, string> = {
    salutation: salutation(playbook.greeting, when, only),
    agent: config.agentName.trim(),
    organisation: playbook.organisation.greetingName,
    team: config.team?.trim() || playbook.teams[0] || playbook.organisation.greetingName,
    agentPhone: config.agentPhone?.trim() ?? '',
  };
  const missing: string[] = [];
  const text = template.text
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      if (value === '') {
        missing.push(name);
        return `[${name === 'agentPhone' ? 'your number' : name}]`;
      }
      return value;
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text, timeOfDay: when, sources: template.sources, from: template.from, missing };
}
