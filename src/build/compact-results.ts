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
 *
 * Merged questions go further: their occurrences and primary answer are the
 * very objects of the questions that went into the merge, which are in memory
 * again whenever a stored merge is reused (same inputs). They are stored as
 * positions among those inputs' occurrences; a question found once, which the
 * merge leaves as it was read but for its related ids (most of a bank), is
 * stored as its position and those ids alone.
 */
import type { Answer, Occurrence, Question } from '../schema/question-bank.js';
import type { DecisionSide, MergeDecision } from '../dedupe/index.js';
import { Interned } from '../dedupe/interned.js';

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
  /** Verdicts and reasons, each written once. */
  words: string[];
  /** `[a, b, score, verdict, reason]` by index; a decision of another shape is kept whole. */
  decisions: unknown[];
}

const DECISION_KEYS = 'a,b,score,verdict,reason';

export function packDecisions(decisions: readonly MergeDecision[]): PackedDecisions {
  // Sides are shared objects (one per question); equal sides that are not
  // the same object are merely written twice.
  const sides = new Interned<DecisionSide>();
  const words = new Interned<string>();
  const packed = decisions.map((decision) =>
    Object.keys(decision).join(',') === DECISION_KEYS
      ? [sides.indexOf(decision.a), sides.indexOf(decision.b), decision.score, words.indexOf(decision.verdict), words.indexOf(decision.reason)]
      : { ...decision, a: sides.indexOf(decision.a), b: sides.indexOf(decision.b) },
  );
  return { sides: sides.items, words: words.items, decisions: packed };
}

export function unpackDecisions(packed: PackedDecisions): MergeDecision[] {
  return packed.decisions.map((entry) => {
    if (Array.isArray(entry)) {
      const [a, b, score, verdict, reason] = entry as [number, number, number, number, number];
      return {
        a: packed.sides[a]!,
        b: packed.sides[b]!,
        score,
        verdict: packed.words[verdict] as MergeDecision['verdict'],
        reason: packed.words[reason]!,
      };
    }
    const decision = entry as Omit<MergeDecision, 'a' | 'b'> & { a: number; b: number };
    return { ...decision, a: packed.sides[decision.a]!, b: packed.sides[decision.b]! };
  });
}

export function isPackedDecisions(value: unknown): value is PackedDecisions {
  return (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as PackedDecisions).sides) &&
    Array.isArray((value as PackedDecisions).words) &&
    Array.isArray((value as PackedDecisions).decisions)
  );
}

/** The occurrences of the questions that went into a merge, in order, and where each object is. */
export class MergeInputs {
  readonly occurrences: Occurrence[] = [];
  /** The question each occurrence belongs to, at the same position. */
  private readonly owners: Question[] = [];
  private readonly occurrenceAt: ReadonlyMap<Occurrence, number>;
  private readonly answerAt = new Map<Answer, number>();

  /**
   * `numbered`: where the caller has it, each occurrence's position among these questions'
   * occurrences in order, an object listed twice at its first (QuestionOrigins.numbering):
   * then it is not made again.
   */
  constructor(questions: readonly Question[], numbered?: ReadonlyMap<Occurrence, number>) {
    const occurrenceAt = numbered ? undefined : new Map<Occurrence, number>();
    for (const question of questions) {
      for (const occurrence of question.occurrences) {
        const index = this.occurrences.push(occurrence) - 1;
        this.owners.push(question);
        if (occurrenceAt && !occurrenceAt.has(occurrence)) occurrenceAt.set(occurrence, index);
        if (occurrence.answer && !this.answerAt.has(occurrence.answer)) this.answerAt.set(occurrence.answer, index);
      }
    }
    this.occurrenceAt = numbered ?? occurrenceAt!;
  }

  /**
   * A merged question with input objects replaced by their positions (a
   * number is never an occurrence or an answer); `{ input, related }` for one
   * that is its only occurrence's question, value for value, but for `related`.
   */
  pack(question: Question): unknown {
    const input = this.unchangedInput(question);
    if (input !== undefined) return { input, related: question.related };
    const answer = question.answer === null ? null : (this.answerAt.get(question.answer) ?? question.answer);
    return {
      ...question,
      answer,
      occurrences: question.occurrences.map((occurrence) => this.occurrenceAt.get(occurrence) ?? occurrence),
    };
  }

  /** The input question of the occurrence at `position`. */
  ownerAt(position: number): Question | undefined {
    return this.owners[position];
  }

  /**
   * Undoes `pack` against the same inputs, or, with `moved` (each old position's new one, -1 for
   * an occurrence no longer read), against the inputs of a later build; undefined when a position
   * does not fit them.
   */
  unpack(packed: unknown, moved?: Int32Array): Question | undefined {
    const at = (position: number) => (moved === undefined ? position : (moved[position] ?? -1));
    if (isInputReference(packed)) {
      const owner = this.owners[at(packed.input)];
      return owner && { ...owner, related: packed.related };
    }
    const question = packed as Omit<Question, 'answer' | 'occurrences'> & { answer: Answer | number | null; occurrences: Array<Occurrence | number> };
    const occurrences: Occurrence[] = [];
    for (const entry of question.occurrences) {
      const occurrence = typeof entry === 'number' ? this.occurrences[at(entry)] : entry;
      if (!occurrence) return undefined;
      occurrences.push(occurrence);
    }
    let answer: Answer | null;
    if (typeof question.answer === 'number') {
      const found = this.occurrences[at(question.answer)]?.answer;
      if (!found) return undefined;
      answer = found;
    } else answer = question.answer;
    return { ...question, answer, occurrences };
  }

  /**
   * A question `pack` gave against the inputs of an earlier build, as `pack` would give it against
   * these: its positions moved (`moved` as for `unpack`, under which the entry unpacks).
   */
  static moved(packed: unknown, moved: Int32Array): unknown {
    if (isInputReference(packed)) return { input: moved[packed.input], related: packed.related };
    const question = packed as { answer: unknown; occurrences: unknown[] };
    const at = (entry: unknown) => (typeof entry === 'number' ? moved[entry] : entry);
    return { ...question, answer: at(question.answer), occurrences: question.occurrences.map(at) };
  }

  /** The position of the question's one occurrence when the question is that occurrence's input question in all but `related`. */
  private unchangedInput(question: Question): number | undefined {
    if (question.occurrences.length !== 1) return undefined;
    const at = this.occurrenceAt.get(question.occurrences[0]!);
    if (at === undefined) return undefined;
    const owner = this.owners[at]!;
    const keys = Object.keys(question);
    if (keys.length !== Object.keys(owner).length) return undefined;
    // Same objects, key by key (the merge copies a question found once): the same JSON.
    return keys.every((key) => key === 'related' || question[key as keyof Question] === owner[key as keyof Question]) ? at : undefined;
  }
}

function isInputReference(value: unknown): value is { input: number; related: string[] } {
  const reference = value as { input?: unknown; related?: unknown } | null;
  return reference !== null && typeof reference === 'object' && Number.isInteger(reference.input) && Array.isArray(reference.related);
}
