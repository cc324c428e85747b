/**
 * Labels that rate a question (`[중요]`, `【必考】`, `[Easy]`, `(★★★)`) are not
 * its wording: taken off, their words become its tags, and the question
 * merges with the same one asked without them.
 */
import { describe, expect, it } from 'vitest';
import { ratesQuestion, ratingTag, withoutRatingLabels } from '../../src/wording/rating-labels.js';
import { readNote } from '../helpers/read-note.js';

describe("a question's rating labels", () => {
  it("come off its head and end, their words kept as its tags, while the wording as written keeps them", () => {
    const note = readNote(
      '# 면접 질문\n\n### Q1. [중요] 배치 정규화란?\n\n미니배치 단위로 정규화.\n\n### Q2. Gradient vanishing 해결 방법 (★★★)\n\nReLU, residual.\n\n### Q3. 【必考】What is layer normalization?\n\nPer example.\n\n### Q4. What is a learning rate? [Easy]\n\nStep size.\n',
    );
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['배치 정규화란?', ['중요']],
      ['Gradient vanishing 해결 방법', []],
      ['What is layer normalization?', ['必考']],
      ['What is a learning rate?', ['easy']],
    ]);
    expect(note.questions[0]!.occurrences[0]!.question).toBe('### Q1. [중요] 배치 정규화란?');
  });

  it("are an interview book's difficulty letters at the head too (`[E]`, `[M]`, `[H]`), kept as easy, medium and hard", () => {
    const note = readNote('### 7.1 Basics\n\n1. [E] Explain supervised and unsupervised learning.\n2. [M] Explain algorithm for tuning hyperparameters.\n3. [H] Can you predict how k-means clustering works on this dataset?\n');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['Explain supervised and unsupervised learning.', ['easy']],
      ['Explain algorithm for tuning hyperparameters.', ['medium']],
      ['Can you predict how k-means clustering works on this dataset?', ['hard']],
    ]);
    // Only those capitals: another letter, or one in lower case, may be anything (an option's letter).
    expect(withoutRatingLabels('[A] What is a tensor?')).toEqual({ wording: '[A] What is a tensor?', labels: [] });
    expect(withoutRatingLabels('[e] What is a tensor?')).toEqual({ wording: '[e] What is a tensor?', labels: [] });
  });

  it('are stars after the question without brackets too (`Vanishing gradient 해결 방법 ★★★`), dropped as bracketed stars are', () => {
    const note = readNote('복습용 면접 질문\n\nQ1) Vanishing gradient 해결 방법 ★★★\nA1) ReLU, residual connection\n\nQ2) Xavier 초기화는 어떤 활성화 함수에 적합한가요？ ★\nA2) sigmoid, tanh\n', 'notes.txt');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['Vanishing gradient 해결 방법', []],
      ['Xavier 초기화는 어떤 활성화 함수에 적합한가요？', []],
    ]);
    expect(withoutRatingLabels('Gradient checkpointing이란? ⭐⭐')).toEqual({ wording: 'Gradient checkpointing이란?', labels: [] });
    // Only set apart by a space: a star glued to a word is the word's (`A★`).
    expect(withoutRatingLabels('How does A★ search differ from A*?')).toEqual({ wording: 'How does A★ search differ from A*?', labels: [] });
    expect(withoutRatingLabels('What is the A★')).toEqual({ wording: 'What is the A★', labels: [] });
    // A number's star is a rating the question asks about.
    expect(withoutRatingLabels('How would you build a classifier for 1★ vs 5★')).toEqual({ wording: 'How would you build a classifier for 1★ vs 5★', labels: [] });
  });

  it('do not hide that a line asks: headings and list items that end in stars after their question mark are questions, the stars no answer', () => {
    // Every heading ends in stars: none was read as asking, so the note gave no question at all.
    const headings = readNote('# 추천\n\n## 콜드 스타트 문제 해결 방법은? ★★★\n\n콘텐츠 기반 추천을 섞는다.\n\n## 데이터 희소성 해결 방법은? ★★\n\n행렬 분해.\n');
    expect(headings.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['콜드 스타트 문제 해결 방법은?', '콘텐츠 기반 추천을 섞는다.'],
      ['데이터 희소성 해결 방법은?', '행렬 분해.'],
    ]);
    // The stars after an item's question are not an answer written after it on its line.
    const list = readNote('## 추천 시스템\n\n- 콜드 스타트 문제 해결 방법은? ★★★\n  - 콘텐츠 기반 추천을 섞는다.\n- 왜 정규화를 하나요? ⭐⭐\n  - 과적합 방지.\n');
    expect(list.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['콜드 스타트 문제 해결 방법은?', '• 콘텐츠 기반 추천을 섞는다.'],
      ['왜 정규화를 하나요?', '• 과적합 방지.'],
    ]);
  });

  it('are stars at the end only: at the head they may be what the question asks about', () => {
    expect(withoutRatingLabels('★ 표시는 무슨 뜻인가요?')).toEqual({ wording: '★ 표시는 무슨 뜻인가요?', labels: [] });
    expect(withoutRatingLabels('☆☆☆ 세 개면 최하점인가요?')).toEqual({ wording: '☆☆☆ 세 개면 최하점인가요?', labels: [] });
    expect(withoutRatingLabels('[중요] 배치 정규화란?')).toEqual({ wording: '배치 정규화란?', labels: ['중요'] });
  });

  it("are no rating after a question that asks for one (`별점은? ★★★★`): there the stars are its answer", () => {
    expect(withoutRatingLabels('별점은? ★★★★')).toEqual({ wording: '별점은? ★★★★', labels: [] });
    expect(withoutRatingLabels('리뷰 평점은 몇 점인가요? ★★★★☆').wording).toBe('리뷰 평점은 몇 점인가요? ★★★★☆');
    // One that only mentions stars or a rating is rated by them.
    expect(withoutRatingLabels('별점이 1개인 리뷰는 어떻게 처리하나요? ★★').wording).toBe('별점이 1개인 리뷰는 어떻게 처리하나요?');
    expect(withoutRatingLabels('What does a 5★ rating mean? ★').wording).toBe('What does a 5★ rating mean?');
    const quiz = readNote('## 퀴즈\n\n- 이 문제의 난이도는?\n  - ★★★\n- 리뷰 평점은 몇 점인가요?\n  - ★★★★☆\n- 별점은? ★★★★\n');
    expect(quiz.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['이 문제의 난이도는?', '• ★★★'],
      ['리뷰 평점은 몇 점인가요?', '• ★★★★☆'],
      ['별점은?', '★★★★'],
    ]);
    expect(ratesQuestion('콜드 스타트 해결 방법은?', '★★★ [중요]')).toBe(true);
    expect(ratesQuestion('별점은?', '★★★★')).toBe(false);
    expect(ratesQuestion('What is a join?', '(hint: two tables)')).toBe(false);
    expect(ratesQuestion('What is a rating?', '5★')).toBe(false);
  });

  it('are only words that rate: a bracket that says what the question is about stays', () => {
    expect(withoutRatingLabels('[CNN] Receptive field란?')).toEqual({ wording: '[CNN] Receptive field란?', labels: [] });
    expect(withoutRatingLabels('What does O(n) mean? (hard)')).toEqual({ wording: 'What does O(n) mean?', labels: ['hard'] });
    expect(withoutRatingLabels('[중요]')).toEqual({ wording: '[중요]', labels: [] });
  });

  it('merge a question with the same one asked without them', () => {
    const note = readNote('## 배치 정규화란? [중요]\n\n정규화.\n\n## 배치 정규화란?\n\n미니배치 통계.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['배치 정규화란?', '배치 정규화란?']);
    expect(new Set(note.questions.map((question) => question.id)).size).toBe(1);
  });

  it("in a rating column are counted when they are stars, as the column's other numbers rate (`★★☆` under `난이도` is `난이도-2`), and kept as they are when they are words", () => {
    const note = readNote('| 질문 | 답변 | 난이도 |\n|---|---|---|\n| What is a tensor? | An array. | ★★☆ |\n| What is a gradient? | A slope. | ⭐️⭐️ |\n| What is Adam? | An optimizer. | ★4 |\n| What is a batch? | A group. | Easy |\n| What is an epoch? | A pass. | 중요 |\n');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['What is a tensor?', ['난이도-2']],
      ['What is a gradient?', ['난이도-2']],
      ['What is Adam?', ['난이도-4']],
      ['What is a batch?', ['easy']],
      ['What is an epoch?', ['중요']],
    ]);
    // With no column's name to say what is counted, the count is of stars; a number stays as written.
    expect(ratingTag('★★★☆☆')).toBe('stars 3');
    expect(ratingTag('3', 'Level')).toBe('level 3');
  });
});
