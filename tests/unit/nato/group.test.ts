import { describe, expect, it } from 'vitest';
import { chunkSizes, spell, spellingToText, type Spelling } from '../../../lib/nato';

/** Each group as "label: source" for a compact comparison. */
const shape = (spelling: Spelling) =>
  spelling.groups.map((group) => (group.label ? `${group.label}: ${group.source}` : group.source));
const words = (spelling: Spelling, index: number) =>
  spelling.groups[index]?.readings.map((reading) => reading.spoken);

describe('postcodes', () => {
  it('reads "SW1A 1AA" as outward and inward code', () => {
    const spelling = spell('SW1A 1AA');
    expect(spelling.kind).toBe('postcode');
    expect(shape(spelling)).toEqual(['Outward code: SW1A', 'Inward code: 1AA']);
    expect(words(spelling, 0)).toEqual(['Sierra', 'Whiskey', 'One', 'Alfa']);
    expect(words(spelling, 1)).toEqual(['One', 'Alfa', 'Alfa']);
  });

  it.each([
    ['M1 1AE', 'M1', '1AE'],
    ['B33 8TH', 'B33', '8TH'],
    ['CR2 6XH', 'CR2', '6XH'],
    ['EC1A 1BB', 'EC1A', '1BB'],
    ['sw1a 1aa', 'SW1A', '1AA'],
    ['sw1a1aa', 'SW1A', '1AA'],
    ['B338TH', 'B33', '8TH'],
    ['m11ae', 'M1', '1AE'],
    ['  CR2 6XH\n', 'CR2', '6XH'],
  ])('reads %j as %s and %s', (text, outward, inward) => {
    const spelling = spell(text);
    expect(spelling.kind).toBe('postcode');
    expect(shape(spelling)).toEqual([`Outward code: ${outward}`, `Inward code: ${inward}`]);
  });

  it('says "double" inside a postcode when the agent prefers it', () => {
    expect(words(spell('SW1A 1AA', { doubles: true }), 1)).toEqual(['One', 'double Alfa']);
  });
});

describe('emails', () => {
  it('reads "jo.bloggs-1@example.co.uk" as local part, at, and domain', () => {
    const spelling = spell('jo.bloggs-1@example.co.uk');
    expect(spelling.kind).toBe('email');
    expect(shape(spelling)).toEqual([
      'Local part: jo.bloggs-1',
      'At sign: @',
      'Domain: example.co.uk',
    ]);
    expect(words(spelling, 0)).toEqual([
      'Juliett', 'Oscar', 'dot', 'Bravo', 'Lima', 'Oscar', 'Golf', 'Golf', 'Sierra', 'hyphen', 'One',
    ]);
    expect(words(spelling, 1)).toEqual(['at']);
    expect(words(spelling, 2)).toEqual([
      'Echo', 'X-ray', 'Alfa', 'Mike', 'Papa', 'Lima', 'Echo', 'dot', 'Charlie', 'Oscar', 'dot',
      'Uniform', 'Kilo',
    ]);
  });

  it('reads underscores and plus signs in the local part', () => {
    const spelling = spell('a_b+c@x.org');
    expect(words(spelling, 0)).toEqual(['Alfa', 'underscore', 'Bravo', 'plus', 'Charlie']);
  });
});

describe('UK phone numbers', () => {
  it.each([
    ['020 7946 0018', ['Area code: 020', '7946', '0018']],
    ['02079460018', ['Area code: 020', '7946', '0018']],
    ['01343 543210', ['Area code: 01343', '543210']],
    ['(01343) 543210', ['Area code: 01343', '543210']],
    ['0161 496 0000', ['Area code: 0161', '496', '0000']],
    ['07700 900123', ['07700', '900123']],
    ['07700-900-123', ['07700', '900123']],
    ['0800 731 2864', ['0800', '731', '2864']],
    ['0300 123 3393', ['0300', '123', '3393']],
    ['0808 808 4994', ['0808', '808', '4994']],
    ['0800 123 456', ['0800', '123', '456']],
    ['+44 20 7946 0018', ['Country code: +44', 'Area code: 20', '7946', '0018']],
    ['+44 (0)20 7946 0018', ['Country code: +44', 'Area code: 20', '7946', '0018']],
    ['+447700900123', ['Country code: +44', '7700', '900123']],
    ['0044 1343 543210', ['Country code: 0044', 'Area code: 1343', '543210']],
    ['116 123', ['116', '123']],
    ['999', ['999']],
  ])('groups %j', (text, groups) => {
    const spelling = spell(text);
    expect(spelling.kind).toBe('phone');
    expect(shape(spelling)).toEqual(groups);
  });

  it('reads the plus sign and digits of a +44 number', () => {
    const spelling = spell('+44 7700 900123', { doubles: true });
    expect(words(spelling, 0)).toEqual(['plus', 'double Four']);
    expect(words(spelling, 2)).toEqual(['Nine', 'double Zero', 'One', 'Two', 'Three']);
  });

  it('reads ICAO digits in a phone number when asked', () => {
    expect(words(spell('0800 731 2864', { digits: 'icao' }), 1)).toEqual(['Seven', 'Tree', 'One']);
  });

  it('does not take a number of the wrong length for a UK phone number', () => {
    expect(spell('020 7946 001').kind).not.toBe('phone');
    expect(spell('+1 212 555 0100').kind).not.toBe('phone');
  });
});

describe('references', () => {
  it.each([
    [6, [3, 3]],
    [7, [4, 3]],
    [8, [4, 4]],
    [9, [3, 3, 3]],
    [10, [4, 3, 3]],
    [12, [4, 4, 4]],
    [13, [4, 3, 3, 3]],
  ])('splits %i characters into chunks of %j', (length, sizes) => {
    expect(chunkSizes(length)).toEqual(sizes);
  });

  it('reads a long reference in chunks of three or four', () => {
    const spelling = spell('AB12345678');
    expect(spelling.kind).toBe('reference');
    expect(shape(spelling)).toEqual(['AB12', '345', '678']);
  });

  it('reads a hyphen or slash at the end of the chunk before it', () => {
    expect(shape(spell('HSG-2024-001234'))).toEqual(['HSG-', '2024-', '001', '234']);
    expect(shape(spell('HB/123456'))).toEqual(['HB/', '123', '456']);
    expect(words(spell('HSG-2024-001234'), 0)).toEqual(['Hotel', 'Sierra', 'Golf', 'hyphen']);
  });

  it('takes written spaces as chunk boundaries', () => {
    expect(shape(spell('AB 1234 5678'))).toEqual(['AB', '1234', '5678']);
  });

  it('leaves short codes and words without digits as text', () => {
    expect(spell('AB12').kind).toBe('text');
    expect(spell('Abergavenny').kind).toBe('text');
  });
});

describe('text', () => {
  it('reads a name word by word: the space between words is a pause, not a word to say', () => {
    const spelling = spell('Jo Bloggs');
    expect(spelling.kind).toBe('text');
    expect(shape(spelling)).toEqual(['Jo', 'Bloggs']);
    expect(words(spelling, 0)).toEqual(['Juliett', 'Oscar']);
  });

  it('reads an address without saying space or comma', () => {
    const spelling = spell('12 High Street, Cardiff');
    expect(shape(spelling)).toEqual(['12', 'High', 'Street', 'Cardiff']);
    const said = spelling.groups.flatMap((group) => group.readings.map((reading) => reading.spoken.toLowerCase()));
    expect(said).not.toContain('space');
    expect(said).not.toContain('comma');
  });

  it('reads punctuation that is part of a word', () => {
    expect(shape(spell('Stratford-upon-Avon'))).toEqual(['Stratford-upon-Avon']);
    expect(words(spell("O'Brien"), 0)).toContain('apostrophe');
    // A lone mark is what was typed, so it is read.
    expect(shape(spell('Flat 2 , Rear'))).toEqual(['Flat', '2', ',', 'Rear']);
  });

  it('reads nothing for empty or blank text', () => {
    expect(spell('')).toEqual({ kind: 'text', groups: [] });
    expect(spell('   ').groups).toEqual([]);
  });

  it('reads every character of text it cannot classify, but the spaces between words', () => {
    const text = "O’Brien & Sons! 😀";
    const sources = spell(text).groups.map((group) => group.source).join(' ');
    expect(sources).toBe(text);
  });
});

describe('spellingToText', () => {
  it('writes one line per group for the agent’s notes', () => {
    expect(spellingToText(spell('SW1A 1AA'))).toBe(
      'SW1A (Outward code): Sierra, Whiskey, One, Alfa\n1AA (Inward code): One, Alfa, Alfa',
    );
  });
});
