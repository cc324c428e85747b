/**
 * Which wordings ask about something they do not name: the follow-ups that need the question
 * before them (normalise/asked-about.ts), and the questions that only look like them.
 */
import { describe, expect, it } from 'vitest';
import { namesNoSubject } from '../../src/wording/names-no-subject.js';

describe('namesNoSubject', () => {
  it('reads a follow-up that points back, or asks only for a facet, as naming no subject', () => {
    for (const wording of [
      'What are its pros and cons?',
      'What are the pros and cons?',
      "What's the time complexity?",
      'How does it work?',
      'When would you use it?',
      'Why does this happen?',
      'What is the difference?',
      'Can you give an example?',
      'Pros/cons?',
      // A note's shorthand: facets alone, no question word.
      'Time complexity?',
      'Assumptions?',
      'Why?',
      'How so?',
      '장단점은?',
      '시간 복잡도는?',
      '그 이유는?',
      '어떤 단점이 있나요?',
      '어떻게 동작하나요?',
      '왜?',
      // What a subject does, asked of the one before.
      'Why does it help?',
      'What problem does it solve?',
      'When does it fail?',
      'Does it scale?',
    ]) {
      expect(namesNoSubject(wording), wording).toBe(true);
    }
  });

  it('reads a wording that names anything besides, or defines the facet itself, as naming its subject', () => {
    for (const wording of [
      'What is an SVM?',
      'SVM이란?',
      'SVM의 장단점은?',
      'What is the difference between L1 and L2?',
      'What is dropout and why does it work?',
      // A facet defined: no word points back to anything said before.
      'What is time complexity?',
      'What is a hyperparameter?',
      '시간 복잡도란?',
      'Time complexity of quicksort?',
      '什么是过拟合?',
      'Why does dropout help?',
    ]) {
      expect(namesNoSubject(wording), wording).toBe(false);
    }
  });

  it('reads a wording that is only a condition as naming no subject, whatever it names: it asks what becomes of the question before under it', () => {
    for (const wording of ['What if the batch size is 1?', 'And if the data is imbalanced?', 'If the classes are balanced?', '배치 크기가 1이면요?', '데이터가 적다면?', '그럼 학습률이 너무 크면?']) {
      expect(namesNoSubject(wording), wording).toBe(true);
    }
    // A condition that goes on to ask, a question that only holds one, a noun that ends in 면, or a request put as a
    // condition, names its subject.
    for (const wording of ['If you had to pick one, which would you choose?', 'What happens if the learning rate is too high?', '배치가 작으면 왜 안 좋나요?', '결정 경계의 어느 측면?', '면접은 비대면?', 'Gradient Descent에 대해서 쉽게 설명한다면?', '한 문장으로 요약하면?']) {
      expect(namesNoSubject(wording), wording).toBe(false);
    }
  });

  it("takes a question to the reader, or a flashcard's lone word, for one with a subject of its own", () => {
    for (const wording of ['What are your strengths and weaknesses?', '본인의 장단점은?', 'Tell me about yourself.', 'What do you like to do?', 'Mean']) {
      expect(namesNoSubject(wording), wording).toBe(false);
    }
  });
});
