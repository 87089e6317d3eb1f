import { describe, expect, it } from 'vitest';
import { compareReadBack, decode } from '../../../lib/nato';

const text = (spoken: string) => decode(spoken).text;

describe('decode: the examples from the issue', () => {
  it('decodes "Charlie Alfa Tango" to "CAT"', () => {
    expect(decode('Charlie Alfa Tango')).toMatchObject({ text: 'CAT', unsure: false });
  });

  it('decodes "c for charlie, a as in apple, t for tango" to "CAT"', () => {
    expect(decode('c for charlie, a as in apple, t for tango')).toMatchObject({ text: 'CAT', unsure: false });
  });
});

describe('decode: letters', () => {
  it('accepts the ICAO words and their common variants, in any case', () => {
    expect(text('alpha ALFA juliet juliett xray x-ray X ray whisky')).toBe('AAJJXXXW');
  });

  it('accepts "C for Charlie", "C as in Charlie", "C like Charlie" and "C is for Charlie"', () => {
    expect(text('C for Charlie')).toBe('C');
    expect(text('C as in Charlie')).toBe('C');
    expect(text('c like charlie')).toBe('C');
    expect(text('c is for charlie')).toBe('C');
  });

  it('takes a caller’s own word by its first letter after "for"', () => {
    expect(decode('B for Bob')).toMatchObject({ text: 'B', unsure: false });
    expect(decode('s for star, h as in hash')).toMatchObject({ text: 'SH', unsure: false });
  });

  it('marks a letter whose word begins with another letter', () => {
    const decoded = decode('b for charlie');
    expect(decoded.text).toBe('B');
    expect(decoded.parts[0]).toMatchObject({ sure: false, heard: 'b for charlie' });
    expect(decoded.parts[0]?.note).toContain('C');
  });

  it('takes a word on its own whole, and marks it with the letter it may stand for', () => {
    const decoded = decode('Bravo bloggs.');
    expect(decoded.text).toBe('BBLOGGS');
    expect(decoded.unsure).toBe(true);
    expect(decoded.parts[1]).toMatchObject({ heard: 'bloggs.', sure: false });
    expect(decoded.parts[1]?.note).toContain('B');
  });

  it('takes the usual parts of email addresses whole and sure', () => {
    expect(decode('jo dot bloggs at gmail dot co dot uk')).toMatchObject({
      text: 'JO.BLOGGS@GMAIL.CO.UK',
      unsure: true,
    });
    expect(decode('j o at gmail dot com')).toMatchObject({ text: 'JO@GMAIL.COM', unsure: false });
  });

  it('takes a letter typed on its own as that letter, in capitals', () => {
    expect(text('j o')).toBe('JO');
  });

  it('ignores words that carry no letter', () => {
    expect(decode('um, capital B then a for apple')).toMatchObject({ text: 'BA', unsure: false });
  });
});

describe('decode: repeats', () => {
  it('understands double and triple', () => {
    expect(text('double L')).toBe('LL');
    expect(text('double Lima')).toBe('LL');
    expect(text('triple seven')).toBe('777');
    expect(text('treble 8')).toBe('888');
    expect(text('double l for lima')).toBe('LL');
  });

  it('takes "double you" as W, and marks "double u"', () => {
    expect(decode('double you')).toMatchObject({ text: 'W', unsure: false });
    expect(decode('double u')).toMatchObject({ text: 'W', unsure: true });
    expect(text('double uniform')).toBe('UU');
  });

  it('marks a "double" with nothing after it', () => {
    expect(decode('double')).toMatchObject({ text: '', unsure: true });
  });
});

describe('decode: digits', () => {
  it('accepts digits as words, ICAO forms and figures', () => {
    expect(text('zero one two three four five six seven eight nine')).toBe('0123456789');
    expect(text('tree fower fife niner nought')).toBe('34590');
    expect(text('07700 900123')).toBe('07700900123');
  });

  it('marks "oh", which may be zero or the letter O', () => {
    const decoded = decode('oh seven');
    expect(decoded.text).toBe('07');
    expect(decoded.parts[0]).toMatchObject({ sure: false, note: 'zero, or the letter O' });
  });
});

describe('decode: symbols', () => {
  it('understands at, dot, underscore, hyphen and dash, slash, plus, space', () => {
    expect(text('j o dot b at x dot com')).toBe('JO.B@X.COM');
    expect(text('a underscore b hyphen c dash d slash e plus f space g')).toBe('A_B-C-D/E+F G');
    expect(text('full stop, forward slash, stroke')).toBe('.//');
  });

  it('understands the named symbols and code points', () => {
    expect(text('hash pound sign open bracket close bracket U+1F600')).toBe('#£()😀');
  });

  it('keeps a word typed with symbols in it as typed', () => {
    expect(decode('jo.bloggs')).toMatchObject({ text: 'JO.BLOGGS', unsure: false });
  });
});

describe('decode: accents', () => {
  it('puts an accent on the letter before it', () => {
    expect(text('Echo with acute accent')).toBe('É');
    expect(text('e acute')).toBe('É');
    expect(text('n tilde')).toBe('Ñ');
    expect(text('u with diaeresis and acute')).toBe('Ǘ');
  });

  it('understands the Welsh names', () => {
    expect(text('double Lima, Yankee with circumflex (to bach), Romeo')).toBe('LLŶR');
    expect(text('w to bach')).toBe('Ŵ');
    expect(text('i didolnod')).toBe('Ï');
  });

  it('reads "stroke" after a letter as a slash unless said "with stroke"', () => {
    expect(text('L stroke 1')).toBe('L/1');
    expect(text('L with stroke')).toBe('Ł');
  });

  it('marks an accent with no letter before it', () => {
    expect(decode('acute')).toMatchObject({ text: '', unsure: true });
  });
});

describe('compareReadBack', () => {
  it('ignores case and spaces', () => {
    expect(compareReadBack('SW1A 1AA', 'SW1A1AA')).toEqual({ matches: true });
    expect(compareReadBack('jo.bloggs@example.com', 'JO.BLOGGS@EXAMPLE.COM')).toEqual({ matches: true });
  });

  it('gives the first character that differs', () => {
    expect(compareReadBack('Smith', 'SMYTH')).toEqual({ matches: false, firstDifference: 3 });
    expect(compareReadBack('Smith', 'SMIT')).toEqual({ matches: false, firstDifference: 5 });
  });
});
