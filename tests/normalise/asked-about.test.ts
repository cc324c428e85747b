/**
 * What a follow-up that names no subject asks about (`about`): the question before it in its
 * section, or the section's heading; part of its id, so that the same words under two subjects
 * are two questions.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedQuestion } from '../../src/extract/extracted-question.js';
import { askedAbout } from '../../src/normalise/asked-about.js';
import { questionId } from '../../src/normalise/question-id.js';
import { readNote } from '../helpers/read-note.js';

const SVM_NOTE = '1. SVM이란?\n→ 마진을 최대화하는 분류기.\n1-1. 장단점은?\n→ 고차원에서 강하다.\n1-2. 시간 복잡도는?\n→ O(n^2)~O(n^3).\n';
const FOREST_NOTE = '1. 랜덤 포레스트란?\n→ 배깅한 결정 트리의 앙상블.\n1-1. 장단점은?\n→ 튜닝이 쉽다.\n';

describe('about', () => {
  it('is the question before the follow-up, past the other follow-ups between them', () => {
    const { questions } = readNote(SVM_NOTE, 'svm.txt');
    expect(questions.map((q) => [q.question, q.about])).toEqual([
      ['SVM이란?', undefined],
      ['장단점은?', 'SVM이란?'],
      ['시간 복잡도는?', 'SVM이란?'],
    ]);
  });

  it('is the question a follow-up that is only a condition follows up (배치 크기가 1이면요?, What if the batch size is 1?)', () => {
    const { questions } = readNote('1. BN은 추론할 때 어떻게 동작하나요?\n→ 이동 평균을 쓴다.\n→ 꼬리질문: 배치 크기가 1이면요? → LayerNorm을 쓴다.\n\n2. How does BatchNorm behave at inference?\n→ It uses the running statistics.\n→ Follow-up: What if the batch size is 1? → Use LayerNorm.\n', 'review.txt');
    expect(questions.map((q) => [q.question, q.about])).toEqual([
      ['BN은 추론할 때 어떻게 동작하나요?', undefined],
      ['배치 크기가 1이면요?', 'BN은 추론할 때 어떻게 동작하나요?'],
      ['How does BatchNorm behave at inference?', undefined],
      ['What if the batch size is 1?', 'How does BatchNorm behave at inference?'],
    ]);
  });

  it("is the section's heading when no question comes before the follow-up in its section", () => {
    const { questions } = readNote('## What is an SVM?\n\nA classifier.\n\n## Random forest\n\n- What are the pros and cons?\n  - Easy to tune.\n', 'note.md');
    expect(questions.map((q) => [q.question, q.about])).toEqual([
      ['What is an SVM?', undefined],
      ['What are the pros and cons?', 'Random forest'],
    ]);
  });

  it('makes the same wording under two subjects two ids, and leaves the id of a question that names its own alone', () => {
    const svm = readNote(SVM_NOTE, 'svm.txt').questions;
    const forest = readNote(FOREST_NOTE, 'forest.txt').questions;
    const again = readNote(SVM_NOTE.replace('마진을 최대화하는 분류기', '최대 마진 분류기'), 'copy.txt').questions;
    expect(svm[1]!.id).not.toBe(forest[1]!.id);
    expect(again.map((q) => q.id)).toEqual(svm.map((q) => q.id));
    expect(readNote('1. SVM이란?\n→ 분류기.\n', 'alone.txt').questions[0]!.id).toBe(svm[0]!.id);
    // Its id is made of its wording alone, as before questions had subjects.
    expect(svm[0]!.id).toBe(questionId('SVM이란?'));
  });

  it('is left out for a question that asks about what it shows', () => {
    const extracted = (line: number, prompt: string, context?: ExtractedQuestion['context']): ExtractedQuestion => ({
      file: 'note.md',
      line,
      column: 1,
      written: prompt,
      prompt,
      answer: [],
      ...(context ? { context } : {}),
      topic: null,
      construct: 'line',
      coding: false,
    });
    const code = { type: 'code' as const, lang: 'python', value: 'print(1 + 1)' };
    expect(askedAbout([extracted(1, 'What is an SVM?'), extracted(3, 'What is the output?', [code]), extracted(9, 'What is the output?')])).toEqual([
      undefined,
      undefined,
      'What is an SVM?',
    ]);
  });
});
