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

  it("takes a question to the reader, or a flashcard's lone word, for one with a subject of its own", () => {
    for (const wording of ['What are your strengths and weaknesses?', '본인의 장단점은?', 'Tell me about yourself.', 'What do you like to do?', 'Mean']) {
      expect(namesNoSubject(wording), wording).toBe(false);
    }
  });
});
