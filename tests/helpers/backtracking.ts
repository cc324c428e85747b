/**
 * Whether a pattern can take more than linear time on some input, as recheck (a ReDoS checker)
 * finds by analysing it: its automaton where it can, a seeded fuzzing of V8-like matching where
 * the pattern has lookarounds. Deterministic, unlike timing a long input, which also depends on
 * the machine the tests run on.
 */
import { checkSync } from 'recheck';

export function backtracking(pattern: RegExp): string | undefined {
  const diagnostics = checkSync(pattern.source, pattern.flags);
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'vulnerable') return `${diagnostics.complexity.summary} on ${JSON.stringify(diagnostics.attack.pattern)}`;
  return `not checked: ${diagnostics.error.kind}`;
}
