/**
 * Text to spoken readings, one reading per character (or per run of a repeated letter when the
 * agent says "double L"). Nothing is dropped: a character with no word of its own is named by
 * the table in content/nato-alphabet.ts or by its code point.
 */
import {
  ACCENTS,
  EVERYDAY_LETTERS,
  ICAO_DIGITS,
  ICAO_LETTERS,
  NAMED_CHARACTERS,
  PLAIN_DIGITS,
  REPEAT_WORDS,
  STROKE,
  STROKED_LETTERS,
  SYMBOL_WORDS,
  type Letter,
} from '../../content/nato-alphabet';

export interface SpellOptions {
  /** 'icao' (Alfa, Juliett) or 'everyday' (Alpha, Juliet). Default 'icao'. */
  readonly spellings?: 'icao' | 'everyday';
  /** 'plain' (Three, Nine) or 'icao' (Tree, Niner). Default 'plain'. */
  readonly digits?: 'plain' | 'icao';
  /** Say "double Lima" for a repeated letter or digit. Default false. */
  readonly doubles?: boolean;
}

/** What the agent says for one stretch of the source text. */
export interface Reading {
  /** The characters this reading stands for, exactly as given. */
  readonly source: string;
  readonly spoken: string;
}

const symbolWords = new Map(SYMBOL_WORDS.map((entry) => [entry.char, entry.spoken]));
const characterNames = new Map(NAMED_CHARACTERS.map((entry) => [entry.char, entry.spoken]));
const accentNames = new Map(ACCENTS.map((accent) => [accent.mark, accent.spoken]));

function isLetter(char: string): char is Letter {
  return /^[A-Z]$/.test(char);
}

function letterWord(letter: Letter, options: SpellOptions): string {
  const everyday = options.spellings === 'everyday' ? EVERYDAY_LETTERS[letter] : undefined;
  return everyday ?? ICAO_LETTERS[letter];
}

function digitWord(digit: string, options: SpellOptions): string {
  const words = options.digits === 'icao' ? ICAO_DIGITS : PLAIN_DIGITS;
  return words[Number(digit)] ?? digit;
}

/** "U+00E9"; lone surrogates are named like any other code point. */
export function codePointName(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "Echo with acute accent" for é: the base letter plus each mark of its decomposition. */
function accentedLetter(char: string, options: SpellOptions): string | undefined {
  const [base = '', ...marks] = Array.from(char.normalize('NFD'));
  const letter = base.toUpperCase();
  if (!/^[A-Za-z]$/.test(base) || !isLetter(letter) || marks.length === 0) return undefined;
  const names: string[] = [];
  for (const mark of marks) {
    const name = accentNames.get(mark);
    if (name === undefined) return undefined;
    names.push(name);
  }
  return `${letterWord(letter, options)} with ${names.join(' and ')}`;
}

function strokedLetter(char: string, options: SpellOptions): string | undefined {
  const base = STROKED_LETTERS[char.toUpperCase()];
  return base ? `${letterWord(base, options)} with ${STROKE.spoken}` : undefined;
}

/** The spoken form of a single character (one code point, or one lone surrogate). */
export function readCharacter(char: string, options: SpellOptions = {}): string {
  if (/^[A-Za-z]$/.test(char)) return letterWord(char.toUpperCase() as Letter, options);
  if (/^[0-9]$/.test(char)) return digitWord(char, options);
  return (
    symbolWords.get(char) ??
    characterNames.get(char) ??
    characterNames.get(char.toUpperCase()) ??
    strokedLetter(char, options) ??
    accentedLetter(char, options) ??
    codePointName(char)
  );
}

/** Letters and digits may be read as "double"; case does not matter to a listener. */
function repeatKey(char: string): string | undefined {
  return /^[A-Za-z0-9]$/.test(char) ? char.toUpperCase() : undefined;
}

/** How a run is said: up to three at a time, and four as two doubles rather than triple-single. */
function runSizes(length: number): number[] {
  const sizes: number[] = [];
  let left = length;
  while (left > 0) {
    const size = left === 4 ? 2 : Math.min(3, left);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const repeatWords = new Map<number, string>();
for (const [word, times] of Object.entries(REPEAT_WORDS)) {
  if (!repeatWords.has(times)) repeatWords.set(times, word);
}

/** Every character of `text`, in order, as readings whose sources join back to `text`. */
export function encode(text: string, options: SpellOptions = {}): Reading[] {
  const chars = Array.from(text);
  const readings: Reading[] = [];
  let index = 0;
  while (index < chars.length) {
    const char = chars[index] ?? '';
    const key = options.doubles ? repeatKey(char) : undefined;
    let run = 1;
    while (key !== undefined && repeatKey(chars[index + run] ?? '') === key) run += 1;
    const word = readCharacter(char, options);
    for (const size of runSizes(run)) {
      const source = chars.slice(index, index + size).join('');
      const repeat = repeatWords.get(size);
      readings.push({ source, spoken: size > 1 && repeat ? `${repeat} ${word}` : word });
      index += size;
    }
  }
  return readings;
}
