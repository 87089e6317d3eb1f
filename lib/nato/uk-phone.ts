/**
 * UK telephone numbers in the groups callers expect to hear them (Ofcom's written forms):
 * 020 7946 0018, 0161 496 0000, 01343 543210, 07700 900123, 0800 731 2864, 0800 123 456.
 */

export interface SourceGroup {
  readonly label?: string;
  readonly source: string;
}

/** Group sizes for a national number, including its leading 0. */
function nationalSizes(national: string): number[] | undefined {
  const length = national.length;
  if (length === 11) {
    if (/^02/.test(national)) return [3, 4, 4];
    // Large cities (0113, 0161...) have four-digit area codes.
    if (/^01(1\d|\d1)/.test(national)) return [4, 3, 4];
    if (/^0[17]/.test(national)) return [5, 6];
    if (/^0[389]/.test(national)) return [4, 3, 4];
  }
  if (length === 10) {
    if (/^01/.test(national)) return [5, 5];
    if (/^080/.test(national)) return [4, 3, 3];
  }
  return undefined;
}

function shortSizes(digits: string): number[] | undefined {
  if (/^(999|112|111|101|105)$/.test(digits)) return [3];
  if (/^11[68]\d{3}$/.test(digits)) return [3, 3];
  return undefined;
}

function split(digits: string, sizes: readonly number[]): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const size of sizes) {
    parts.push(digits.slice(start, start + size));
    start += size;
  }
  return parts;
}

/**
 * The groups of a UK number written with spaces, brackets or hyphens, or with +44 / 0044 in
 * front (a "(0)" after +44 is not dialled, so it is not read). Undefined for anything else.
 */
export function ukPhoneGroups(text: string): SourceGroup[] | undefined {
  if (!/^\+?[\d\s()-]+$/.test(text)) return undefined;
  const compact = text.replace(/^(\+44|0044)\s*\(0\)/, '$1').replace(/[\s()-]/g, '');
  const country = /^(\+44|0044)/.exec(compact)?.[0];
  const national = country ? `0${compact.slice(country.length)}` : compact;
  if (!/^\d+$/.test(national)) return undefined;

  const short = country ? undefined : shortSizes(national);
  if (short) return split(national, short).map((source) => ({ source }));

  const sizes = nationalSizes(national);
  if (!sizes) return undefined;
  const parts = split(national, sizes);
  const geographic = /^0[12]/.test(national);
  const groups: SourceGroup[] = parts.map((source, index) =>
    index === 0 && geographic ? { label: 'Area code', source } : { source },
  );
  if (!country) return groups;
  const [first, ...rest] = groups;
  if (!first) return undefined;
  // The 0 before the area code is not dialled after +44.
  const withoutZero = { ...first, source: first.source.slice(1) };
  return [{ label: 'Country code', source: country }, withoutZero, ...rest];
}
