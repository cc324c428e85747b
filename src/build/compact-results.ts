/**
 * A smaller stored form of questions and merge decisions, for the cache.
 *
 * In memory an occurrence's answer is usually the very object that is the
 * question's answer, and a merge decision's sides are shared by many
 * decisions; JSON would write each of them out again every time (the cache
 * entries were about twice as large, and took twice as long to read, as
 * they need to). Packing writes a shared answer once and each side once;
 * unpacking restores the same sharing, so unpacked results are
 * indistinguishable from the originals.
 */
import type { Question } from '../schema/question-bank.js';
import type { DecisionSide, MergeDecision } from '../dedupe/index.js';

/** Stands for "the question's own answer" in a packed occurrence (an answer is an object or null, never a string). */
const SAME_ANSWER = '=';

export function packQuestions(questions: readonly Question[]): unknown[] {
  return questions.map((question) =>
    question.answer === null || !question.occurrences.some((occurrence) => occurrence.answer === question.answer)
      ? question
      : {
          ...question,
          occurrences: question.occurrences.map((occurrence) =>
            occurrence.answer === question.answer ? { ...occurrence, answer: SAME_ANSWER } : occurrence,
          ),
        },
  );
}

export function unpackQuestions(packed: readonly unknown[]): Question[] {
  return (packed as Question[]).map((question) => {
    if (!question.occurrences.some((occurrence) => (occurrence.answer as unknown) === SAME_ANSWER)) return question;
    for (const occurrence of question.occurrences) {
      if ((occurrence.answer as unknown) === SAME_ANSWER) occurrence.answer = question.answer;
    }
    return question;
  });
}

export interface PackedDecisions {
  sides: DecisionSide[];
  decisions: unknown[];
}

export function packDecisions(decisions: readonly MergeDecision[]): PackedDecisions {
  const sides: DecisionSide[] = [];
  const index = new Map<string, number>();
  const sideIndex = (side: DecisionSide): number => {
    const key = JSON.stringify(side);
    let found = index.get(key);
    if (found === undefined) {
      found = sides.push(side) - 1;
      index.set(key, found);
    }
    return found;
  };
  return { sides, decisions: decisions.map((decision) => ({ ...decision, a: sideIndex(decision.a), b: sideIndex(decision.b) })) };
}

export function unpackDecisions(packed: PackedDecisions): MergeDecision[] {
  return packed.decisions.map((decision) => {
    const entry = decision as Omit<MergeDecision, 'a' | 'b'> & { a: number; b: number };
    return { ...entry, a: packed.sides[entry.a]!, b: packed.sides[entry.b]! };
  });
}

export function isPackedDecisions(value: unknown): value is PackedDecisions {
  return (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as PackedDecisions).sides) &&
    Array.isArray((value as PackedDecisions).decisions)
  );
}
