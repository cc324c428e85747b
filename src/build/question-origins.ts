/**
 * What each question of a bank was made from, as one key per question: the
 * same key, the same question. An exporter may then reuse what it wrote for
 * a question of the same key last time (json-texts.ts), without reading the
 * question to find out.
 *
 * A bank's question is made from questions read from files (a file's
 * result is named by its result key, read-sources.ts: the same key, the same
 * result) and, merged, gets an id and related ids, which depend on other
 * clusters. A merged question holds the very occurrence objects of the
 * questions it was made from (every one, except a repeat of the same place,
 * which came from the same file), so its occurrences name its inputs, and
 * its key is their origins, its id and its related ids, written out (a key
 * is made for every question of every build that exports JSON: hashing them
 * cost more than the longer keys do).
 *
 * Keys assume the code of the build that made them: a memo of what was
 * written with them must be versioned by it. The merge options need not be
 * part of that: they decide which questions merge and their ids and related
 * ids, all of which the key holds.
 */
import type { Occurrence, Question } from '../schema/question-bank.js';
import type { SourceQuestions } from './source-questions.js';

export class QuestionOrigins {
  /** Per occurrence read: its file's result key, its question's position there, its own. Made when first asked (a build whose exports are all remembered never asks). */
  private originOf: Map<Occurrence, string> | undefined;

  constructor(
    private readonly results: readonly SourceQuestions[],
    private readonly resultKeys: readonly string[],
  ) {}

  /** The question's key; undefined when one of its occurrences is not one that was read. */
  keyOf(question: Question): string | undefined {
    const originOf = (this.originOf ??= this.origins());
    let key = `${question.id} ${question.related.join(',')}`;
    for (const occurrence of question.occurrences) {
      const origin = originOf.get(occurrence);
      if (origin === undefined) return undefined;
      key += ` ${origin}`;
    }
    return key;
  }

  private origins(): Map<Occurrence, string> {
    const originOf = new Map<Occurrence, string>();
    this.results.forEach((result, file) => {
      // 96 bits of a sha256 tell a file's results apart.
      const fileKey = this.resultKeys[file]!.slice(0, 24);
      result.questions.forEach((question, index) => {
        question.occurrences.forEach((occurrence, k) => originOf.set(occurrence, `${fileKey}:${index}:${k}`));
      });
    });
    return originOf;
  }
}
