/**
 * The spelling alphabet as data (NA-1): what the agent says for each character, and the words a
 * caller may say back. lib/nato builds its readings and its decoder from these tables only, so a
 * word added here is both spoken and understood.
 *
 * Spoken forms may contain spaces and brackets ("circumflex (to bach)"); the decoder reads them
 * word by word, ignoring brackets, case and accents on the words themselves.
 */

export type Letter =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M'
  | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z';

/** The ICAO spellings, including the deliberate Alfa and Juliett. */
export const ICAO_LETTERS: Readonly<Record<Letter, string>> = {
  A: 'Alfa', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo', F: 'Foxtrot', G: 'Golf',
  H: 'Hotel', I: 'India', J: 'Juliett', K: 'Kilo', L: 'Lima', M: 'Mike', N: 'November',
  O: 'Oscar', P: 'Papa', Q: 'Quebec', R: 'Romeo', S: 'Sierra', T: 'Tango', U: 'Uniform',
  V: 'Victor', W: 'Whiskey', X: 'X-ray', Y: 'Yankee', Z: 'Zulu',
};

/** The everyday spellings a playbook may prefer; other letters keep their ICAO word. */
export const EVERYDAY_LETTERS: Readonly<Partial<Record<Letter, string>>> = {
  A: 'Alpha',
  J: 'Juliet',
};

/** Other words callers and agents use for a letter; understood, never spoken. */
export const LETTER_VARIANTS: Readonly<Record<string, Letter>> = {
  whisky: 'W',
  xray: 'X',
  'x ray': 'X',
  yankey: 'Y',
  aitch: 'H',
  haitch: 'H',
  zed: 'Z',
  'double-u': 'W',
  doubleu: 'W',
  'double you': 'W',
};

/** Digits as most callers expect to hear them. */
export const PLAIN_DIGITS = [
  'Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine',
] as const;

/** The ICAO radiotelephony digits, for agents trained to use them. */
export const ICAO_DIGITS = [
  'Zero', 'One', 'Two', 'Tree', 'Fower', 'Fife', 'Six', 'Seven', 'Eight', 'Niner',
] as const;

/** Other words for a digit; understood, never spoken. */
export const DIGIT_VARIANTS: Readonly<Record<string, string>> = {
  nought: '0',
  naught: '0',
  nil: '0',
};

/**
 * Words that usually mean a character but could mean something else: the decoder uses them and
 * marks the result as unsure, with the note shown to the agent.
 */
export const UNSURE_WORDS: Readonly<Record<string, { char: string; note: string }>> = {
  oh: { char: '0', note: 'zero, or the letter O' },
  for: { char: '4', note: 'four, or "for"' },
  to: { char: '2', note: 'two, or "to"' },
  too: { char: '2', note: 'two, or "too"' },
  'double u': { char: 'W', note: 'W, or two Us' },
};

export interface CharacterWord {
  readonly char: string;
  /** What the agent says. */
  readonly spoken: string;
  /** Other words for the same character, understood when said back. */
  readonly aliases?: readonly string[];
}

/** The symbols of emails, web addresses, postcodes, phone numbers and references. */
export const SYMBOL_WORDS: readonly CharacterWord[] = [
  { char: '@', spoken: 'at', aliases: ['at sign'] },
  { char: '.', spoken: 'dot', aliases: ['full stop', 'point', 'period'] },
  { char: '-', spoken: 'hyphen', aliases: ['dash', 'minus'] },
  { char: '_', spoken: 'underscore', aliases: ['under score'] },
  // "Stroke" is the British word for a slash in references such as "HB stroke 12".
  { char: '/', spoken: 'slash', aliases: ['forward slash', 'stroke', 'oblique'] },
  { char: '+', spoken: 'plus', aliases: ['plus sign'] },
  { char: "'", spoken: 'apostrophe' },
  { char: '&', spoken: 'ampersand', aliases: ['and sign'] },
  { char: ' ', spoken: 'space' },
];

/**
 * Names for characters with no reading of their own, so that nothing is dropped. Letters are
 * keyed by their capital. Anything not listed is named by its code point ("U+1F600").
 */
export const NAMED_CHARACTERS: readonly CharacterWord[] = [
  { char: '#', spoken: 'hash', aliases: ['hash sign', 'hashtag'] },
  { char: '£', spoken: 'pound sign' },
  { char: '€', spoken: 'euro sign' },
  { char: '$', spoken: 'dollar sign' },
  { char: '!', spoken: 'exclamation mark' },
  { char: '?', spoken: 'question mark' },
  { char: '(', spoken: 'open bracket' },
  { char: ')', spoken: 'close bracket' },
  { char: '[', spoken: 'open square bracket' },
  { char: ']', spoken: 'close square bracket' },
  { char: '{', spoken: 'open curly bracket' },
  { char: '}', spoken: 'close curly bracket' },
  { char: '<', spoken: 'less-than sign' },
  { char: '>', spoken: 'greater-than sign' },
  { char: ',', spoken: 'comma' },
  { char: ':', spoken: 'colon' },
  { char: ';', spoken: 'semicolon' },
  { char: '*', spoken: 'asterisk', aliases: ['star'] },
  { char: '%', spoken: 'percent', aliases: ['percent sign'] },
  // "Tilde" alone after a letter means the accent (n tilde), so the symbol has a longer name.
  { char: '~', spoken: 'tilde symbol' },
  { char: '=', spoken: 'equals', aliases: ['equals sign'] },
  { char: '"', spoken: 'quotation mark', aliases: ['double quote'] },
  { char: '\\', spoken: 'backslash', aliases: ['back slash'] },
  { char: '|', spoken: 'vertical bar', aliases: ['pipe'] },
  { char: '^', spoken: 'caret' },
  { char: '`', spoken: 'backtick' },
  { char: '°', spoken: 'degree sign' },
  { char: '§', spoken: 'section sign' },
  { char: '©', spoken: 'copyright sign' },
  { char: '®', spoken: 'registered sign' },
  { char: '·', spoken: 'middle dot' },
  { char: '…', spoken: 'ellipsis' },
  { char: '–', spoken: 'en dash' },
  { char: '—', spoken: 'em dash' },
  // Names pasted from documents often carry typographic apostrophes (O’Brien).
  { char: '’', spoken: 'apostrophe (curly)', aliases: ['curly apostrophe'] },
  { char: '‘', spoken: 'open single quote' },
  { char: '“', spoken: 'open quotation mark' },
  { char: '”', spoken: 'close quotation mark' },
  { char: '\t', spoken: 'tab' },
  { char: '\n', spoken: 'new line' },
  { char: '\r', spoken: 'carriage return' },
  { char: '\u00A0', spoken: 'no-break space' },
  { char: 'ß', spoken: 'sharp S', aliases: ['eszett'] },
  { char: 'Æ', spoken: 'A E ligature' },
  { char: 'Œ', spoken: 'O E ligature' },
  // "Letter" first, so a caller's own word ("T for thorn") is not taken for the Icelandic letter.
  { char: 'Þ', spoken: 'letter thorn' },
  { char: 'Ð', spoken: 'letter eth' },
];

export interface Accent {
  /** The combining mark, as found in a letter's canonical decomposition (NFD). */
  readonly mark: string;
  readonly spoken: string;
  readonly aliases: readonly string[];
}

/**
 * Accents, read as "Echo with acute accent". The circumflex keeps its Welsh name, to bach, which
 * Welsh speakers use for â ê î ô û ŵ ŷ; the other Welsh names are understood when said back.
 */
export const ACCENTS: readonly Accent[] = [
  { mark: '\u0300', spoken: 'grave accent', aliases: ['grave', 'acen ddisgynedig'] },
  { mark: '\u0301', spoken: 'acute accent', aliases: ['acute', 'acen ddyrchafedig'] },
  {
    mark: '\u0302',
    spoken: 'circumflex (to bach)',
    aliases: ['circumflex', 'circumflex accent', 'to bach', 'acen grom', 'hat'],
  },
  { mark: '\u0303', spoken: 'tilde', aliases: [] },
  { mark: '\u0304', spoken: 'macron', aliases: [] },
  { mark: '\u0306', spoken: 'breve', aliases: [] },
  { mark: '\u0307', spoken: 'dot above', aliases: [] },
  { mark: '\u0308', spoken: 'diaeresis', aliases: ['umlaut', 'didolnod', 'dieresis'] },
  { mark: '\u030A', spoken: 'ring', aliases: ['ring above'] },
  { mark: '\u030B', spoken: 'double acute accent', aliases: ['double acute'] },
  { mark: '\u030C', spoken: 'caron', aliases: ['háček', 'wedge'] },
  { mark: '\u031B', spoken: 'horn', aliases: [] },
  { mark: '\u0323', spoken: 'dot below', aliases: [] },
  { mark: '\u0326', spoken: 'comma below', aliases: [] },
  { mark: '\u0327', spoken: 'cedilla', aliases: [] },
  { mark: '\u0328', spoken: 'ogonek', aliases: [] },
];

/** Letters with a stroke have no decomposition, so they are listed with their base letter. */
export const STROKE = { spoken: 'stroke', aliases: ['bar'] } as const;
export const STROKED_LETTERS: Readonly<Record<string, Letter>> = {
  'Ø': 'O',
  'Ł': 'L',
  'Đ': 'D',
  'Ħ': 'H',
};

/** "double L", "triple seven"; treble is the usual British word in phone numbers. */
export const REPEAT_WORDS: Readonly<Record<string, number>> = {
  double: 2,
  triple: 3,
  treble: 3,
};

/** Words between a letter and the caller's own word: "C for Charlie", "C as in Charlie". */
export const CONNECTORS: readonly string[] = ['is for', 'as in', 'for', 'as', 'like'];

/**
 * Words taken whole, and sure, when said back: the parts of email and web addresses that everyone
 * spells the same way ("at gmail dot com"). Any other word said on its own is taken whole too,
 * but marked unsure, since the caller may have meant its first letter.
 */
export const WHOLE_WORDS: readonly string[] = [
  'com', 'org', 'net', 'gov', 'co', 'uk', 'ac', 'nhs', 'sch', 'ltd', 'plc', 'info', 'www',
  'gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'btinternet', 'icloud', 'aol',
];

/** Words that carry no character, ignored when decoding ("capital B", "then a for apple"). */
export const FILLER_WORDS: readonly string[] = [
  'and', 'then', 'um', 'umm', 'er', 'erm', 'uh', 'ah', 'is', "it's", 'its', 'that', "that's",
  'the', 'letter', 'number', 'capital', 'small', 'lower', 'upper', 'case', 'lowercase',
  'uppercase', 'ok', 'okay', 'with', 'as', 'in', 'like',
];
