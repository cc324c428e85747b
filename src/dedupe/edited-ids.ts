/**
 * A question edited between two builds (a typo mended, a word changed) is still the question the learner
 * has been studying: it keeps the id it had, so that its Anki note is updated, review history and all,
 * instead of being left behind beside a new one. The same holds for a merged question whose id came
 * from a wording that is no longer asked (the note that asked it deleted): its other wordings still ask it.
 *
 * An id is a hash of a wording (normalise/question-id.ts), so such a question comes out of the merge
 * with a new id while its old one is made by no question. Each question whose id the previous build
 * did not have is compared with each previous question whose id no question has now, as the merge
 * compares wordings (fingerprint.ts, candidates.ts): a pair that would merge (at least the merge
 * score, and `mayBeOneQuestion`: the same kind, showing the same thing, following up the same subject) is the same question, and the new one takes the old
 * id, the most similar pair first, each old id once. The ids other questions relate to follow.
 *
 * The previous build is the last questions.json written to the output folder, as for merged questions'
 * ids: the same notes after the same previous build give the same ids.
 */
import type { Question } from '../schema/question-bank.js';
import { candidatePairs } from './candidates.js';
import { mayBeOneQuestion } from './comparison.js';
import { compareText } from './dedupe.js';
import { fingerprint, similarityIn } from './fingerprint.js';
import { TEMPLATE_WORDS } from './lexicon.js';
import { isTypo } from './spelling.js';
import { TokenTable } from './token-table.js';
import { withoutRatingLabels } from '../wording/rating-labels.js';
import { QUESTION_MARKS } from '../wording/marks.js';

/** The question without the rating labels at its wording's head and end (wording/rating-labels.ts). */
function unrated(question: Question): Question {
  const { wording } = withoutRatingLabels(question.question);
  return wording === question.question ? question : { ...question, question: wording };
}

/**
 * `questions` with each edited question given the id it had: `previousIds` are every id of the previous
 * build, `previous` its questions whose ids `questions` lack (or more of them). The same array when none
 * was edited.
 */
export function keepEditedIds(questions: Question[], previousIds: ReadonlySet<string>, previous: readonly Question[], mergeScore: number): Question[] {
  const now = new Set(questions.map((question) => question.id));
  // Compared as this build words them: without the rating labels an earlier build may have left in (`[M] …`).
  const gone = previous.filter((question) => !now.has(question.id) && previousIds.has(question.id)).map(unrated);
  const fresh = questions.filter((question) => !previousIds.has(question.id));
  if (gone.length === 0 || fresh.length === 0) return questions;

  const compared = [...fresh, ...gone];
  const table = new TokenTable(compared.map((question) => fingerprint(question)));
  const { start, others } = candidatePairs(table, mergeScore);
  const matches: Array<{ fresh: number; gone: number; score: number }> = [];
  for (let a = 0; a < fresh.length; a++) {
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const b = others[k]!;
      if (b < fresh.length || !mayBeOneQuestion(compared[a]!, compared[b]!, mergeScore)) continue;
      const score = similarityIn(table, a, b, mergeScore);
      if (score >= mergeScore) matches.push({ fresh: a, gone: b - fresh.length, score });
    }
  }
  // A typo mended in a word of the question's frame (`Waht is …`, `Explian …`, `the diference between …`), the rest
  // of the wording the same: the question it was, whatever it scores (the merge weighs those words little).
  for (const { fresh: a, gone: b } of typoEdits(fresh, gone)) {
    if (mayBeOneQuestion(compared[a]!, compared[fresh.length + b]!, mergeScore)) matches.push({ fresh: a, gone: b, score: 1 });
  }
  if (matches.length === 0) return questions;
  // Most similar first; ties by the ids, so the order the pairs were found in does not count.
  matches.sort((p, q) => q.score - p.score || compareText(fresh[p.fresh]!.id, fresh[q.fresh]!.id) || compareText(gone[p.gone]!.id, gone[q.gone]!.id));
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const match of matches) {
    const from = fresh[match.fresh]!.id;
    const to = gone[match.gone]!.id;
    if (renamed.has(from) || taken.has(to)) continue;
    renamed.set(from, to);
    taken.add(to);
  }
  return questions.map((question) => {
    const id = renamed.get(question.id);
    const related = question.related.some((other) => renamed.has(other)) ? question.related.map((other) => renamed.get(other) ?? other) : question.related;
    return id === undefined && related === question.related ? question : { ...question, id: id ?? question.id, related };
  });
}

/** White space and the marks around words. */
const WORD_BREAK = new RegExp(String.raw`[\s.,;:!${QUESTION_MARKS}。，、()"'“”‘’\x60*_]+`, 'u');

/** A wording's words, lower-cased, as typed: split at white space and at the marks around them. */
function wordsOf(wording: string): string[] {
  return wording.toLowerCase().split(WORD_BREAK).filter((word) => word !== '');
}

/**
 * A typo (isTypo) in a word of a question's frame (`waht` / `what`, `explian` / `explain`, `diference` / `difference`:
 * TEMPLATE_WORDS), which the merge weighs little. A content word one letter from another is another subject (`trie` /
 * `tree`, `sharding` / `sharing`), and a typo in one the merge reads as a spelling slip already.
 */
function isFrameTypo(one: string, other: string): boolean {
  return (TEMPLATE_WORDS.has(one) || TEMPLATE_WORDS.has(other)) && isTypo(one, other);
}

/**
 * The pairs of a fresh question and a gone one whose wordings differ in one word only, by a typo in its frame (isFrameTypo). Found
 * through keys of each wording with one of its words left out: each pair that shares one is compared once.
 */
function typoEdits(fresh: readonly Question[], gone: readonly Question[]): Array<{ fresh: number; gone: number }> {
  const keys = (words: readonly string[]) => words.map((_, k) => `${k}\0${[...words.slice(0, k), '', ...words.slice(k + 1)].join(' ')}`);
  const goneWords = gone.map((question) => wordsOf(question.question));
  const byKey = new Map<string, number[]>();
  goneWords.forEach((words, b) => {
    for (const key of keys(words)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(b);
  });
  const found: Array<{ fresh: number; gone: number }> = [];
  fresh.forEach((question, a) => {
    const words = wordsOf(question.question);
    keys(words).forEach((key, k) => {
      for (const b of byKey.get(key) ?? []) if (isFrameTypo(words[k]!, goneWords[b]![k]!)) found.push({ fresh: a, gone: b });
    });
  });
  return found;
}

