/**
 * `qbank check --dupes`: every merge and near miss with its score and where
 * each side stands, so a user can review the decisions and write overrides.
 */
import type { MergeDecision } from '../dedupe/index.js';

const LABEL: Record<MergeDecision['verdict'], string> = {
  merged: 'merged',
  'kept-apart': 'kept apart',
  'near-miss': 'near miss',
};

export function formatDecisions(decisions: readonly MergeDecision[]): string[] {
  if (decisions.length === 0) return ['Deduplication: no merges and no near misses.'];
  const merged = decisions.filter((decision) => decision.verdict === 'merged').length;
  const lines = [`Deduplication: ${merged} merges, ${decisions.length - merged} kept apart or near misses:`];
  for (const decision of decisions) {
    lines.push(
      `  ${LABEL[decision.verdict]} (${decision.score.toFixed(2)}; ${decision.reason})`,
      `    ${decision.a.file}:${decision.a.line} [${decision.a.id}] ${decision.a.question}`,
      `    ${decision.b.file}:${decision.b.line} [${decision.b.id}] ${decision.b.question}`,
    );
  }
  return lines;
}
