/**
 * Spelling in groups the agent can read at the caller's pace (NA-2): a postcode as outward and
 * inward code, an email as local part and domain, a phone number in its usual UK groups, a long
 * reference in chunks of three or four, and anything else word by word.
 */
import { encode, type Reading, type SpellOptions } from './encode';
import { ukPhoneGroups, type SourceGroup } from './uk-phone';

export type SpellingKind = 'postcode' | 'email' | 'phone' | 'reference' | 'text';

export interface SpellingGroup {
  /** What the group is, where that helps the caller: "Outward code", "Domain". */
  readonly label?: string;
  /** The characters the group reads. */
  readonly source: string;
  readonly readings: readonly Reading[];
}

export interface Spelling {
  readonly kind: SpellingKind;
  readonly groups: readonly SpellingGroup[];
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?|GIR)\s*(\d[A-Z]{2})$/i;
const EMAIL = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/;
const REFERENCE = /^[A-Za-z0-9]+(?:[-/ ][A-Za-z0-9]+)*$/;
/** Shorter references are read in one breath. */
const REFERENCE_MIN_LENGTH = 6;

/** Sizes of at most four, as even as possible: 7 -> 4 3, 9 -> 3 3 3, 10 -> 4 3 3. */
export function chunkSizes(length: number): number[] {
  if (length <= 0) return [];
  const count = Math.ceil(length / 4);
  const small = Math.floor(length / count);
  const larger = length % count;
  return Array.from({ length: count }, (_, index) => (index < larger ? small + 1 : small));
}

function postcodeGroups(text: string): SourceGroup[] | undefined {
  const match = POSTCODE.exec(text);
  if (!match) return undefined;
  return [
    { label: 'Outward code', source: (match[1] ?? '').toUpperCase() },
    { label: 'Inward code', source: (match[2] ?? '').toUpperCase() },
  ];
}

function emailGroups(text: string): SourceGroup[] | undefined {
  const match = EMAIL.exec(text);
  if (!match) return undefined;
  return [
    { label: 'Local part', source: match[1] ?? '' },
    { label: 'At sign', source: '@' },
    { label: 'Domain', source: match[2] ?? '' },
  ];
}

/**
 * Chunks of a reference such as "HSG-2024-001234". A hyphen or slash is read at the end of the
 * chunk before it; a space only separates chunks, as it does when written.
 */
function referenceGroups(text: string): SourceGroup[] | undefined {
  if (!REFERENCE.test(text) || !/\d/.test(text)) return undefined;
  if (text.replace(/[^A-Za-z0-9]/g, '').length < REFERENCE_MIN_LENGTH) return undefined;
  const groups: SourceGroup[] = [];
  for (const segment of text.match(/[A-Za-z0-9]+[-/ ]?/g) ?? []) {
    const body = segment.replace(/[-/ ]$/, '');
    const separator = segment.slice(body.length).trim();
    let start = 0;
    const sizes = chunkSizes(body.length);
    sizes.forEach((size, index) => {
      const last = index === sizes.length - 1;
      groups.push({ source: body.slice(start, start + size) + (last ? separator : '') });
      start += size;
    });
  }
  return groups;
}

/**
 * One group per word, read without what only separates words: the spaces between them, and a comma,
 * semicolon, colon or full stop that ends a word ("12 High Street, Cardiff" is read as four
 * groups, with no "space" or "comma" said aloud). Punctuation inside a word is part of its spelling
 * and is read: the hyphens of "Stratford-upon-Avon", the apostrophe of "O'Brien".
 */
function textGroups(text: string): SourceGroup[] {
  return (text.match(/\S+/g) ?? [])
    .map((word) => word.replace(/(?<=[^,;:.])[,;:.]+$/u, ''))
    .filter((source) => source.length > 0)
    .map((source) => ({ source }));
}

function detect(text: string): { kind: SpellingKind; groups: SourceGroup[] } {
  const email = emailGroups(text);
  if (email) return { kind: 'email', groups: email };
  const postcode = postcodeGroups(text);
  if (postcode) return { kind: 'postcode', groups: postcode };
  const phone = ukPhoneGroups(text);
  if (phone) return { kind: 'phone', groups: phone };
  const reference = referenceGroups(text);
  if (reference) return { kind: 'reference', groups: reference };
  return { kind: 'text', groups: textGroups(text) };
}

/**
 * The reading of `text` in groups. Whitespace around the text is not read (it comes with
 * pasting); postcodes, phone numbers and references are read in their written groups, so their
 * spaces and phone brackets mark group boundaries instead of being read. Other text is read word by
 * word, without the spaces and the commas or full stops that only separate words (textGroups); every
 * other character is read by encode().
 */
export function spell(text: string, options: SpellOptions = {}): Spelling {
  const { kind, groups } = detect(text.trim());
  return {
    kind,
    groups: groups.map((group) => ({ ...group, readings: encode(group.source, options) })),
  };
}

/** The spelling as plain text for notes: one line per group. */
export function spellingToText(spelling: Spelling): string {
  return spelling.groups
    .map((group) => {
      const name = group.label ? `${group.source.trim()} (${group.label})` : group.source.trim();
      return `${name}: ${group.readings.map((reading) => reading.spoken).join(', ')}`;
    })
    .join('\n');
}
