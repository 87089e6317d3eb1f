/**
 * How a line's provenance reads beside it, for the playbook in use. A line from an organisation's
 * own standard is that organisation's ("Communities 6.7"); the same line under another
 * organisation is the guide's default, borrowed from that standard, and says so; a line an
 * organisation set (its pack, policy or settings) is "Set by your organisation". Nothing here
 * ever names one organisation's rule as another's.
 */
import type { Provenance, Quote } from '../content/schema';
import { STANDARDS, type StandardId } from '../content/standards';

/** Where the playbook itself comes from: built into the guide, or the organisation's own. */
export type PlaybookOrigin = 'built-in' | 'pack' | 'policy';

export interface ProvenanceContext {
  /** The organisation's own standard (built-in playbooks only). */
  standard?: StandardId;
  origin: PlaybookOrigin;
}

export interface ShownProvenance {
  kind: 'own-standard' | 'guide-default' | 'organisation';
  /** A few words beside the line. */
  label: string;
  /** One sentence for "where this comes from". */
  detail: string;
  /** The standard's own words, with where they are. */
  quote?: { text: string; document: string; section: string };
}

/** "6.7" for "6.7 Dealing with Abusive Calls": short beside a line; the full name is in the detail. */
const sectionNumber = (section: string) => /^\d+(\.\d+)*\b/.exec(section)?.[0] ?? section;

const quoted = (q: Quote) => ({ text: q.quote, document: STANDARDS[q.standard].title, section: q.section });

export function showProvenance(from: Provenance, context: ProvenanceContext): ShownProvenance {
  if (context.origin !== 'built-in' || from.kind === 'organisation') {
    const by = context.origin === 'policy' ? "your organisation's policy" : context.origin === 'pack' ? "your organisation's playbook pack" : 'your organisation';
    const note = from.kind === 'organisation' && from.note ? ` ${from.note}` : '';
    return { kind: 'organisation', label: 'Set by your organisation', detail: `Set by ${by}.${note}` };
  }
  if (from.kind === 'guide-default') {
    return {
      kind: 'guide-default',
      label: 'Guide default',
      detail: from.reason,
      ...(from.basedOn ? { quote: quoted(from.basedOn) } : {}),
    };
  }
  const own = [from, ...(from.also ?? [])].find((q) => q.standard === context.standard);
  if (own) {
    const info = STANDARDS[own.standard];
    return { kind: 'own-standard', label: `${info.short} ${sectionNumber(own.section)}`, detail: `From ${info.title}, ${own.section}.`, quote: quoted(own) };
  }
  const info = STANDARDS[from.standard];
  return {
    kind: 'guide-default',
    label: 'Guide default',
    detail: `Your organisation's standard does not say this: the guide follows ${info.title}, ${from.section}.`,
    quote: quoted(from),
  };
}
