/**
 * Follow-ups that name no subject (`장단점은?`, "What are its pros and cons?") merge only with
 * follow-ups of the same subject, in whichever language either is worded; of two subjects, they
 * stay two questions, each with its own answer.
 */
import { describe, expect, it } from 'vitest';
import { wordingText } from '../../src/wording/plain-wording.js';
import { dedupe } from '../../src/dedupe/index.js';
import { readNote } from '../helpers/read-note.js';

const NOTES: Array<[file: string, text: string]> = [
  ['en.md', '## What is an SVM?\nA max-margin classifier.\n\n### What are its pros and cons?\nStrong in high dimensions.\n\n## What is a random forest?\nBagged trees.\n\n### What are the pros and cons?\nEasy to tune.\n'],
  ['svm.txt', '1. SVM이란?\n→ 마진을 최대화하는 분류기.\n1-1. 장단점은?\n→ 고차원에서 강하다.\n1-2. 시간 복잡도는?\n→ O(n^2).\n'],
  ['rf.txt', '1. 랜덤 포레스트란?\n→ 배깅한 결정 트리의 앙상블.\n1-1. 장단점은?\n→ 튜닝이 쉽다.\n1-2. 시간 복잡도는?\n→ O(T n log n).\n'],
];

function merged() {
  return dedupe(NOTES.flatMap(([file, text]) => readNote(text, file).questions));
}

describe('follow-ups that name no subject', () => {
  it('merge with those of the same subject and stay apart from those of another, no answer lost', () => {
    const { questions } = merged();
    const shown = questions.map((q) => ({ about: q.about, places: q.occurrences.map((o) => `${o.file}:${o.line}`), answer: q.answer?.text }));
    expect(shown).toEqual([
      { about: undefined, places: ['en.md:1', 'svm.txt:1'], answer: 'A max-margin classifier.' },
      { about: 'What is an SVM?', places: ['en.md:4', 'svm.txt:3'], answer: 'Strong in high dimensions.' },
      // The most complete answer of the two.
      { about: undefined, places: ['en.md:7', 'rf.txt:1'], answer: '배깅한 결정 트리의 앙상블.' },
      { about: 'What is a random forest?', places: ['en.md:10', 'rf.txt:3'], answer: 'Easy to tune.' },
      { about: '랜덤 포레스트란?', places: ['rf.txt:5'], answer: 'O(T n log n).' },
      { about: 'SVM이란?', places: ['svm.txt:5'], answer: 'O(n^2).' },
    ]);
  });

  it('that ask what their subject does ("Why does it help?") stay apart under two subjects, each with its answer', () => {
    const note = '## What is dropout?\nRandomly zeroes activations.\n\nFollow-up: Why does it help?\n\nIt prevents co-adaptation.\n\n## What is batch normalization?\nNormalises over the batch.\n\nFollow-up: Why does it help?\n\nIt smooths the loss landscape.\n';
    const { questions } = dedupe(readNote(note, 'notes.md').questions);
    expect(questions.map((q) => [q.question, q.about, q.answer?.text])).toEqual([
      ['What is dropout?', undefined, 'Randomly zeroes activations.'],
      ['Why does it help?', 'What is dropout?', 'It prevents co-adaptation.'],
      ['What is batch normalization?', undefined, 'Normalises over the batch.'],
      ['Why does it help?', 'What is batch normalization?', 'It smooths the loss landscape.'],
    ]);
  });

  it('merge where their subjects, worded apart, would merge (L2 정규화란? and What is L2 regularization?)', () => {
    const { questions } = dedupe([
      ...readNote('## What is L2 regularization?\nPenalises squared weights.\n\n### What are its pros and cons?\nSmooth; no sparsity.\n\n## What is the Adam optimizer?\nAdaptive moments.\n\n### What are its drawbacks?\nMay generalise worse.\n', 'en.md').questions,
      ...readNote('1. L2 정규화란?\n→ 가중치 제곱에 벌점.\n1-1. 장단점은?\n→ 매끄럽지만 희소하지 않다.\n2. What is Adam?\n→ Adaptive moments.\n2-1. What are the drawbacks?\n→ Worse generalisation.\n', 'ko.txt').questions,
    ]);
    expect(questions.map((q) => q.occurrences.map((o) => `${o.file}:${o.line}`))).toEqual([
      ['en.md:1', 'ko.txt:1'],
      ['en.md:4', 'ko.txt:3'],
      ['en.md:7', 'ko.txt:5'],
      ['en.md:10', 'ko.txt:7'],
    ]);
  });

  it('are told apart in overrides by their subject, as the deck shows it (SVM이란? › 시간 복잡도는?); the wording alone names both', () => {
    const questions = NOTES.flatMap(([file, text]) => readNote(text, file).questions);
    // The places of the questions that hold the two time complexities (svm.txt:5, rf.txt:5).
    const placesOf = (merge: string[][]) =>
      dedupe(questions, { overrides: { merge } })
        .questions.map((q) => q.occurrences.map((o) => `${o.file}:${o.line}`))
        .filter((places) => places.includes('svm.txt:5') || places.includes('rf.txt:5'));
    expect(placesOf([])).toEqual([['rf.txt:5'], ['svm.txt:5']]);
    // Forced together with the random forest's pros and cons: only the forest's time complexity, named after its subject.
    expect(placesOf([['랜덤 포레스트란?  ›  시간 복잡도는?', 'What is a random forest? › What are the pros and cons?']])).toEqual([['en.md:10', 'rf.txt:5'], ['svm.txt:5']]);
    // Named by the wording alone, both time complexities are named.
    expect(placesOf([['시간 복잡도는?', 'What is a random forest? › What are the pros and cons?']])).toEqual([['en.md:10', 'rf.txt:5', 'svm.txt:5']]);
  });

  it('are named in overrides as the sheet\'s bookmarks show them, a subject\'s formula as its TeX (L_2 정규화란? › 장단점은?)', () => {
    const questions = [
      ...readNote('\\(L_2\\) 정규화란?\n가중치 제곱합을 벌한다.\n장단점은?\n과적합을 줄이지만 희소하지 않다.\n', 'l2.txt').questions,
      ...readNote('\\(L_1\\) 정규화란?\n가중치 절댓값 합을 벌한다.\n장단점은?\n희소해진다.\n', 'l1.txt').questions,
    ];
    // The build passes the sheet's reading of a wording when there are overrides.
    const apart = (keepApart: string[][]) => dedupe(questions, { overrides: { keepApart }, plainWording: wordingText }).diagnostics.map((note) => note.message);
    expect(questions.map((q) => q.about ?? null)).toEqual([null, '\\(L_2\\) 정규화란?', null, '\\(L_1\\) 정규화란?']);
    // Both forms name the follow-up: as written, and as the bookmark shows it; a name of no question is reported.
    expect(apart([['L_2 정규화란? › 장단점은?', '\\(L_1\\) 정규화란? › 장단점은?']])).toEqual([]);
    expect(apart([['L_3 정규화란? › 장단점은?', 'L_1 정규화란? › 장단점은?']])).toHaveLength(1);
  });

  it('are logged as kept apart, naming the two questions they follow up', () => {
    const apart = merged().decisions.filter((decision) => decision.a.question === '시간 복잡도는?' && decision.b.question === '시간 복잡도는?');
    expect(apart.map((decision) => [decision.verdict, decision.reason])).toEqual([['kept-apart', 'they follow up different questions: "랜덤 포레스트란?" and "SVM이란?"']]);
  });
});
