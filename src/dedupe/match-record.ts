/**
 * What one matching leaves for the next, so that a build after a reworded
 * question or a new note does not compare every wording again: each item's
 * wordings, the token table made from them and its index keys
 * (key-table.ts), what was learnt of the candidate pairs' scores
 * (pair-scores.ts), and the ranking of each cluster's wordings
 * (kept-rankings.ts).
 *
 * An item's fingerprint, and a pair's score, depend on the items' wordings
 * alone (fingerprint.ts), so an item of the next matching whose wordings the
 * record holds takes its tokens, their index keys and its pairs' scores from
 * there, and a cluster of such items only, as a cluster of the record, its
 * ranking: items are recognised by their wordings, not by their index, which
 * shifts when a question is added or removed. Everything else (which pairs
 * are candidates, the clusters) is made again, so the matching is exactly the
 * one comparing afresh gives.
 */
import { isKeptKeys, type KeptKeys } from './key-table.js';
import { isKeptRankings, type KeptRankings } from './kept-rankings.js';
import { isKeptScores, type KeptScores } from './pair-scores.js';
import { isKeptTokens, type KeptTokens } from './token-table.js';
import type { Question } from '../schema/question-bank.js';

export interface MatchRecord {
  /** Per item, in item order: what its fingerprint and ranking are made from. */
  wordings: KeptWordings;
  tokens: KeptTokens;
  /** The index keys of those tokens (key-table.ts). */
  indexKeys: KeptKeys;
  scores: KeptScores;
  /** How its candidate pairs (those of `scores`) were found. */
  candidates: KeptCandidates;
  rankings: KeptRankings;
}

/** What the next candidate search needs to take pairs from this one's (candidates.ts). */
export interface KeptCandidates {
  /** The merge score they were searched with: another one reads other prefixes. */
  mergeScore: number;
  /** Per pair of `scores`: which of its two questions found it (FOUND_BY_FIRST, FOUND_BY_SECOND). */
  finders: Uint8Array;
}

/**
 * What a question's fingerprint, and its place in a ranking of wordings (canonical.ts), are made
 * from, per item as columns: two items alike in all five have the same fingerprint and rank alike, so
 * their tokens, scores and rankings can be kept from one matching to the next. The texts as they are
 * (not as fingerprint.ts sorts out empty and repeated ones), the id (which holds a multiple-choice
 * question's options) and the language (which the answer can decide): alike this finely costs at most
 * a reuse. Columns of the questions' own strings, so that none is made per item of every matching.
 */
export interface KeptWordings {
  /** Ascending (items are sorted by id, dedupe.ts). */
  ids: string[];
  questions: string[];
  /** The English and Korean wordings given besides, or null. */
  en: Array<string | null>;
  ko: Array<string | null>;
  langs: string[];
}

/** The items' wordings, as a record keeps them. */
export function wordingsOf(items: ReadonlyArray<{ id: string; compared: Question }>): KeptWordings {
  // Filled by push, not into `new Array(count)`: V8 encodes an array with holes element by element, with its index.
  const wordings: KeptWordings = { ids: [], questions: [], en: [], ko: [], langs: [] };
  for (let i = 0; i < items.length; i++) {
    const { id, compared } = items[i]!;
    wordings.ids.push(id);
    wordings.questions.push(compared.question);
    wordings.en.push(compared.translations?.en ?? null);
    wordings.ko.push(compared.translations?.ko ?? null);
    wordings.langs.push(compared.lang);
  }
  return wordings;
}

/** How many items a record holds. */
export function recordSize(record: MatchRecord): number {
  return record.wordings.ids.length;
}

/**
 * Per item of `wordings`, its index in the record, or -1 (its wordings are new there). Both are in
 * order of id, so they are walked side by side: an item is found by its id, and is the record's
 * when its other wordings are the same.
 */
export function recordIndexOf(record: MatchRecord, wordings: KeptWordings): Int32Array {
  const then = record.wordings;
  const indexOf = new Int32Array(wordings.ids.length).fill(-1);
  let x = 0;
  for (let i = 0; i < wordings.ids.length; i++) {
    const id = wordings.ids[i]!;
    while (x < then.ids.length && then.ids[x]! < id) x++;
    if (x === then.ids.length) break;
    if (
      then.ids[x] === id &&
      then.questions[x] === wordings.questions[i] &&
      then.en[x] === wordings.en[i] &&
      then.ko[x] === wordings.ko[i] &&
      then.langs[x] === wordings.langs[i]
    )
      indexOf[i] = x;
  }
  return indexOf;
}

/** Whether a stored value is a record that can be read without a wrong index (a damaged or foreign one is not). */
export function isMatchRecord(value: unknown): value is MatchRecord {
  if (value === null || typeof value !== 'object') return false;
  const { wordings, tokens, indexKeys, scores, candidates, rankings } = value as Partial<MatchRecord>;
  if (!isKeptWordings(wordings)) return false;
  const count = wordings.ids.length;
  return (
    isKeptTokens(tokens, count) &&
    isKeptKeys(indexKeys, tokens.keys.length) &&
    ownKeysAgree(tokens, indexKeys) &&
    isKeptScores(scores, count) &&
    isKeptCandidates(candidates, scores.others.length) &&
    isKeptRankings(rankings, count)
  );
}

function isKeptWordings(value: unknown): value is KeptWordings {
  if (value === null || typeof value !== 'object') return false;
  const { ids, questions, en, ko, langs } = value as Partial<KeptWordings>;
  if (!(Array.isArray(ids) && [questions, en, ko, langs].every((column) => Array.isArray(column) && column.length === ids.length))) return false;
  for (let x = 0; x < ids.length; x++) {
    // Ids ascending: recordIndexOf walks them in order, and would miss (never mistake) items otherwise.
    if (typeof ids[x] !== 'string' || (x > 0 && !(ids[x - 1]! < ids[x]!))) return false;
    if (typeof questions![x] !== 'string' || typeof langs![x] !== 'string') return false;
    if (!(en![x] === null || typeof en![x] === 'string') || !(ko![x] === null || typeof ko![x] === 'string')) return false;
  }
  return true;
}

/** Whether each token's first index key is its own key: the two tables are of the same tokens (KeyTable copies one from the other). */
function ownKeysAgree(tokens: KeptTokens, indexKeys: KeptKeys): boolean {
  const { names, keys, keyStart } = indexKeys;
  for (let t = 0; t < tokens.keys.length; t++) if (names[keys[keyStart[t]!]!] !== tokens.words[tokens.keys[t]!]) return false;
  return true;
}

function isKeptCandidates(value: unknown, pairs: number): value is KeptCandidates {
  if (value === null || typeof value !== 'object') return false;
  const { mergeScore, finders } = value as Partial<KeptCandidates>;
  if (!(typeof mergeScore === 'number' && finders instanceof Uint8Array && finders.length === pairs)) return false;
  // Every pair was found by one of its questions at least (a plain loop over a few hundred thousand, in code run once).
  for (let k = 0; k < pairs; k++) if (!(finders[k]! >= 1 && finders[k]! <= 3)) return false;
  return true;
}
