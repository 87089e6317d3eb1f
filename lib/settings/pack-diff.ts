/**
 * What a playbook pack would change, field by field: the old and new text of every line to say,
 * every phone number and every time limit, with safeguarding changes (the abusive-call and
 * self-harm procedures, their follow-ups and reports) first and marked, so a pack cannot rewrite a
 * safeguarding script unseen behind "protocolLines changes".
 */
import type { Playbook, Protocol } from '../../content/schema';

export type PackFieldKind = 'line' | 'phone' | 'time' | 'other';

export interface PackFieldChange {
  /** Where it is, readable: "Abusive-call procedure › warn › say 1". */
  where: string;
  kind: PackFieldKind;
  before: string | null;
  after: string | null;
  safeguarding: boolean;
}

/** The playbook with the procedures it runs written out, so a change of procedure shows its lines. */
export type ResolvedPlaybook = Omit<Playbook, 'protocols'> & { protocols: { abusive?: Protocol; selfHarm?: Protocol; notes: unknown } };

/** Provenance: where a line comes from, shown beside it, not part of what the agent says or does. */
const PROVENANCE = new Set(['from', 'sources', 'salutationsFrom', 'also']);
const SAFEGUARDING_TOP = new Set(['protocols', 'abusiveFollowUp', 'directorReport']);
const TOP_NAMES: Record<string, string> = {
  protocols: 'Safeguarding procedures',
  abusiveFollowUp: 'Abusive-call follow-up',
  directorReport: 'Report for the Director',
};

/** A phone number anywhere in the text: a line that gives one is a phone number change. */
const PHONE = /(?:\+44|\b0)\d[\d ]{7,}\d|\b\d{3}\b(?= |$)|^\+?[\d\s()-]{7,}$/;
const TIME_KEY = /seconds|minutes|hours|days|months|amount|within|opens|closes|after|limit|unit/i;
const LINE_KEY = /say|text|line|script|words|template|label|question|prompt|note|title/i;

function kindOf(key: string, value: unknown): PackFieldKind {
  if (/phone|number|tel/i.test(key) || (typeof value === 'string' && PHONE.test(value.trim()) && /\d{3}/.test(value))) return 'phone';
  if (TIME_KEY.test(key)) return 'time';
  if (typeof value === 'string' && LINE_KEY.test(key)) return 'line';
  return 'other';
}

const show = (value: unknown): string | null => (value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** Array items keyed by their id where they have one, so a reordered list is not a list of changes. */
function entries(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) {
    return value.map((item, at) => {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(at + 1);
      return [id, item];
    });
  }
  if (value && typeof value === 'object') return Object.entries(value);
  return [];
}

const isBranch = (value: unknown) => value !== null && typeof value === 'object';

function walk(before: unknown, after: unknown, path: string[], lastKey: string, out: PackFieldChange[], safeguarding: boolean): void {
  if (isBranch(before) || isBranch(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    const left = new Map(entries(before));
    const right = new Map(entries(after));
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      if (PROVENANCE.has(key) || key === 'id') continue;
      // A list of plain items names each by its place in the list: "say 2".
      const list = Array.isArray(before ?? after);
      const where = list && /^\d+$/.test(key) ? [...path.slice(0, -1), `${path.at(-1)} ${key}`] : [...path, key];
      walk(left.get(key), right.get(key), where, list ? lastKey : key, out, safeguarding);
    }
    return;
  }
  if (before === after) return;
  out.push({ where: path.join(' › '), kind: kindOf(lastKey, after ?? before), before: show(before), after: show(after), safeguarding });
}

/** Every field that differs between the playbook in use and the pack, safeguarding ones first. */
export function packDiff(current: ResolvedPlaybook, next: ResolvedPlaybook): PackFieldChange[] {
  const out: PackFieldChange[] = [];
  const keys = new Set([...Object.keys(current), ...Object.keys(next)]);
  for (const key of keys) {
    if (PROVENANCE.has(key) || key === 'id') continue;
    const procedures = key === 'protocols';
    const before = (current as Record<string, unknown>)[key];
    const after = (next as Record<string, unknown>)[key];
    if (procedures) {
      walk((before as ResolvedPlaybook['protocols']).abusive, (after as ResolvedPlaybook['protocols']).abusive, ['Abusive-call procedure'], 'abusive', out, true);
      walk((before as ResolvedPlaybook['protocols']).selfHarm, (after as ResolvedPlaybook['protocols']).selfHarm, ['Self-harm procedure'], 'selfHarm', out, true);
      continue;
    }
    walk(before, after, [TOP_NAMES[key] ?? key], key, out, SAFEGUARDING_TOP.has(key));
  }
  return [...out.filter((change) => change.safeguarding), ...out.filter((change) => !change.safeguarding)];
}
