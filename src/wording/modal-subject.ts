/**
 * Does a line that starts with a modal ("can", "should", "will", ...) have a subject after it?
 * Without a question mark, that is what tells a question ("Can dropout replace L2 regularisation")
 * from a note whose subject is the heading above it ("Can overfit easily if the tree is deep").
 *
 * There is no part-of-speech tagger here; the evidence is grammar. After a modal the verb is in its
 * base form, so:
 * - a pronoun, a determiner, a name or a number opens a subject ("Can you", "Should the model", "Can ReLU");
 * - a plural or an -ing word is no verb after a modal, so it starts a subject ("Can transformers",
 *   "Can exploding gradients");
 * - a known base verb right after the modal is the note's own verb ("Can overfit", "May cause");
 * - otherwise a bare noun phrase followed by a known base verb is subject and verb ("Can dropout
 *   replace", "Should batch norm come").
 * An unknown word is no evidence either way, and a line with no evidence is a note: a note read as a
 * question costs more than a question left in the answer above it.
 */

/** A modal ("can", "can't", "shouldn't") and the words after it. */
const MODAL = /^(?:can|could|should|would|will|shall|may|might)(?:n?['’]t)?\s+(.+)$/i;
/** Words that open a subject: pronouns and determiners ("Can you", "Should the model"). */
const SUBJECT_START = /^(?:i|you|we|they|he|she|it|one|someone|anyone|there|this|that|these|those|a|an|the|my|your|our|their|its|his|her|each|every|any|some|all|both|such|no)\b/i;
/** Adverbs between a modal and its verb ("Can also be used", "Can easily overfit") or its subject and verb ("Can dropout really replace"). */
export const ADVERB = /^(?:not|also|only|still|even|often|always|never|sometimes|usually|easily|quickly|slowly|really|just|then|typically|generally|perhaps|maybe|thus|hence|therefore|ever|actually|possibly|potentially|probably|likely|significantly|greatly|fully|completely|entirely)$/i;

/**
 * Base verbs that notes and questions about models are written with. Not a dictionary: a word that
 * is as often a noun ("work", "use", "change", "cause", "model", "test", "gain", "decay", "mean") is
 * left out, since after a noun it may end a compound ("weight decay", "root cause") rather than be a
 * verb. So are adjectives spelled like verbs ("lower layers", "approximate inference"). Causatives
 * ("help", "make", "let", "have", "get", "see") must be here: after them a noun and a base verb are
 * object and complement ("Can help models generalise"), not subject and verb.
 */
const BASE_VERBS = new Set(
  `be have do get make let help see watch go come become take give keep stay remain seem tend
  learn overfit underfit generalise generalize memorise memorize converge diverge oscillate explode vanish saturate die collapse fail succeed
  improve hurt harm reduce increase decrease raise lead affect prevent avoid fix solve replace outperform underperform beat handle perform
  need require depend matter apply differ exist happen occur capture encode represent predict extrapolate interpolate detect ignore treat
  remove add produce yield provide offer allow enable ensure introduce lose stabilise stabilize regularise regularize normalise normalize
  suffer save find know tell show say`.split(/\s+/),
);
/** Words that end a noun phrase: prepositions, conjunctions but and/or, determiners, degree words. */
export const NOT_IN_NOUN_PHRASE: ReadonlySet<string> = new Set(
  `to of in on at by for from with without into onto than as if when whenever while because so but since after before over under about
  through via per between across against during unless until upon whether where which who whom whose what how why that this these those
  the a an its their his her my your our more less most least very too no any some all each every it them us me him`.split(/\s+/),
);
const COORDINATION = /^(?:and|or|&|\/)$/i;

export function modalWithoutSubject(text: string): boolean {
  const modal = MODAL.exec(text);
  if (!modal) return false;
  const words = modal[1]!.split(/\s+/);
  const start = words.findIndex((word) => !ADVERB.test(word));
  const first = words[start];
  if (first === undefined) return true;
  if (SUBJECT_START.test(first) || /[\p{Lu}\d]/u.test(first)) return false;
  const word = first.toLowerCase();
  if (BASE_VERBS.has(word)) return true;
  if (isPluralOrGerund(word)) return false;
  return !verbFollowsNounPhrase(words.slice(start));
}

/**
 * "transformers", "exploding": never the verb after a modal. The endings of base verbs that look like
 * them are left out: "focus", "bias", "pass" (-us, -as, -is, -ss) and "bring", "string" (no vowel before -ing).
 */
export function isPluralOrGerund(word: string): boolean {
  return /^[a-z]{2,}[b-hj-rtv-z]s$/.test(word) || /^[a-z]*[aeiouy][a-z]*ing$/.test(word);
}

/**
 * "dropout replace", "batch norm come", "dropout and batch norm be": up to four words of a noun
 * phrase, then a known base verb (not one after "and", which joins a second verb of the note:
 * "Can memorise noise and hurt generalisation").
 */
function verbFollowsNounPhrase(words: readonly string[]): boolean {
  let nouns = 0;
  for (const [index, raw] of words.slice(0, 6).entries()) {
    const word = raw.toLowerCase();
    if (nouns > 0 && BASE_VERBS.has(word)) return !COORDINATION.test(words[index - 1]!);
    if (ADVERB.test(word) || COORDINATION.test(word)) continue;
    if (!/^[\p{L}\d][\p{L}\d'’-]*$/u.test(word) || NOT_IN_NOUN_PHRASE.has(word) || ++nouns > 4) return false;
  }
  return false;
}
