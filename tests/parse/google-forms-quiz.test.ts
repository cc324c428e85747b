/**
 * A Google Forms quiz's result copied by the respondent: each question ends in the form's required mark (` *`) over
 * the points it scored (`1/1`) and its options. The mark, the scores, the total, the email field, the labels over
 * feedback and over the correct answer and the form's footer are the form's, left out with a note each; where the form
 * gives the correct answer, it answers, the options left out with a note.
 */
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { readNote } from '../helpers/read-note.js';
import { endFormAnswers, googleFormsQuizLines } from '../../src/parse/google-forms-quiz.js';

const result = [
  '[DL 스터디] 4주차 퀴즈',
  '총점',
  '7/10',
  '',
  '이메일 *',
  'minji@example.com',
  '',
  'Adam 옵티마이저의 β1 기본값은? *',
  '1/1',
  '0.9',
  '0.99',
  '피드백',
  '1차 모멘트의 감쇠율이다.',
  '',
  '다음 중 과적합을 줄이는 방법이 아닌 것은? *',
  '0/1',
  '드롭아웃',
  '모델 크기 키우기',
  '정답',
  '모델 크기 키우기',
  '',
  'Batch Normalization이 학습 시 사용하는 통계는? *',
  '1/1',
  '미니배치의 평균과 분산',
  '전체 데이터셋의 평균과 분산',
  '',
  'ReLU의 미분값을 x>0, x<0에 대해 쓰시오. *',
  '1/1',
  '1, 0',
  '',
  '이 양식은 Google Forms 내에서 생성되었습니다.',
  'Google Forms',
  '',
].join('\n');

describe('a copied Google Forms quiz result', () => {
  it('asks each question without its required mark, and answers with its options and feedback', () => {
    const { questions } = readNote(result, 'quiz.txt');
    expect(questions.map((question) => question.question)).toEqual([
      'Adam 옵티마이저의 β1 기본값은?',
      '다음 중 과적합을 줄이는 방법이 아닌 것은?',
      'Batch Normalization이 학습 시 사용하는 통계는?',
      'ReLU의 미분값을 x>0, x<0에 대해 쓰시오.',
    ]);
    expect(questions[0]!.answer?.text).toBe('0.9\n0.99\n1차 모멘트의 감쇠율이다.');
  });

  it('is answered by the correct answer the form gives, its options left out with a note', () => {
    const { questions, vfile } = readNote(result, 'quiz.txt');
    expect(questions[1]!.answer?.text).toBe('모델 크기 키우기');
    expect(vfile.messages.filter((message) => message.ruleId === 'quiz-option').map((message) => message.line)).toEqual([17, 18]);
  });

  it('keeps a short last option in its answer, not as the next question’s topic', () => {
    const { questions } = readNote(result, 'quiz.txt');
    expect(questions[2]!.answer?.text).toBe('미니배치의 평균과 분산\n전체 데이터셋의 평균과 분산');
    expect(questions[3]!.topic).toBeNull();
  });

  it('leaves out the scores, the total, the email, the labels and the footer, noting each line, and each required mark', () => {
    const { vfile } = readNote(result, 'quiz.txt');
    expect(vfile.messages.filter((message) => message.ruleId === 'site-chrome').map((message) => message.line)).toEqual([2, 3, 5, 6, 9, 12, 16, 19, 23, 28, 31, 32]);
    expect(vfile.messages.filter((message) => message.ruleId === 'required-mark').map((message) => message.line)).toEqual([8, 15, 22, 27]);
  });

  it('is read so in English, and not in a note with one `… *` over a fraction', () => {
    const english = readNote('Week 4 quiz\nTotal points\n2/3\n\nWhat is the default β1 of Adam? *\n0/1\n0.99\n0.9\nCorrect answer\n0.9\nFeedback\nThe decay of the first moment.\n\nWhat does dropout do? *\n1/1\nIt zeroes units at random.\n\nThis form was created inside of Example University.\n', 'quiz.txt');
    expect(english.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the default β1 of Adam?', '0.9\nThe decay of the first moment.'],
      ['What does dropout do?', 'It zeroes units at random.'],
    ]);
    const note = readNote('Probability\n\nWhat is P(heads) for a fair coin? *\n1/2\n', 'note.txt');
    expect(note.questions[0]!.answer?.text).toBe('1/2');
  });
});

describe('a long copied Google Forms quiz', () => {
  // Each question's options were looked for among all the lines, and its last block among all the blocks: quadratic
  // in the questions (20,000 took 9 s and 46 s).
  const count = 60_000;
  const lines = Array.from({ length: count }, (_, k) => [`Q${k}? *`, '1/1', 'ReLU', 'Sigmoid', '정답', 'ReLU']).flat();

  it("leaves out each question's score and options, however many questions it has", () => {
    const form = googleFormsQuizLines(lines);
    expect(form.required).toHaveLength(count);
    expect([form.required.slice(-1), form.options.slice(-2), form.chrome.slice(-2)]).toEqual([[6 * count - 6], [6 * count - 4, 6 * count - 3], [6 * count - 5, 6 * count - 2]]);
    expect(form.options).toHaveLength(2 * count);
  });

  it('ends each answer at the last paragraph under its question, however many questions it has', () => {
    const blocks: RootContent[] = lines.map((_, index) => ({ type: 'paragraph', children: [], position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 5 } } }));
    endFormAnswers(blocks, Array.from({ length: count }, (_, k) => 6 * k));
    const ends = blocks.flatMap((block, index) => (block.data?.cardBack ? [index] : []));
    expect(ends).toHaveLength(count);
    expect(ends.slice(0, 2)).toEqual([5, 11]);
    expect(ends.at(-1)).toBe(6 * count - 1);
  });
});
