/**
 * Questions an interview post quotes in its prose as it tells what was asked: not read as questions (where the
 * answer ends in the story is guesswork), but named in a warning where the prose is left out.
 */
import { describe, expect, it } from 'vitest';
import { reportedQuestions } from '../../src/wording/reported-questions.js';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe('a question quoted in prose', () => {
  it('is reported when the words around the quote say it was asked, in Korean, English, Chinese or Japanese', () => {
    expect(reportedQuestions('면접관님이 "왜 Focal loss를 썼나요?"라고 물어보셔서, 클래스 불균형이 심해서 썼다고 답했습니다.')).toEqual(['왜 Focal loss를 썼나요?']);
    expect(reportedQuestions('이어서 “gamma를 키우면 어떻게 되나요?”라는 꼬리질문이 나왔는데, 답했어요.')).toEqual(['gamma를 키우면 어떻게 되나요?']);
    expect(reportedQuestions('"배치 크기는요?" 라고 다시 물으셨다.')).toEqual(['배치 크기는요?']);
    expect(reportedQuestions('Then the interviewer asked me, "Why L1 and not L2?" I said sparsity.')).toEqual(['Why L1 and not L2?']);
    expect(reportedQuestions('面试官追问：“为什么用 Focal loss？”我说是因为类别不平衡。')).toEqual(['为什么用 Focal loss？']);
    expect(reportedQuestions('「なぜ L1 を使うのか？」と聞かれました。')).toEqual(['なぜ L1 を使うのか？']);
  });

  it('is not reported when nothing says it was asked, or the quote does not ask', () => {
    expect(reportedQuestions('"Why not?" is a fair reaction to that design.')).toEqual([]);
    expect(reportedQuestions('면접관님이 "Focal loss"라고 말씀하셨다.')).toEqual([]);
    expect(reportedQuestions('이 질문 "왜 썼나요?"는 자주 나온다.')).toEqual([]);
  });

  it('is named in a warning where the prose is left out, instead of the note on the text before the first question', () => {
    const note = readNote(
      '# 1차 면접 후기\n\n면접관님이 "왜 Focal loss를 썼나요?"라고 물어보셔서, 클래스 불균형이 심해서 썼다고 답했습니다.\n\n- Positional encoding이 필요한 이유는?\n  - self-attention은 순서를 모르기 때문입니다.\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['Positional encoding이 필요한 이유는?']);
    expect(messagesOf(note.vfile)).toEqual(['3:question-in-prose']);
    expect(note.vfile.messages[0]).toMatchObject({ fatal: false });
    expect(note.vfile.messages[0]!.reason).toContain('"왜 Focal loss를 썼나요?"');
  });
});
