/**
 * One question from a cluster of duplicates, losing nothing a source said:
 * every occurrence stays with its own wording and answer; the canonical
 * wording and the primary answer follow the rules in canonical.ts.
 *
 * - id: with `previousIds` (the ids of the previous build), a cluster that
 *   holds a previous id keeps it (the canonical member's id when it is a
 *   previous one, else the smallest previous id), so a new source adding an
 *   occurrence never changes an id. Without a previous id: the id of the
 *   canonical wording, a hash of its normalised text like every id.
 * - topic: the most common topic among the occurrences (ties: the earliest
 *   occurrence), a glossary's title only when no occurrence has another;
 *   tags: all tags, first seen first.
 * - flags: `no-answer` only when no member has an answer; otherwise the
 *   flags of the member whose answer is primary (they describe that answer).
 * - translations: the canonical member's, completed from other members
 *   whose wording is in the other language (a Korean wording becomes
 *   `translations.ko` of an English question). A second wording in the
 *   question's own language is no translation: it stays an occurrence, as
 *   two English wordings do; nor does a question worded in both languages
 *   take one from the others.
 * - context (what the question shows): the first ranked member's that has one.
 * - about (what a follow-up asks about): the same way, the first ranked member's that has one.
 * - lang: the merged question's, by the rule for any question (see
 *   normalise/language.ts): the language of its wording, `mixed` when a
 *   translation or the primary answer is in the other language. Not the
 *   members' languages, which describe their own answers.
 */
import { Flag as FlagSchema, type Answer, type Flag, type Language, type Occurrence, type Question, type Translations } from '../schema/question-bank.js';
import { languageOf, questionLanguage, translatedLanguage } from '../normalise/language.js';
import { mostCompleteAnswer } from './canonical.js';
import { namesGlossary } from '../wording/glossary-titles.js';

/** Questions with one id (the same normalised text). */
export type ClusterMember = readonly Question[];

const FLAG_ORDER: readonly Flag[] = FlagSchema.options;

export function byPlace(a: Occurrence, b: Occurrence): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.question < b.question ? -1 : a.question > b.question ? 1 : 0);
}

/** Where a question was first found (file '' and line 0 if it has no occurrence, which the schema forbids). */
export function firstPlace(question: Question): Occurrence {
  if (question.occurrences.length === 1) return question.occurrences[0]!;
  return [...question.occurrences].sort(byPlace)[0] ?? { file: '', line: 0, question: question.question, topic: null, answer: null };
}

function mergedLanguage(question: string, translations: Translations, answer: Answer | null, flags: readonly Flag[]): Language {
  return translatedLanguage(questionLanguage(question, answer, flags), translations);
}

/**
 * The topic most occurrences have. A glossary's title (`Key Terms`, `용어 정리`: a term's topic when it was read as a
 * glossary's card) says how a note lists its terms, not what they are about: it is taken only when no occurrence has
 * another topic (`What is dropout?` under `Regularization` and a glossary's `드롭아웃` are of `Regularization`).
 */
function mostCommonTopic(occurrences: readonly Occurrence[], fallback: string | null): string | null {
  const counts = new Map<string, number>();
  for (const { topic } of occurrences) if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  // One topic (most questions): it is the topic, glossary or not.
  if (counts.size === 1) return counts.keys().next().value!;
  let best: string | null = null;
  let bestCount = 0;
  let bestNamesGlossary = true;
  // Map iteration follows first appearance, and occurrences are sorted by place: ties go to the earliest.
  for (const [topic, count] of counts) {
    const glossary = namesGlossary(topic);
    if (best === null || (bestNamesGlossary && !glossary) || (glossary === bestNamesGlossary && count > bestCount)) {
      best = topic;
      bestCount = count;
      bestNamesGlossary = glossary;
    }
  }
  return best ?? fallback;
}

/**
 * The language a wording is written in. Not `lang`, which an answer in the other language makes
 * `mixed`: a Korean wording with an English answer is still a Korean wording.
 */
function wordingLanguage(text: string): Exclude<Language, 'mixed'> | undefined {
  const language = languageOf(text);
  return language === 'mixed' ? undefined : language;
}

function mergedTranslations(ranked: readonly Question[]): Translations {
  const canonical = ranked[0]!;
  const translations: Translations = { ...canonical.translations };
  const own = wordingLanguage(canonical.question);
  if (own === undefined) return translations;
  for (const question of ranked) {
    const written = wordingLanguage(question.question);
    const offers: Array<['en' | 'ko', string | undefined]> = [
      ['en', written === 'en' ? question.question : question.translations?.en],
      ['ko', written === 'ko' ? question.question : question.translations?.ko],
    ];
    for (const [language, text] of offers) {
      if (text === undefined || language === own || translations[language] !== undefined) continue;
      translations[language] = text;
    }
  }
  return translations;
}

/** The question of a cluster whose members are ranked (`rankWordings`), clearest wording first. */
export function mergeCluster(rankedMembers: readonly ClusterMember[], previousIds: ReadonlySet<string>): Question {
  // A question found once stays as extraction made it (most questions, in a large bank).
  if (rankedMembers.length === 1 && rankedMembers[0]!.length === 1) return { ...rankedMembers[0]![0]!, related: [] };
  const canonical = rankedMembers[0]![0]!;
  const all = rankedMembers.flat();

  const previous = all.map((q) => q.id).filter((id) => previousIds.has(id)).sort();
  const id = previousIds.has(canonical.id) ? canonical.id : (previous[0] ?? canonical.id);

  // Sorted by place, a repeat of one place (file, line and wording) comes right after the first.
  const occurrences: Occurrence[] = [];
  for (const occurrence of all.flatMap((q) => q.occurrences).sort(byPlace)) {
    const last = occurrences[occurrences.length - 1];
    if (last && byPlace(last, occurrence) === 0) continue;
    occurrences.push(occurrence);
  }

  const primary = mostCompleteAnswer(
    all.flatMap((question) => {
      const first = firstPlace(question);
      return question.answer === null
        ? []
        : [{ answer: question.answer, flags: question.flags, file: first.file, line: first.line, id: question.id, question }];
    }),
  );
  const flagSet = new Set<Flag>(primary ? primary.question.flags.filter((f) => f !== 'no-answer') : ['no-answer']);
  const flags = FLAG_ORDER.filter((flag) => flagSet.has(flag));

  const tags: string[] = [];
  for (const question of [...all].sort((a, b) => byPlace(firstPlace(a), firstPlace(b)))) {
    for (const tag of question.tags) if (!tags.includes(tag)) tags.push(tag);
  }

  const translations = mergedTranslations(rankedMembers.map((member) => member[0]!));
  const answer = primary?.answer ?? null;
  // The options the answer was written for (it names them by their labels); else the clearest wording's.
  const choices = primary?.question.choices.length ? primary.question.choices : (all.find((question) => question.choices.length > 0)?.choices ?? []);
  // What the question shows goes with its wording: the clearest wording's, or the next that shows something.
  const context = all.find((question) => question.context !== undefined)?.context;
  // So does what a follow-up asks about: members have one subject, perhaps worded in two languages (comparison.ts).
  const about = all.find((question) => question.about !== undefined)?.about;
  return {
    id,
    question: canonical.question,
    translations,
    choices,
    ...(context ? { context } : {}),
    ...(about !== undefined ? { about } : {}),
    answer,
    topic: mostCommonTopic(occurrences, canonical.topic),
    tags,
    lang: mergedLanguage(canonical.question, translations, answer, flags),
    kind: canonical.kind,
    flags,
    related: [],
    occurrences,
  };
}
