/**
 * The marks a question ends with: `?`, the full-width `？` of Chinese, Japanese and Korean input, and the Arabic
 * `؟` (U+061F) of Arabic and Persian notes. One definition (wording/marks.ts) that every reading of "asks" takes,
 * so a note that asks with `؟` is read as one that asks with `?`.
 */
import { describe, expect, it } from 'vitest';
import { endsWithQuestionMark, isInterrogative } from '../../src/wording/interrogative.js';
import { isQuestionMark, QUESTION_MARKS } from '../../src/wording/marks.js';
import { readNote } from '../helpers/read-note.js';

describe('question marks', () => {
  it('are `?`, `？` and the Arabic `؟`', () => {
    expect([...QUESTION_MARKS].every(isQuestionMark)).toBe(true);
    expect(isQuestionMark('؟')).toBe(true);
    expect(isQuestionMark('.')).toBe(false);
    expect(endsWithQuestionMark('ما هو overfitting؟ ')).toBe(true);
    expect(isInterrogative('ما الفرق بين precision و recall؟')).toBe(true);
  });

  it('make an Arabic note’s headings questions, each answered by the text under it', () => {
    const note = readNote('# أسئلة المقابلة\n\n## ما هو overfitting؟\nعندما يحفظ النموذج بيانات التدريب ولا يعمم.\n\n## ما الفرق بين precision و recall؟\nprecision = TP/(TP+FP) بينما recall = TP/(TP+FN).\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['ما هو overfitting؟', 'عندما يحفظ النموذج بيانات التدريب ولا يعمم.'],
      ['ما الفرق بين precision و recall؟', 'precision = TP/(TP+FP) بينما recall = TP/(TP+FN).'],
    ]);
  });

  it('make the lines of a copied Persian text that end in `؟` questions, as `?` lines are', () => {
    const note = readNote('overfitting چیست؟\nوقتی مدل داده‌های آموزش را حفظ می‌کند.\n\nتفاوت bagging و boosting چیست؟\nbagging موازی است و boosting پشت سر هم.\n', 'note.txt');
    expect(note.questions.map((question) => question.question)).toEqual(['overfitting چیست؟', 'تفاوت bagging و boosting چیست؟']);
  });
});
