/**
 * Wordings that share an id but differ in their symbols are different
 * questions: "What is C++?", "What is C#?" and "What is C?" normalise alike
 * (question-id.ts), and so do P(A|B) and P(A, B). Each such variant becomes
 * a question of its own with an id of its own, and the merge keeps the
 * variants apart (dedupe.ts), however alike their words.
 *
 * One variant keeps the shared id, so that the id a build gave before
 * variants were told apart stays with a question: the variant without
 * symbols ("What is C?"), else the one found first (file, line). The others
 * take `symbolVariantId`, a hash of the wording with its symbols; one whose
 * variant id the previous build gave keeps it, whatever else is found since.
 */
import type { Question } from '../schema/question-bank.js';
import { hasMeaningfulSymbol, symbolForm, symbolVariantId } from '../normalise/question-id.js';
import { byPlace, firstPlace } from './merge.js';

/** What a question's id was made from, as far as a question keeps it: its wording and translations. */
function wordingOf(question: Question): string {
  const { en = '', ko = '' } = question.translations ?? {};
  return `${question.question}\n${en}\n${ko}`;
}

interface Variant {
  form: string;
  questions: Question[];
  /** Its own id, were it told apart. */
  own: string;
}

/** Questions of one symbol form and the id they get. */
export interface SymbolVariant {
  id: string;
  /** As given: their `id` is still the shared one. */
  questions: Question[];
}

/**
 * Questions of one id, grouped by symbol form, each group with its id: the group that keeps the
 * shared id first. A single form keeps its own id too when the previous build gave it that id (the
 * variant that had the shared id is no longer asked).
 */
export function symbolVariants(sameId: readonly Question[], previousIds: ReadonlySet<string> = new Set()): SymbolVariant[] {
  const shared = sameId[0]?.id ?? '';
  if (!sameId.some((question) => hasMeaningfulSymbol(wordingOf(question)))) return [{ id: shared, questions: [...sameId] }];
  const byForm = new Map<string, Question[]>();
  for (const question of sameId) {
    const form = symbolForm(wordingOf(question));
    const group = byForm.get(form);
    if (group) group.push(question);
    else byForm.set(form, [question]);
  }
  const variants: Variant[] = [...byForm].map(([form, questions]) => ({ form, questions, own: symbolVariantId(wordingOf(questions[0]!)) }));
  const firstFound = (variant: Variant) => variant.questions.map(firstPlace).sort(byPlace)[0]!;
  // The previous build told these apart already: they keep their own ids and do not take the shared one.
  const keepingOwn = variants.filter((variant) => previousIds.has(variant.own));
  const contenders = variants
    .filter((variant) => !previousIds.has(variant.own))
    .sort(
      (a, b) =>
        Number(hasMeaningfulSymbol(a.form)) - Number(hasMeaningfulSymbol(b.form)) ||
        byPlace(firstFound(a), firstFound(b)) ||
        (a.form < b.form ? -1 : a.form > b.form ? 1 : 0),
    );
  return [
    ...contenders.slice(0, 1).map((variant) => ({ id: shared, questions: variant.questions })),
    ...[...contenders.slice(1), ...keepingOwn].map((variant) => ({ id: variant.own, questions: variant.questions })),
  ];
}

/** The question with `id` (a copy, unless it has it). */
export function withId(question: Question, id: string): Question {
  return question.id === id ? question : { ...question, id };
}

/**
 * The questions, in order, each with the id of its symbol variant: what an unmerged bank
 * (`--no-dedupe`) needs, where one id may repeat only for one wording asked in several places.
 */
export function withSymbolVariantIds(questions: readonly Question[], previousIds?: ReadonlySet<string>): Question[] {
  const byId = new Map<string, Question[]>();
  for (const question of questions) {
    const group = byId.get(question.id);
    if (group) group.push(question);
    else byId.set(question.id, [question]);
  }
  const renamed = new Map<Question, Question>();
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const { id, questions: variant } of symbolVariants(group, previousIds)) {
      for (const question of variant) if (question.id !== id) renamed.set(question, withId(question, id));
    }
  }
  return renamed.size === 0 ? [...questions] : questions.map((question) => renamed.get(question) ?? question);
}
