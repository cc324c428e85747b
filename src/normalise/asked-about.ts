/**
 * What a follow-up asks about when its wording names no subject (wording/names-no-subject.ts):
 * `장단점은?` under `SVM이란?` asks for the SVM's, under `랜덤 포레스트란?` for the random forest's.
 * Without it, the two are one wording, one id, one question, and one of the two answers is lost;
 * and a card that asks "What are its pros and cons?" asks about nothing the learner can see.
 *
 * Its subject is the nearest question before it in its section (the same topic) that names one,
 * skipping the other follow-ups in between (`1-1. 장단점은?`, `1-2. 시간 복잡도는?` are both the
 * SVM's); with none, the section's heading (`## SVM` over `- 장단점은?`). A question that shows
 * something (a plot, a code block) asks about what it shows, and has no other subject; nor is it, worded so, the
 * subject of another.
 */
import type { ExtractedQuestion } from '../extract/extracted-question.js';
import { namesNoSubject } from '../wording/names-no-subject.js';
import { splitBilingual } from './bilingual.js';

/** Per question of one note (in the order given), what it asks about, or undefined when its wording names it. */
export function askedAbout(questions: readonly ExtractedQuestion[]): Array<string | undefined> {
  const namesNone = questions.map((question) => namesNoSubject(question.prompt));
  const asksOfBefore = questions.map((question, i) => namesNone[i]! && (question.context?.length ?? 0) === 0);
  if (!asksOfBefore.includes(true)) return questions.map(() => undefined);
  // Document order: a heading's follow-ups may be given after questions below it.
  const order = questions.map((_, i) => i).sort((i, j) => questions[i]!.line - questions[j]!.line || questions[i]!.column - questions[j]!.column || i - j);
  const about = questions.map((): string | undefined => undefined);
  order.forEach((i, at) => {
    if (!asksOfBefore[i]) return;
    const { topic } = questions[i]!;
    let subject: string | undefined;
    for (let back = at - 1; back >= 0 && subject === undefined; back--) {
      const j = order[back]!;
      if (questions[j]!.topic !== topic) break;
      if (!namesNone[j]) subject = splitBilingual(questions[j]!.prompt).question;
    }
    about[i] = subject ?? topic ?? undefined;
  });
  return about;
}
