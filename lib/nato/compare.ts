/**
 * Whether what the caller spelled back matches the text on screen (NA-2). Case and whitespace are
 * ignored: callers rarely say either, and the decoder returns capitals.
 */

export interface ReadBackComparison {
  readonly matches: boolean;
  /** 1-based position of the first differing character, ignoring case and spaces. */
  readonly firstDifference?: number;
}

function comparable(text: string): string[] {
  return Array.from(text.normalize('NFC').toUpperCase().replace(/\s+/gu, ''));
}

export function compareReadBack(expected: string, decoded: string): ReadBackComparison {
  const want = comparable(expected);
  const got = comparable(decoded);
  const length = Math.max(want.length, got.length);
  for (let index = 0; index < length; index += 1) {
    if (want[index] !== got[index]) return { matches: false, firstDifference: index + 1 };
  }
  return { matches: true };
}
