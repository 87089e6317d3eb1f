/** The alphabet is hand-edited data: check it is complete and that every word it speaks is understood. */
import { describe, expect, it } from 'vitest';
import {
  ACCENTS,
  EVERYDAY_LETTERS,
  ICAO_DIGITS,
  ICAO_LETTERS,
  NAMED_CHARACTERS,
  PLAIN_DIGITS,
  STROKE,
  STROKED_LETTERS,
  SYMBOL_WORDS,
} from '../../../content/nato-alphabet';
import { decode } from '../../../lib/nato';

describe('nato alphabet data', () => {
  it('has a distinct ICAO word for each of the 26 letters', () => {
    const words = Object.values(ICAO_LETTERS);
    expect(Object.keys(ICAO_LETTERS).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(new Set(words).size).toBe(26);
    for (const [letter, word] of Object.entries(ICAO_LETTERS)) expect(word[0]?.toUpperCase()).toBe(letter);
  });

  it('differs from ICAO in the everyday spellings only for Alpha and Juliet', () => {
    expect(EVERYDAY_LETTERS).toEqual({ A: 'Alpha', J: 'Juliet' });
  });

  it('has ten digits in each form', () => {
    expect(PLAIN_DIGITS).toHaveLength(10);
    expect(ICAO_DIGITS).toHaveLength(10);
  });

  it('names each character once, with one code point and a spoken form of words', () => {
    const chars = [...SYMBOL_WORDS, ...NAMED_CHARACTERS].map((entry) => entry.char);
    expect(new Set(chars).size).toBe(chars.length);
    for (const entry of [...SYMBOL_WORDS, ...NAMED_CHARACTERS]) {
      expect(Array.from(entry.char)).toHaveLength(1);
      expect(entry.char).not.toMatch(/[A-Za-z0-9]/);
      // A one-character spoken form would be taken for a character typed as itself.
      expect(entry.spoken.length).toBeGreaterThan(1);
    }
  });

  it('understands every spoken form and alias of every character', () => {
    for (const entry of [...SYMBOL_WORDS, ...NAMED_CHARACTERS]) {
      for (const phrase of [entry.spoken, ...(entry.aliases ?? [])]) {
        expect(decode(phrase), phrase).toMatchObject({ text: entry.char, unsure: false });
      }
    }
  });

  it('lists accents as combining marks, each understood after a letter by every name', () => {
    expect(new Set(ACCENTS.map((accent) => accent.mark)).size).toBe(ACCENTS.length);
    for (const accent of ACCENTS) {
      expect(accent.mark).toMatch(/^\p{M}$/u);
      for (const phrase of [accent.spoken, ...accent.aliases]) {
        const expected = `A${accent.mark}`.normalize('NFC');
        expect(decode(`Alfa with ${phrase}`).text, phrase).toBe(expected);
      }
    }
  });

  it('lists stroked letters that have no decomposition of their own', () => {
    for (const [stroked, base] of Object.entries(STROKED_LETTERS)) {
      expect(stroked.normalize('NFD')).toBe(stroked);
      for (const phrase of [STROKE.spoken, ...STROKE.aliases]) {
        expect(decode(`${ICAO_LETTERS[base]} with ${phrase}`).text).toBe(stroked);
      }
    }
  });
});
