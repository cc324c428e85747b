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
});
