import { describe, expect, it } from 'vitest';
import { codePointName, encode, readCharacter } from '../../../lib/nato';

const spoken = (text: string, options = {}) => encode(text, options).map((reading) => reading.spoken);

describe('encode: letters', () => {
  it('reads every letter by the ICAO alphabet, whatever its case', () => {
    expect(spoken('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toEqual([
      'Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett',
      'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango',
      'Uniform', 'Victor', 'Whiskey', 'X-ray', 'Yankee', 'Zulu',
    ]);
    expect(spoken('cat')).toEqual(['Charlie', 'Alfa', 'Tango']);
  });

  it('uses the everyday spellings Alpha and Juliet when asked', () => {
    expect(spoken('AJX', { spellings: 'everyday' })).toEqual(['Alpha', 'Juliet', 'X-ray']);
  });
});

describe('encode: digits', () => {
  it('reads digits plainly by default', () => {
    expect(spoken('0123456789')).toEqual([
      'Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine',
    ]);
  });

  it('reads the ICAO forms when asked', () => {
    expect(spoken('3459', { digits: 'icao' })).toEqual(['Tree', 'Fower', 'Fife', 'Niner']);
  });
});

describe('encode: symbols', () => {
  it.each([
    ['@', 'at'],
    ['.', 'dot'],
    ['-', 'hyphen'],
    ['_', 'underscore'],
    ['/', 'slash'],
    ['+', 'plus'],
    ["'", 'apostrophe'],
    ['&', 'ampersand'],
    [' ', 'space'],
  ])('reads %j as "%s"', (char, word) => {
    expect(spoken(char)).toEqual([word]);
  });

  it.each([
    ['#', 'hash'],
    ['£', 'pound sign'],
    ['€', 'euro sign'],
    ['!', 'exclamation mark'],
    ['?', 'question mark'],
    ['(', 'open bracket'],
    [')', 'close bracket'],
    [',', 'comma'],
    [':', 'colon'],
    [';', 'semicolon'],
    ['*', 'asterisk'],
    ['%', 'percent'],
    ['~', 'tilde symbol'],
    ['=', 'equals'],
    ['’', 'apostrophe (curly)'],
    ['\n', 'new line'],
  ])('names %j as "%s"', (char, word) => {
    expect(spoken(char)).toEqual([word]);
  });
});

describe('encode: accents', () => {
  it('reads an accented letter as its base letter plus the accent', () => {
    expect(spoken('éèêëçñå')).toEqual([
      'Echo with acute accent',
      'Echo with grave accent',
      'Echo with circumflex (to bach)',
      'Echo with diaeresis',
      'Charlie with cedilla',
      'November with tilde',
      'Alfa with ring',
    ]);
  });

  it('names the Welsh circumflex, to bach, on every vowel that takes it', () => {
    for (const [char, letter] of [['â', 'Alfa'], ['ŵ', 'Whiskey'], ['ŷ', 'Yankee'], ['Ô', 'Oscar']]) {
      expect(spoken(char ?? '')).toEqual([`${letter} with circumflex (to bach)`]);
    }
  });

  it('names the circumflex in "Llŷr"', () => {
    expect(spoken('Llŷr')).toEqual(['Lima', 'Lima', 'Yankee with circumflex (to bach)', 'Romeo']);
    expect(spoken('Llŷr', { doubles: true })).toEqual([
      'double Lima',
      'Yankee with circumflex (to bach)',
      'Romeo',
    ]);
  });

  it('reads every mark of a letter with more than one', () => {
    expect(spoken('ǘ')).toEqual(['Uniform with diaeresis and acute accent']);
  });

  it('reads letters with a stroke and named letters', () => {
    expect(spoken('øŁßæ')).toEqual(['Oscar with stroke', 'Lima with stroke', 'sharp S', 'A E ligature']);
  });
});

describe('encode: repeated letters', () => {
  it('says each letter by default', () => {
    expect(spoken('ll')).toEqual(['Lima', 'Lima']);
  });

  it('says "double" and "triple" when the agent prefers it, ignoring case', () => {
    expect(encode('lL', { doubles: true })).toEqual([{ source: 'lL', spoken: 'double Lima' }]);
    expect(spoken('777', { doubles: true })).toEqual(['triple Seven']);
  });

  it('says four as two doubles, and longer runs in threes', () => {
    expect(spoken('0000', { doubles: true })).toEqual(['double Zero', 'double Zero']);
    expect(spoken('00000', { doubles: true })).toEqual(['triple Zero', 'double Zero']);
  });

  it('does not double symbols', () => {
    expect(spoken('--', { doubles: true })).toEqual(['hyphen', 'hyphen']);
  });
});

describe('encode: nothing is dropped', () => {
  it('names a character with no reading by its code point', () => {
    expect(spoken('中😀')).toEqual(['U+4E2D', 'U+1F600']);
    expect(codePointName('\u00A7')).toBe('U+00A7');
  });

  it('names lone surrogates without throwing', () => {
    expect(spoken('\uD800x\uDFFF')).toEqual(['U+D800', 'X-ray', 'U+DFFF']);
  });

  it('reads a decomposed accent as the letter and the mark by code point', () => {
    expect(spoken('e\u0301')).toEqual(['Echo', 'U+0301']);
  });

  it('keeps the source of every reading', () => {
    const text = 'O’Brien 😀';
    expect(encode(text).map((reading) => reading.source).join('')).toBe(text);
  });

  it('reads a single character on its own', () => {
    expect(readCharacter('j', { spellings: 'everyday' })).toBe('Juliet');
  });
});
