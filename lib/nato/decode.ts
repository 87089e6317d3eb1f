/**
 * What the caller says, as the agent types it, back into text: "Charlie Alfa Tango",
 * "c for charlie, a as in apple", "double L", "jo dot bloggs at example dot com". Letters come
 * back in capitals. Anything the decoder had to guess is returned as an unsure part with a note,
 * so the agent checks it with the caller instead of trusting it.
 */
import { CONNECTORS, STROKED_LETTERS, WHOLE_WORDS } from '../../content/nato-alphabet';
import {
  ACCENT_LEXICON,
  MAIN_LEXICON,
  STROKE_MARK,
  lookup,
  tokenize,
  type Token,
} from './decode-lexicon';

export interface DecodedPart {
  /** The words this part was read from, as typed. */
  readonly heard: string;
  readonly text: string;
  readonly sure: boolean;
  /** Why the part is unsure. */
  readonly note?: string;
}

export interface Decoded {
  readonly text: string;
  readonly parts: readonly DecodedPart[];
  readonly unsure: boolean;
}

interface Step {
  readonly part?: DecodedPart;
  readonly next: number;
}

interface Base {
  readonly text: string;
  /** A letter A-Z that accents may follow. */
  readonly letter: boolean;
  readonly sure: boolean;
  readonly note?: string;
}

const wholeWords = new Set(WHOLE_WORDS);
const connectorWords = CONNECTORS.map((connector) => connector.split(' '));
const strokedByBase = new Map<string, string>(
  Object.entries(STROKED_LETTERS).map(([stroked, base]) => [base, stroked]),
);

function heard(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.raw)
    .join(' ');
}

function isAsciiLetter(text: string): boolean {
  return /^[A-Z]$/.test(text);
}

function part(base: Base, heardText: string): DecodedPart {
  return base.note === undefined
    ? { heard: heardText, text: base.text, sure: base.sure }
    : { heard: heardText, text: base.text, sure: base.sure, note: base.note };
}

/** A word the lexicon does not know, or a character typed as itself. */
function literal(token: Token): Base {
  const codePoint = /^u\+([0-9a-f]{4,6})$/i.exec(token.raw)?.[1];
  if (codePoint !== undefined && parseInt(codePoint, 16) <= 0x10ffff) {
    return { text: String.fromCodePoint(parseInt(codePoint, 16)), letter: false, sure: true };
  }
  if (Array.from(token.raw).length === 1) {
    const upper = token.raw.toUpperCase();
    const text = Array.from(upper).length === 1 ? upper : token.raw;
    return { text, letter: isAsciiLetter(text), sure: true };
  }
  const whole = token.bare.toUpperCase();
  if (/^\p{L}+$/u.test(token.word) && !wholeWords.has(token.word)) {
    const first = (Array.from(token.word)[0] ?? '').toUpperCase();
    const note = `the whole word; if it stood for a letter, that is ${first}`;
    return { text: whole, letter: false, sure: false, note };
  }
  return { text: whole, letter: false, sure: true };
}

/** "for Charlie", "as in apple" after a letter typed on its own: the letter the word begins with. */
function connectorWord(
  tokens: readonly Token[],
  at: number,
): { initial: string; next: number } | undefined {
  for (const connector of connectorWords) {
    if (!connector.every((word, offset) => tokens[at + offset]?.word === word)) continue;
    const wordAt = at + connector.length;
    const token = tokens[wordAt];
    if (!token) continue;
    const known = lookup(MAIN_LEXICON, tokens, wordAt);
    const meaning = known?.value;
    if (known && meaning?.kind === 'char' && meaning.note === undefined && isAsciiLetter(meaning.char)) {
      return { initial: meaning.char, next: wordAt + known.length };
    }
    if (/^\p{L}[\p{L}'-]*$/u.test(token.word)) {
      return { initial: (Array.from(token.word)[0] ?? '').toUpperCase(), next: wordAt + 1 };
    }
  }
  return undefined;
}

/**
 * Accents after a letter: "with acute accent", "with diaeresis and acute", "circumflex (to bach)".
 * Without "with", a word that also names a character ("stroke" is a slash) is not taken as one.
 */
function accents(tokens: readonly Token[], at: number): { marks: string[]; next: number } {
  let index = at;
  let explicit = false;
  if (tokens[index]?.word === 'with') {
    index += 1;
    explicit = true;
    const article = tokens[index]?.word;
    if ((article === 'a' || article === 'an') && lookup(ACCENT_LEXICON, tokens, index + 1)) index += 1;
  }
  const marks: string[] = [];
  for (;;) {
    const accent = lookup(ACCENT_LEXICON, tokens, index);
    if (!accent) break;
    const other = lookup(MAIN_LEXICON, tokens, index);
    if (!explicit && other && other.length >= accent.length) break;
    if (marks.at(-1) !== accent.value) marks.push(accent.value);
    index += accent.length;
    explicit = tokens[index]?.word === 'and' && lookup(ACCENT_LEXICON, tokens, index + 1) !== undefined;
    if (explicit) index += 1;
  }
  return marks.length > 0 ? { marks, next: index } : { marks, next: at };
}

function withMarks(base: Base, marks: readonly string[]): Base {
  if (!marks.includes(STROKE_MARK)) {
    return { ...base, text: (base.text + marks.join('')).normalize('NFC') };
  }
  const others = marks.filter((mark) => mark !== STROKE_MARK);
  const stroked = strokedByBase.get(base.text);
  if (stroked !== undefined && others.length === 0) return { ...base, text: stroked };
  return {
    text: (base.text + others.join('')).normalize('NFC'),
    letter: true,
    sure: false,
    note: `no letter ${base.text} with stroke is known`,
  };
}

/** One character (or word typed as itself), with any "for ..." word and accents after it. */
function readCharacter(tokens: readonly Token[], at: number): Step | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  const known = lookup(MAIN_LEXICON, tokens, at);
  let base: Base;
  let next: number;
  if (known) {
    if (known.value.kind !== 'char') return undefined;
    const { char, note } = known.value;
    base = note === undefined
      ? { text: char, letter: isAsciiLetter(char), sure: true }
      : { text: char, letter: false, sure: false, note };
    next = at + known.length;
  } else {
    base = literal(token);
    next = at + 1;
    const typedLetter = base.letter && Array.from(token.raw).length === 1;
    const spelledOut = typedLetter ? connectorWord(tokens, next) : undefined;
    if (spelledOut) {
      next = spelledOut.next;
      if (spelledOut.initial !== base.text) {
        const note = `"${token.raw}", but the word begins with ${spelledOut.initial}`;
        base = { ...base, sure: false, note };
      }
    }
  }
  if (base.letter) {
    const found = accents(tokens, next);
    if (found.marks.length > 0) {
      base = withMarks(base, found.marks);
      next = found.next;
    }
  }
  return { part: part(base, heard(tokens, at, next)), next };
}

function readItem(tokens: readonly Token[], at: number): Step {
  const known = lookup(MAIN_LEXICON, tokens, at);
  if (known?.value.kind === 'filler') return { next: at + known.length };
  if (known?.value.kind === 'repeat') {
    const { times } = known.value;
    const inner = readCharacter(tokens, at + known.length);
    const after = at + known.length;
    if (!inner?.part) {
      const note = 'nothing after it to repeat';
      return { part: { heard: heard(tokens, at, after), text: '', sure: false, note }, next: after };
    }
    const text = inner.part.text.repeat(times);
    return { part: { ...inner.part, heard: heard(tokens, at, inner.next), text }, next: inner.next };
  }
  if (!known) {
    const accent = lookup(ACCENT_LEXICON, tokens, at);
    if (accent) {
      const after = at + accent.length;
      const note = 'an accent with no letter before it';
      return { part: { heard: heard(tokens, at, after), text: '', sure: false, note }, next: after };
    }
  }
  return readCharacter(tokens, at) ?? { next: at + 1 };
}

/** The text the caller spelled, with every guess marked. */
export function decode(spoken: string): Decoded {
  const tokens = tokenize(spoken);
  const parts: DecodedPart[] = [];
  let at = 0;
  while (at < tokens.length) {
    const step = readItem(tokens, at);
    if (step.part) parts.push(step.part);
    at = step.next;
  }
  return {
    text: parts.map((decoded) => decoded.text).join(''),
    parts,
    unsure: parts.some((decoded) => !decoded.sure),
  };
}
