/**
 * The fields only indexes read, derived from an incident on every write: its search words and
 * when its next follow-up is due. Kept out of exports and backups, and rebuilt on import.
 */
import type { Incident, StoredIncident } from './record';

/** Words too common to narrow a search; leaving them out keeps the word index small. */
const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her him his i if in is it its me my no not of on or ' +
    'our she so than that the their them then there they this to up us was we were what when which who will with ' +
    'would you your'
  ).split(' '),
);

/** Long notes are capped so one record cannot bloat the index. */
const MAX_WORDS = 400;

/**
 * Lower-case words without accents (Welsh ŵ and ŷ match w and y), split on anything that is not
 * a letter or a digit; one-letter words and stopwords dropped. Search terms go through the same.
 */
export function searchTokens(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !STOPWORDS.has(word));
  return [...new Set(words)];
}

/** The free text a team leader searches: notes, the caller's exact words and other answers, names. */
export function searchableText(incident: Incident): string {
  return [
    incident.notes,
    incident.location,
    incident.caller?.name,
    incident.caller?.reference,
    ...(incident.answers ?? []).map((answer) => answer.value),
    ...(incident.reviewNotes ?? []).map((note) => note.note),
    incident.review?.note,
    ...(incident.followUps ?? []).map((followUp) => followUp.doneNote),
  ]
    .filter(Boolean)
    .join('\n');
}

export function incidentWords(incident: Incident): string[] {
  return searchTokens(searchableText(incident)).slice(0, MAX_WORDS);
}

/**
 * Each word is indexed with the incident's date after it (`word`, U+0001, 15-digit milliseconds),
 * so the entries for one word come out of the index newest or oldest first, and a search reads
 * only the page it shows.
 */
export const WORD_SEPARATOR = '\u0001';

export function wordEntry(word: string, createdAt: number): string {
  return `${word}${WORD_SEPARATOR}${String(Math.max(0, Math.floor(createdAt))).padStart(15, '0')}`;
}

export function entryWord(entry: string): string {
  return entry.slice(0, entry.indexOf(WORD_SEPARATOR));
}

/** When the earliest follow-up still to do is due; Infinity if none has a deadline; undefined if none. */
export function nextFollowUpDue(incident: Pick<Incident, 'followUps'>): number | undefined {
  const pending = (incident.followUps ?? []).filter((followUp) => followUp.doneAt === null);
  if (pending.length === 0) return undefined;
  return Math.min(...pending.map((followUp) => followUp.dueAt ?? Infinity));
}

export function toStored(incident: Incident): StoredIncident {
  const { words: _words, followUpDueAt: _due, ...plain } = incident as StoredIncident;
  const stored: StoredIncident = { ...plain, words: incidentWords(incident).map((word) => wordEntry(word, incident.createdAt)) };
  const due = nextFollowUpDue(incident);
  if (due !== undefined) stored.followUpDueAt = due;
  return stored;
}

/** The incident without its index-only fields, as exports and backups carry it. */
export function fromStored(stored: StoredIncident | Incident): Incident {
  const { words: _words, followUpDueAt: _due, ...incident } = stored as StoredIncident;
  return incident;
}
