/**
 * Whether a text says something: a letter or a digit in it, in any script. A card's side of punctuation alone, an
 * outline's line of brackets (`},`, a JSON object's) or an HTML element of symbols says nothing.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWorded(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
