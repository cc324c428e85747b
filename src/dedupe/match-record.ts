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
import { wordingKey } from './fingerprint.js';
import { isKeptKeys, type KeptKeys } from './key-table.js';
import { isKeptRankings, type KeptRankings } from './kept-rankings.js';
import { isKeptScores, type KeptScores } from './pair-scores.js';
import { isKeptTokens, type KeptTokens } from './token-table.js';
import type { Question } from '../schema/question-bank.js';

export interface MatchRecord {
  /** Per item, in item order: its `wordingKey`. */
  wordings: string[];
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

/** Each item's `wordingKey`, what the record knows it by. */
export function wordingsOf(items: ReadonlyArray<{ compared: Question }>): string[] {
  return items.map((item) => wordingKey(item.compared));
}

/** Per item of `wordings`, its index in the record, or -1 (its wordings are new). */
export function recordIndexOf(record: MatchRecord, wordings: readonly string[]): Int32Array {
  const indexOf = new Map<string, number>();
  record.wordings.forEach((wording, index) => indexOf.set(wording, index));
  return Int32Array.from(wordings, (wording) => indexOf.get(wording) ?? -1);
}

/** Whether a stored value is a record that can be read without a wrong index (a damaged or foreign one is not). */
export function isMatchRecord(value: unknown): value is MatchRecord {
  if (value === null || typeof value !== 'object') return false;
  const { wordings, tokens, indexKeys, scores, candidates, rankings } = value as Partial<MatchRecord>;
  return (
    Array.isArray(wordings) &&
    wordings.every((wording) => typeof wording === 'string') &&
    isKeptTokens(tokens, wordings.length) &&
    isKeptKeys(indexKeys, tokens.keys.length) &&
    ownKeysAgree(tokens, indexKeys) &&
    isKeptScores(scores, wordings.length) &&
    isKeptCandidates(candidates, scores.others.length) &&
    isKeptRankings(rankings, wordings.length)
  );
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
  // Every pair was found by one of its questions at least.
  return typeof mergeScore === 'number' && finders instanceof Uint8Array && finders.length === pairs && finders.every((found) => found >= 1 && found <= 3);
}
