/**
 * Deduplication stage: merge questions that ask the same thing, keep every
 * source's words. Entry: `dedupe(questions, options)`.
 */
export {
  dedupe,
  DEFAULT_THRESHOLDS,
  type DecisionSide,
  type DedupeOptions,
  type DedupeResult,
  type DedupeThresholds,
  type MergeDecision,
  type Verdict,
} from './dedupe.js';
export type { DedupeOverrides } from './overrides.js';
