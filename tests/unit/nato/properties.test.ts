/**
 * Property tests over the supported characters (see lib/nato/index.ts for the definition of the
 * round-trip set) and over every Unicode string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCENTS,
  NAMED_CHARACTERS,
  STROKED_LETTERS,
  SYMBOL_WORDS,
} from '../../../content/nato-alphabet';
import { decode, encode, spell, type SpellOptions } from '../../../lib/nato';
import { runs } from '../../support/runs';

const RUNS = { numRuns: runs(1000) };

const accentMarks = new Set(ACCENTS.map((accent) => accent.mark));

/** Composed capitals whose decomposition is A-Z plus marks the alphabet names (É, Ŵ, Ŷ, Ǘ ...). */
function accentedCapitals(): string[] {
  const found: string[] = [];
  for (const [from, to] of [[0x00c0, 0x024f], [0x1e00, 0x1eff]] as const) {
    for (let codePoint = from; codePoint <= to; codePoint += 1) {
      const char = String.fromCodePoint(codePoint);
      const [base = '', ...marks] = Array.from(char.normalize('NFD'));
      const composed = char === char.normalize('NFC');
      const capital = char === char.toUpperCase() && char !== char.toLowerCase();
      const named = marks.length > 0 && marks.every((mark) => accentMarks.has(mark));
      if (composed && capital && /^[A-Z]$/.test(base) && named) found.push(char);
    }
  }
  return found;
}

const ACCENTED = accentedCapitals();

const toChar = (codePoint: number) =>
  codePoint >= 0xd800 && codePoint <= 0xdfff
    ? String.fromCharCode(codePoint)
    : String.fromCodePoint(codePoint);

/** Characters read by their code point: scripts and symbols the alphabet has no word for. */
const codePointCharacter = fc
  .oneof(
    fc.integer({ min: 0x0000, max: 0x0008 }),
    fc.integer({ min: 0x0300, max: 0x036f }),
    fc.integer({ min: 0x0370, max: 0x052f }),
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.integer({ min: 0xe000, max: 0xf8ff }),
    fc.integer({ min: 0x1f300, max: 0x1faff }),
  )
  .map(toChar);

const supportedCharacter = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ') },
  { weight: 2, arbitrary: fc.constantFrom(...'0123456789') },
  { weight: 2, arbitrary: fc.constantFrom(...SYMBOL_WORDS.map((entry) => entry.char)) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMED_CHARACTERS.map((entry) => entry.char)) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.keys(STROKED_LETTERS)) },
  { weight: 2, arbitrary: fc.constantFrom(...ACCENTED) },
  { weight: 1, arbitrary: codePointCharacter },
);

const options: fc.Arbitrary<SpellOptions> = fc.record({
  spellings: fc.constantFrom('icao' as const, 'everyday' as const),
  digits: fc.constantFrom('plain' as const, 'icao' as const),
  doubles: fc.boolean(),
});

/** How an agent might type the readings into the Decode field. */
const separator = fc.constantFrom(' ', ', ', '; ', '\n', ' , ');

/** Any Unicode string: every code point, lone surrogates and multi-code-point graphemes. */
const anyCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map(toChar),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  supportedCharacter,
);
const anyString = fc.string({ unit: anyCharacter, maxLength: 40 });

describe('round trip', () => {
  it('finds the accented capitals it promises', () => {
    expect(ACCENTED).toEqual(expect.arrayContaining(['É', 'Ŵ', 'Ŷ', 'Â', 'Ç', 'Ő', 'Ǘ', 'Ḉ']));
  });

  it('decode(encode(x)) gives back x for every string over the supported characters', () => {
    const supported = fc.string({ unit: supportedCharacter, maxLength: 40 });
    fc.assert(
      fc.property(supported, options, separator, (text, chosen, joiner) => {
        const spoken = encode(text, chosen).map((reading) => reading.spoken).join(joiner);
        const decoded = decode(spoken);
        expect(decoded.text).toBe(text);
        expect(decoded.unsure).toBe(false);
      }),
      RUNS,
    );
  });

  it('gives back lower-case letters as capitals', () => {
    const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789@.-_');
    fc.assert(
      fc.property(fc.string({ unit: lower, maxLength: 40 }), options, (text, chosen) => {
        const spoken = encode(text, chosen).map((reading) => reading.spoken).join(' ');
        expect(decode(spoken).text).toBe(text.toUpperCase());
      }),
      RUNS,
    );
  });
});

describe('nothing is dropped', () => {
  it('encode reads every character of any Unicode string, in order', () => {
    fc.assert(
      fc.property(anyString, options, (text, chosen) => {
        const readings = encode(text, chosen);
        expect(readings.map((reading) => reading.source).join('')).toBe(text);
        for (const reading of readings) {
          expect(reading.spoken.trim()).not.toBe('');
          const length = Array.from(reading.source).length;
          if (length > 1) {
            expect(chosen.doubles).toBe(true);
            expect(reading.spoken).toMatch(length === 2 ? /^double / : /^triple /);
          }
        }
      }),
      RUNS,
    );
  });

  it('spell and decode never throw, and decode accounts for its text', () => {
    fc.assert(
      fc.property(anyString, options, (text, chosen) => {
        const spelling = spell(text, chosen);
        if (spelling.kind === 'text') {
          // Every character is read but the spaces and the commas or full stops that end a word.
          const read = text.replace(/(?<=[^,;:.\s])[,;:.]+(?=\s|$)/gu, '').replace(/\s+/gu, '');
          expect(spelling.groups.map((group) => group.source).join('')).toBe(read);
          for (const group of spelling.groups) expect(group.source).not.toMatch(/\s/u);
        }
        const decoded = decode(text);
        expect(decoded.parts.map((part) => part.text).join('')).toBe(decoded.text);
      }),
      RUNS,
    );
  });
});
