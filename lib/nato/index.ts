/**
 * The NATO phonetic speller (NA-1, NA-2): spell text for reading aloud in groups, and decode
 * what the caller says back.
 *
 * Round trip: decode(encode(x) joined by spaces or commas) === x for every string x made of
 * - capital letters A-Z and digits 0-9 (decode returns letters in capitals, so lower case
 *   comes back as capitals);
 * - the symbols @ . - _ / + ' & and space, and every character named in NAMED_CHARACTERS
 *   (content/nato-alphabet.ts);
 * - capital letters with accents whose decomposition is A-Z plus marks listed in ACCENTS and
 *   which are already composed (NFC), such as É Ŵ Ŷ Â Ç Ő, and the stroked capitals Ø Ł Đ Ħ;
 * - any other character, which is read by its code point ("U+1F600"), lone surrogates included.
 * It holds with every option combination.
 */
export { encode, readCharacter, codePointName, type Reading, type SpellOptions } from './encode';
export {
  spell,
  spellingToText,
  chunkSizes,
  type Spelling,
  type SpellingGroup,
  type SpellingKind,
} from './group';
export { ukPhoneGroups } from './uk-phone';
export { decode, type Decoded, type DecodedPart } from './decode';
export { compareReadBack, type ReadBackComparison } from './compare';
