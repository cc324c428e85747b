/**
 * Whether an English sentence names the English terms a Korean sentence names. Korean questions keep
 * their terms in Latin letters ("Overfitting 이 뭔가요?", "CNN이란?"); a translation of such a question
 * names them too, whereas a second question that follows it ("How do you prevent it?") need not.
 * A term matches a word written the same up to case, a plural `s` and British `-ise`
 * ("Regularisation" / "regularization"), or an acronym the other sentence spells out ("CNN" /
 * "convolutional neural network"), whichever sentence holds the acronym.
 */

const LATIN_TERM = /[A-Za-z][A-Za-z0-9]+/g;
/** "CNN", "GANs", "LSTM": capitals an English phrase may spell out. */
const ACRONYM = /^([A-Z]{2,6})s?$/;

/** True when `korean` names no term in Latin letters, or `english` names at least one of those it does. */
export function namesTermsOf(english: string, korean: string): boolean {
  const terms = latinWords(korean);
  if (terms.length === 0) return true;
  const words = latinWords(english);
  const spelled = new Set(words.map(spelling));
  return terms.some((term) => spelled.has(spelling(term)) || spellsOut(term, words)) || words.some((word) => spellsOut(word, terms));
}

function latinWords(text: string): string[] {
  return text.match(LATIN_TERM) ?? [];
}

/** The word as compared: lowercase, American spelling, no plural `s`. */
function spelling(word: string): string {
  return word
    .toLowerCase()
    .replace(/is(ation|ed|ing|e)$/, 'iz$1')
    .replace(/(?<=[^s])s$/, '');
}

/** Whether consecutive `words` of three letters or more start with the acronym's letters, one letter per word. */
function spellsOut(acronym: string, words: readonly string[]): boolean {
  const letters = ACRONYM.exec(acronym)?.[1]?.toLowerCase();
  if (!letters) return false;
  // Short words ("do", "it", "of") stand for no letter of an acronym.
  const initials = words.map((word) => (word.length >= 3 ? word[0]!.toLowerCase() : ' ')).join('');
  return initials.includes(letters);
}
