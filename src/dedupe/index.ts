/**
 * Deduplication stage: merge questions that ask the same thing, keep every
 * source's words. Entry: `dedupe(questions, options)`; `Deduplication` runs
 * it in two steps, so that a build can keep the costly one (matching.ts).
 */
export {
  dedupe,
  Deduplication,
  DEFAULT_THRESHOLDS,
  type DecisionSide,
  type DedupeOptions,
  type DedupeResult,
  type DedupeThresholds,
  type MergeDecision,
  type ReuseMerged,
  type Verdict,
} from './dedupe.js';
export type { DedupeOverrides } from './overrides.js';
export { isMatching, pairAt, type MatchedPair, type MatchedPairs, type Matching } from './matching.js';
export { isMatchRecord, recordSize, type KeptWordings, type MatchRecord } from './match-record.js';
export { RankingRecall } from './kept-rankings.js';
