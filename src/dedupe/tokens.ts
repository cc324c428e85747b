/**
 * Question text -> the weighted content tokens that say what it asks.
 *
 * "Could you tell me about the differences between batch gradient descent,
 * mini batch gradient descent, and stochastic gradient descent?" and
 * "What's the difference between batch GD, SGD, and mini-batch GD?" both
 * become {batch, gradient, descent, minibatch, stochastic}: Korean glossary
 * terms turned into English, context phrases ("in deep learning") dropped,
 * compounds joined, abbreviations expanded, template words dropped, synonyms
 * unified, the rest stemmed (Porter). Korean words the glossary does not know
 * become syllable bigrams.
 */
import { stemmer } from 'stemmer';
import { KOREAN_GLOSSARY } from './glossary.js';
import { koreanWordPieces } from './korean.js';
import { hanKanaPieces, HAN_KANA_RUN, STARTS_HAN_KANA } from './han-kana.js';
import { isSpellable } from './spelling.js';
import { initialBit, spellingHash, wordId } from './word-ids.js';
import {
  ABBREVIATIONS,
  CATEGORY_WORDS,
  COMPOUNDS,
  CONTEXT_PARENTHESIS,
  CONTEXT_PHRASE,
  APPLICATION_FIELD,
  FIELD_BEFORE,
  EQUIVALENT_KEYS,
  FACET_WORDS,
  GENERIC_WORDS,
  KNOWN_TERMS,
  SYNONYMS,
  TEMPLATE_WORDS,
} from './lexicon.js';

export interface Token {
  /** What matches: a Porter stem, a synonym's stem, `ko:` + a Hangul bigram, or `hz:` + a Han or Kana bigram (han-kana.ts). */
  key: string;
  /** The word as written (lowercased, after compounding); used for spelling slips. */
  raw: string;
  weight: number;
  /** Latin-script word (Korean bigrams never take part in spelling or compound matching). */
  latin: boolean;
  /** Long enough, and without digits, to be compared for spelling slips. */
  spellable: boolean;
  /** Names a subject: not a generic, category or facet word (Korean bigrams count). */
  subject: boolean;
  /** `key` as a number (word-ids.ts): what the per-pair comparison compares. */
  keyId: number;
  /** spellingHash(raw): a solid word is looked for among joined pairs by this. */
  rawHash: number;
  /** The ids of other keys this one matches (정규화's `normreg` matches `normal` and `regular`), or undefined. */
  equivalentIds: readonly number[] | undefined;
  /** initialBit(raw): which first letter an unmatched word would need to still match this one. */
  initial: number;
  /** spellingHash of this word and the next written together ("data" + "set"), when both are Latin. */
  joinedNextHash: number;
  /** Whether the next token is a Latin word too (joinedNextHash means something). */
  joinsNext: boolean;
  /** Inside a known multi-word term (weighing a share of its word). */
  inTerm: boolean;
  /**
   * The word stands both inside a term and alone ("normalization and batch normalization"): one token
   * of the full weight, of which the term's share is all a match inside a term covers (similarity.ts).
   */
  alsoInTerm: boolean;
}

/** What a written word gives whatever its neighbours: worked out once per word (a bank repeats its words endlessly). */
type WordFacts = Pick<Token, 'key' | 'raw' | 'latin' | 'spellable' | 'subject' | 'keyId' | 'rawHash' | 'equivalentIds' | 'initial'>;

const equivalentIdsByKey = new Map<string, readonly number[]>();

/** The ids of the other keys a Latin word's key matches (EQUIVALENT_KEYS), or undefined: one array per key. */
export function equivalentIdsOf(key: string): readonly number[] | undefined {
  const equivalents = EQUIVALENT_KEYS.get(key);
  if (equivalents === undefined) return undefined;
  let ids = equivalentIdsByKey.get(key);
  if (ids === undefined) equivalentIdsByKey.set(key, (ids = [...equivalents].map(wordId)));
  return ids;
}

function wordFacts(key: string, raw: string, latin: boolean, subject: boolean): WordFacts {
  return {
    key,
    raw,
    latin,
    spellable: latin && isSpellable(raw),
    subject,
    keyId: wordId(key),
    rawHash: spellingHash(raw),
    equivalentIds: latin ? equivalentIdsOf(key) : undefined,
    initial: initialBit(raw),
  };
}

/**
 * A token of a word with the given weight. Every token is built here, with
 * the same fields in the same order: objects of one shape are what V8
 * reads fastest.
 */
function token(facts: WordFacts, weight: number, inTerm = false): Token {
  return {
    key: facts.key,
    raw: facts.raw,
    weight,
    latin: facts.latin,
    spellable: facts.spellable,
    subject: facts.subject,
    keyId: facts.keyId,
    rawHash: facts.rawHash,
    equivalentIds: facts.equivalentIds,
    initial: facts.initial,
    joinedNextHash: 0,
    joinsNext: false,
    inTerm,
    alsoInTerm: false,
  };
}

const CATEGORY_WEIGHT = 0.25;
const GENERIC_WEIGHT = 0.5;
const FACET_WEIGHT = 2;
const TERM_WORD_SHARE = 0.5;

const glossaryPattern = new RegExp(
  [...KOREAN_GLOSSARY]
    .sort((a, b) => b[0].replace(/\s/g, '').length - a[0].replace(/\s/g, '').length || (a[0] < b[0] ? -1 : 1))
    .map(([korean]) => korean.split(/\s+/).join('\\s*'))
    .join('|'),
  'g',
);
const glossaryByTerm = new Map(KOREAN_GLOSSARY.map(([korean, english]) => [korean.replace(/\s/g, ''), english]));

/** Korean glossary terms replaced by their English words, each set off by spaces. */
function translateGlossaryTerms(text: string): string {
  if (!/[\uac00-\ud7a3]/.test(text)) return text;
  return text.replace(glossaryPattern, (match) => ` ${glossaryByTerm.get(match.replace(/\s/g, '')) ?? match} `);
}

/**
 * Spelling variants that are one word: British -ise, "k-NN", "K means", "n't", "C++", "C#", "F#" and "A*" (else only "c", "f"
 * or the article "a" would be left of them), "2-D" as "2D", and "1×1" or "3 x 3" as "1x1" (else "2", "d", "1", "1").
 */
function unifySpellings(text: string): string {
  return text
    .replace(/\b(\d{1,2})-([a-z])\b/g, '$1$2')
    .replace(/\b(\d{1,4})\s*[x×]\s*(\d{1,4})\b/g, '$1x$2')
    .replace(/\bc\s*\+\+/g, 'cpp')
    .replace(/\b([cf])\s*#/g, '$1sharp')
    .replace(/\ba\*/g, 'astar')
    .replace(/isation/g, 'ization')
    .replace(/is(ed|er|ing)\b/g, 'iz$1')
    .replace(/n't\b/g, ' not')
    .replace(/\bk[\s-]?nns?\b/g, 'knn')
    .replace(/\bk[\s-]means\b/g, 'kmeans')
    .replace(/\bt[\s-]sne\b/g, 'tsne');
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

const WORD = new RegExp(`[a-z0-9]+(?:-[a-z0-9]+)*|[\\uac00-\\ud7a3]+|${HAN_KANA_RUN.source}`, 'g');

/** Latin words with compounds joined ("mini-batch", "mini batch" -> "minibatch"). */
function latinWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!word.includes('-')) {
      words.push(word);
      continue;
    }
    const parts = word.split('-');
    const joined = parts.join('');
    if (COMPOUNDS.has(joined) || ABBREVIATIONS.has(joined)) words.push(joined);
    else words.push(...parts);
  }
  const compounded: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next !== undefined && COMPOUNDS.has(words[i] + next)) {
      compounded.push(words[i] + next);
      i++;
    } else compounded.push(words[i]!);
  }
  return compounded;
}

function expandAbbreviation(word: string): string[] {
  const expansion = ABBREVIATIONS.get(word) ?? (word.endsWith('s') ? ABBREVIATIONS.get(word.slice(0, -1)) : undefined);
  return expansion === undefined ? [word] : expansion.split(' ');
}

/** Known multi-word terms as stem sequences ("convolut neural network"): every expansion, and KNOWN_TERMS. */
let knownTermStems: Set<string> | undefined;
let termFirstStems: Set<string> | undefined;
function termStems(): { all: Set<string>; first: Set<string> } {
  if (knownTermStems === undefined) {
    const terms = [...ABBREVIATIONS.values(), ...KNOWN_TERMS]
      .map((term) => term.split(' '))
      .filter((words) => words.length > 1)
      .map((words) => words.map((word) => stem(SYNONYMS.get(word) ?? word)));
    knownTermStems = new Set(terms.map((term) => term.join(' ')));
    termFirstStems = new Set(terms.map((term) => term[0]!));
  }
  return { all: knownTermStems, first: termFirstStems! };
}

const LONGEST_TERM = 4;

/**
 * Words of a known multi-word term weigh half: "long short-term memory" is
 * one idea, and must not outweigh the other subject of "GRU vs LSTM?".
 */
function termWordFlags(stems: readonly string[]): boolean[] {
  const inTerm = stems.map(() => false);
  const terms = termStems();
  for (let i = 0; i < stems.length; i++) {
    if (!terms.first.has(stems[i]!)) continue; // most words start no term: nothing to join
    for (let length = Math.min(LONGEST_TERM, stems.length - i); length > 1; length--) {
      if (terms.all.has(stems.slice(i, i + length).join(' '))) {
        for (let k = i; k < i + length; k++) inTerm[k] = true;
        i += length - 1;
        break;
      }
    }
  }
  return inTerm;
}

/** A Latin word's facts and weight before term sharing, or null for a template word ("what", "explain"). */
interface LatinWord {
  facts: WordFacts;
  base: number;
}
// Like the stemmer's cache, these live as long as the process and grow with the vocabulary, not the bank.
const latinWordCache = new Map<string, LatinWord | null>();

function latinWord(expanded: string, key: string): LatinWord | null {
  let known = latinWordCache.get(expanded);
  if (known === undefined) {
    const word = SYNONYMS.get(expanded) ?? expanded;
    if (TEMPLATE_WORDS.has(word) || TEMPLATE_WORDS.has(expanded)) known = null;
    else {
      const base = CATEGORY_WORDS.has(expanded)
        ? CATEGORY_WEIGHT
        : GENERIC_WORDS.has(key)
          ? GENERIC_WEIGHT
          : FACET_WORDS.has(key)
            ? FACET_WEIGHT
            : 1;
      known = { facts: wordFacts(key, expanded, true, base === 1), base };
    }
    latinWordCache.set(expanded, known);
  }
  return known;
}

/** The facts of a Hangul, Han or Kana piece, by key. */
const pieceCache = new Map<string, WordFacts>();

function pieceFacts(key: string, raw: string): WordFacts {
  let facts = pieceCache.get(key);
  if (facts === undefined) pieceCache.set(key, (facts = wordFacts(key, raw, false, true)));
  return facts;
}

/** What marks a word's key beside a known term that holds another word of the same stem (see `contentTokens`). */
const BESIDE_TERM = '+';
const besideTermCache = new Map<string, WordFacts>();

/** Whether two words of one stem are one word, but for a plural ending ("gradient", "gradients"). */
function sameWord(a: string, b: string): boolean {
  const singular = (word: string) => word.replace(/(?:es|s)$/, '');
  return a === b || singular(a) === singular(b);
}

/** A word's facts under the key it has beside a known term holding another word of its stem. */
function besideTerm(facts: WordFacts): WordFacts {
  let beside = besideTermCache.get(facts.raw);
  if (beside === undefined) besideTermCache.set(facts.raw, (beside = wordFacts(facts.key + BESIDE_TERM, facts.raw, true, facts.subject)));
  return beside;
}

/**
 * The content tokens of a text in order, one per word. A word outside a known term that shares
 * its stem with a word inside it, another word than it ("randomization in random forest"), asks about
 * something besides the term (the stemmer made "randomization" "random"): it is another key, so
 * that the wording is not taken for one that asks about the term alone. The same word in and out
 * of a term ("an autoencoder and a variational autoencoder", "policy gradients and the exploding
 * gradient problem") keeps its key: it names the same thing.
 */
function contentTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const outside: number[] = [];
  // Each key of a word inside a term, with that word as written.
  const termWords = new Map<string, string[]>();
  const flush = (words: string[]) => {
    const stems = words.map((word) => stem(SYNONYMS.get(word) ?? word));
    const inTerm = termWordFlags(stems);
    words.forEach((expanded, i) => {
      const word = latinWord(expanded, stems[i]!);
      if (word === null) return;
      if (!inTerm[i]) outside.push(tokens.length);
      else {
        const written = termWords.get(word.facts.key);
        if (written === undefined) termWords.set(word.facts.key, [word.facts.raw]);
        else written.push(word.facts.raw);
      }
      tokens.push(token(word.facts, inTerm[i] ? word.base * TERM_WORD_SHARE : word.base, inTerm[i]));
    });
  };
  let run: string[] = [];
  for (const written of latinWords(text)) {
    if (/^[\uac00-\ud7a3]/.test(written)) {
      flush(run);
      run = [];
      for (const piece of koreanWordPieces(written)) tokens.push(token(pieceFacts(piece.key, piece.raw), piece.weight));
      continue;
    }
    if (STARTS_HAN_KANA.test(written)) {
      flush(run);
      run = [];
      for (const piece of hanKanaPieces(written)) tokens.push(token(pieceFacts(piece.key, piece.raw), piece.weight));
      continue;
    }
    run.push(...expandAbbreviation(written));
  }
  flush(run);
  if (termWords.size > 0) {
    for (const at of outside) {
      const word = tokens[at]!;
      const written = termWords.get(word.key);
      if (written !== undefined && !written.some((raw) => sameWord(raw, word.raw))) tokens[at] = token(besideTerm(word), word.weight);
    }
  }
  return tokens;
}

/** Tokens in order of first appearance, one per key (the heavier weight wins). */
function uniqueByKey(tokens: Token[]): Token[] {
  const byKey = new Map<string, Token>();
  for (const token of tokens) {
    const seen = byKey.get(token.key);
    if (seen === undefined) byKey.set(token.key, token);
    else {
      // Tokens are fresh: no one else holds them.
      if (token.weight > seen.weight) seen.weight = token.weight;
      if (token.inTerm !== seen.inTerm) seen.alsoInTerm = true;
    }
  }
  return [...byKey.values()];
}

/** A context phrase gives way to a space, but an application field's after a field ("deep learning in NLP") stays. */
function withoutContextPhrase(phrase: string, field: string, offset: number, text: string): string {
  return APPLICATION_FIELD.test(field) && FIELD_BEFORE.test(text.slice(0, offset)) ? phrase : ' ';
}

/**
 * "Explain different optimizers" and "various activation functions" ask for the kinds there are, as
 * "types of optimizers" does, not what an optimizer is ("different" alone is a comparison's template
 * word). Not before a preposition or a word that already says so ("different from", "different types").
 */
function enumerationsAsTypes(text: string): string {
  return text.replace(
    /\b(?:different|various)\s+(?!(?:from|than|between|to|in|on|at|for|with|by|of|and|or|but|when|if|is|are|was|were|be|the|a|an|types?|kinds?|sorts?|forms?|ways?|approaches|methods|techniques|categories)\b)(?=[a-z])/g,
    'types of ',
  );
}

/**
 * Questions are short; a "question" longer than this is compared by its
 * first words only, so one pasted paragraph cannot make a pair slow.
 */
const MAX_TEXT = 600;
const MAX_TOKENS = 48;

/** Keys of the verbs SYNONYMS gathers (lexicon.ts: prevent, handle, avoid…; choose, select…): what is done, never what about. */
const ACTION_KEYS: ReadonlySet<string> = new Set(['mitigate', 'choose'].map((verb) => stem(verb)));

/**
 * The content tokens of one wording. Context phrases are dropped unless
 * nothing would be left ("What is machine learning in AI?").
 */
export function tokenize(text: string): Token[] {
  const lowered = text.slice(0, MAX_TEXT).normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'");
  const prepared = enumerationsAsTypes(unifySpellings(translateGlossaryTerms(lowered)));
  const withoutContext = prepared.replace(CONTEXT_PARENTHESIS, ' ').replace(CONTEXT_PHRASE, withoutContextPhrase);
  let tokens = uniqueByKey(contentTokens(withoutContext));
  if (tokens.length === 0 && withoutContext !== prepared) tokens = uniqueByKey(contentTokens(prepared));
  // `How to prevent them?`, `How do you choose one?`: a follow-up that names its subject only by a pronoun asks
  // about its context, with nothing of its own to compare (it matched `How to handle the trade-off?`).
  if (tokens.every((token) => ACTION_KEYS.has(token.key))) return [];
  const kept = tokens.slice(0, MAX_TOKENS);
  for (let i = 0; i + 1 < kept.length; i++) {
    if (!kept[i]!.latin || !kept[i + 1]!.latin) continue;
    kept[i]!.joinsNext = true;
    kept[i]!.joinedNextHash = spellingHash(kept[i]!.raw, kept[i + 1]!.raw);
  }
  return kept;
}


