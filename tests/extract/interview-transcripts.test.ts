/**
 * An interview's transcript, each line labelled with its speaker (`면접관:` / `나:`, `Interviewer:` / `Me:`, or an
 * emoji, `🧑‍💼:` / `🙋:`): the one who asks asks the questions, the other answers them.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

/** Each question's wording, its answer and its line, and the notes at their lines. */
const read = (note: string, file = 'transcript.txt') => {
  const { questions, vfile } = readNote(note, file);
  return { rows: questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]), messages: messagesOf(vfile) };
};

describe('an interview transcript', () => {
  it('is labelled by emoji as by names: each emoji, joined or not, a speaker, its label no part of a question or an answer', () => {
    const { rows } = read(
      '🧑‍💼: Matrix factorization이 뭔가요?\n🙋: 사용자-아이템 행렬을 두 저차원 행렬의 곱으로 근사합니다.\n🧑‍💼: 좋습니다. Cold start 문제는 어떻게 해결하죠?\n🙋: 콘텐츠 기반 특징으로 보완합니다.\n',
    );
    expect(rows).toEqual([
      ['Matrix factorization이 뭔가요?', '사용자-아이템 행렬을 두 저차원 행렬의 곱으로 근사합니다.', 1],
      ['Cold start 문제는 어떻게 해결하죠?', '콘텐츠 기반 특징으로 보완합니다.', 3],
    ]);
    const toned = read('👩🏽‍💻: What is dropout?\n🙋‍♂️: Zeroing random units.\n👩🏽‍💻: Why does it help?\n🙋‍♂️: It stops co-adaptation.\n', 'toned.md');
    expect(toned.rows).toEqual([
      ['What is dropout?', 'Zeroing random units.', 1],
      ['Why does it help?', 'It stops co-adaptation.', 3],
    ]);
  });

  it("leaves out the interviewer's closing words after the last answer (`네, 수고하셨습니다.`), and the reply to them, with a note", () => {
    const { rows, messages } = read(
      '🧑‍💼: Matrix factorization이 뭔가요?\n🙋: 행렬을 두 저차원 행렬의 곱으로 근사합니다.\n🧑‍💼: Cold start 문제는 어떻게 해결하죠?\n🙋: 콘텐츠 기반 특징으로 보완합니다.\n🧑‍💼: 네, 수고하셨습니다.\n',
    );
    expect(rows).toEqual([
      ['Matrix factorization이 뭔가요?', '행렬을 두 저차원 행렬의 곱으로 근사합니다.', 1],
      ['Cold start 문제는 어떻게 해결하죠?', '콘텐츠 기반 특징으로 보완합니다.', 3],
    ]);
    expect(messages).toEqual(['5:interview-formality']);
    const english = readNote('Interviewer: What is overfitting?\nMe: Fitting the noise.\nInterviewer: How do you prevent it?\nMe: Regularisation.\nInterviewer: Okay, thanks for your time. That is all for today.\nMe: Thank you!\n', 'en.txt');
    expect(english.questions.map((question) => question.answer?.text)).toEqual(['Fitting the noise.', 'Regularisation.']);
    expect(messagesOf(english.vfile)).toEqual(['5:interview-formality']);
    expect(english.vfile.messages[0]!.reason).toContain('(lines 5-6)');
  });

  it("keeps the interviewer's words in the answer above where a question follows them, or where they say more than a closing", () => {
    expect(read('면접관: 과적합이란 무엇인가요?\n나: 잡음까지 학습하는 것입니다.\n면접관: 네, 감사합니다.\n면접관: 어떻게 막나요?\n나: 규제로 막습니다.\n').rows).toEqual([
      ['과적합이란 무엇인가요?', '잡음까지 학습하는 것입니다.\n면접관: 네, 감사합니다.', 1],
      ['어떻게 막나요?', '규제로 막습니다.', 4],
    ]);
    expect(read('면접관: 과적합이란 무엇인가요?\n나: 잡음까지 학습하는 것입니다.\n면접관: 어떻게 막나요?\n나: 규제로 막습니다.\n면접관: 감사합니다. 규제 말고 데이터를 늘리는 방법도 있어요.\n').rows).toEqual([
      ['과적합이란 무엇인가요?', '잡음까지 학습하는 것입니다.', 1],
      ['어떻게 막나요?', '규제로 막습니다.\n면접관: 감사합니다. 규제 말고 데이터를 늘리는 방법도 있어요.', 3],
    ]);
  });
});
