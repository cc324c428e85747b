/**
 * What each question of a bank was made from, so that an exporter may reuse
 * what it wrote for the same question last time (json-texts.ts) without
 * reading the question to find out.
 *
 * A bank's question is made from questions read from files (a file's result
 * is named by its result key, read-sources.ts: the same key, the same
 * result) and, merged, gets an id and related ids, which depend on other
 * clusters. A merged question holds the very occurrence objects of the
 * questions it was made from (every one, except a repeat of the same place,
 * which came from the same file), so its occurrences name its inputs: the
 * same origins, id and related ids, the same question.
 *
 * An origin is a number: the occurrence's position among every occurrence
 * read, file after file. Numbers are compared where strings would have to be
 * built and hashed for each question of every build; `originsIn` says what
 * each position was in a build that read other files.
 *
 * Origins assume the code of the build that made them: a memo of what was
 * written with them must be versioned by it. The merge options need not be
 * part of that: they decide which questions merge and their ids and related
 * ids, which the memo compares too.
 */
import type { Occurrence, Question } from '../schema/question-bank.js';
import type { SourceQuestions } from './source-questions.js';

/** A file as read by one build: its result key (shortened) and how many occurrences its questions have. */
export interface ReadFile {
  key: string;
  occurrences: number;
}

/** 96 bits of a sha256 tell a file's results apart. */
const FILE_KEY_LENGTH = 24;

export class QuestionOrigins {
  readonly files: readonly ReadFile[];
  /** Per occurrence read, its origin. Made when first asked (a build whose exports are all remembered never asks). */
  private originOf: Map<Occurrence, number> | undefined;

  constructor(
    private readonly results: readonly SourceQuestions[],
    resultKeys: readonly string[],
  ) {
    this.files = results.map((result, file) => ({
      key: resultKeys[file]!.slice(0, FILE_KEY_LENGTH),
      occurrences: result.questions.reduce((sum, question) => sum + question.occurrences.length, 0),
    }));
  }

  /** Appends the origin of each of the question's occurrences to `out`; false when one of them is not an occurrence that was read. */
  originsOf(question: Question, out: number[]): boolean {
    const originOf = this.numbering();
    for (const occurrence of question.occurrences) {
      const origin = originOf.get(occurrence);
      if (origin === undefined) return false;
      out.push(origin);
    }
    return true;
  }

  /**
   * Per origin of this build, the same occurrence's origin in a build that read `earlier` (a file
   * of the same result key has the same occurrences, in the same order), or -1 when no file of
   * that build gave the result its file gives now.
   */
  originsIn(earlier: readonly ReadFile[]): Int32Array {
    const startOf = new Map<string, number>();
    let start = 0;
    for (const file of earlier) {
      if (!startOf.has(file.key)) startOf.set(file.key, start);
      start += file.occurrences;
    }
    const total = this.files.reduce((sum, file) => sum + file.occurrences, 0);
    const then = new Int32Array(total).fill(-1);
    let origin = 0;
    for (const file of this.files) {
      const earlierStart = startOf.get(file.key);
      if (earlierStart !== undefined) for (let k = 0; k < file.occurrences; k++) then[origin + k] = earlierStart + k;
      origin += file.occurrences;
    }
    return then;
  }

  /**
   * Every occurrence read and its origin: its position among the occurrences of the results'
   * questions, in order (the merge numbers its inputs, the same questions, by it: MergeInputs).
   */
  numbering(): ReadonlyMap<Occurrence, number> {
    if (this.originOf) return this.originOf;
    const originOf = new Map<Occurrence, number>();
    let origin = 0;
    for (const result of this.results) {
      for (const question of result.questions) {
        for (const occurrence of question.occurrences) {
          // An object listed twice keeps its first place.
          if (!originOf.has(occurrence)) originOf.set(occurrence, origin);
          origin++;
        }
      }
    }
    return (this.originOf = originOf);
  }
}
