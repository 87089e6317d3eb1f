/**
 * The words the decoder understands, built from content/nato-alphabet.ts, and the tokenizer that
 * turns what the agent typed into words to look up.
 */
import {
  ACCENTS,
  DIGIT_VARIANTS,
  EVERYDAY_LETTERS,
  FILLER_WORDS,
  ICAO_DIGITS,
  ICAO_LETTERS,
  LETTER_VARIANTS,
  NAMED_CHARACTERS,
  PLAIN_DIGITS,
  REPEAT_WORDS,
  STROKE,
  SYMBOL_WORDS,
  UNSURE_WORDS,
  type CharacterWord,
} from '../../content/nato-alphabet';

export interface Token {
  /** As typed. */
  readonly raw: string;
  /** As typed, without surrounding brackets or quotes and end punctuation. */
  readonly bare: string;
  /** The bare word in lower case without accents: for lookup. */
  readonly word: string;
}

export type Meaning =
  | { readonly kind: 'char'; readonly char: string; readonly note?: string }
  | { readonly kind: 'repeat'; readonly times: number }
  | { readonly kind: 'filler' };

export interface Lexicon<T> {
  readonly phrases: ReadonlyMap<string, T>;
  /** The most words in any phrase. */
  readonly longest: number;
}

/** Marks a stroke, which has no combining mark of its own in the letters that use it (Ø, Ł). */
export const STROKE_MARK = 'stroke';

/** A character typed on its own is kept, even "." or "(". */
function bareWord(raw: string): string {
  if (Array.from(raw).length === 1) return raw;
  const bare = raw.replace(/^[("“‘[]+/u, '').replace(/[)"”’\].!?:]+$/u, '');
  return bare === '' ? raw : bare;
}

/** Words are separated by spaces, commas and semicolons, as an agent types what they hear. */
export function tokenize(spoken: string): Token[] {
  return spoken
    .split(/[\s,;]+/u)
    .filter((raw) => raw !== '')
    .map((raw) => {
      const bare = bareWord(raw);
      const word = bare.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      return { raw, bare, word: word === '' ? bare.toLowerCase() : word };
    });
}

/** The lookup key of a phrase: its words, normalized as typed words are. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((token) => token.word)
    .join(' ');
}

function buildLexicon<T>(entries: ReadonlyArray<readonly [string, T]>): Lexicon<T> {
  const phrases = new Map<string, T>();
  const seen = new Map<string, string>();
  let longest = 1;
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    const encoded = JSON.stringify(value);
    const earlier = seen.get(key);
    // A phrase with two meanings would make decoding depend on table order: fail loudly instead.
    if (earlier !== undefined && earlier !== encoded) {
      throw new Error(`nato-alphabet: "${phrase}" means both ${earlier} and ${encoded}`);
    }
    seen.set(key, encoded);
    phrases.set(key, value);
    longest = Math.max(longest, key.split(' ').length);
  }
  return { phrases, longest };
}

function characterEntries(words: readonly CharacterWord[]): Array<[string, Meaning]> {
  return words.flatMap((entry) =>
    [entry.spoken, ...(entry.aliases ?? [])].map((phrase): [string, Meaning] => [
      phrase,
      { kind: 'char', char: entry.char },
    ]),
  );
}

type Entry = [string, Meaning];
const char = (value: string): Meaning => ({ kind: 'char', char: value });

export const MAIN_LEXICON: Lexicon<Meaning> = buildLexicon<Meaning>([
  ...Object.entries(ICAO_LETTERS).map(([letter, word]): Entry => [word, char(letter)]),
  ...Object.entries(EVERYDAY_LETTERS).map(([letter, word]): Entry => [word ?? letter, char(letter)]),
  ...Object.entries(LETTER_VARIANTS).map(([word, letter]): Entry => [word, char(letter)]),
  ...PLAIN_DIGITS.map((word, digit): Entry => [word, char(String(digit))]),
  ...ICAO_DIGITS.map((word, digit): Entry => [word, char(String(digit))]),
  ...Object.entries(DIGIT_VARIANTS).map(([word, digit]): Entry => [word, char(digit)]),
  ...Object.entries(UNSURE_WORDS).map(([word, guess]): Entry => [
    word,
    { kind: 'char', char: guess.char, note: guess.note },
  ]),
  ...characterEntries(SYMBOL_WORDS),
  ...characterEntries(NAMED_CHARACTERS),
  ...Object.entries(REPEAT_WORDS).map(([word, times]): Entry => [word, { kind: 'repeat', times }]),
  ...FILLER_WORDS.map((word): Entry => [word, { kind: 'filler' }]),
]);

export const ACCENT_LEXICON: Lexicon<string> = buildLexicon<string>([
  ...ACCENTS.flatMap((accent) =>
    [accent.spoken, ...accent.aliases].map((phrase): [string, string] => [phrase, accent.mark]),
  ),
  ...[STROKE.spoken, ...STROKE.aliases].map((phrase): [string, string] => [phrase, STROKE_MARK]),
]);

/** The longest phrase of `lexicon` starting at token `at`. */
export function lookup<T>(
  lexicon: Lexicon<T>,
  tokens: readonly Token[],
  at: number,
): { value: T; length: number } | undefined {
  for (let length = Math.min(lexicon.longest, tokens.length - at); length >= 1; length -= 1) {
    const key = tokens
      .slice(at, at + length)
      .map((token) => token.word)
      .join(' ');
    const value = lexicon.phrases.get(key);
    if (value !== undefined) return { value, length };
  }
  return undefined;
}
