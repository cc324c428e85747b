/**
 * A code fence never closed runs, by CommonMark's rules, to the end of the note, and would hide every
 * question after it in one answer. It is ended before the next line that starts a question the way the
 * questions above it started (runaway-blocks.ts), and the note says where.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe('a code fence never closed in the answer of a question labelled in bold', () => {
  it('ends before the next **Q:** line, not at a comment in the code that asks, so the questions after it are read, and the note says where', () => {
    const note = readNote(
      '**Q:** What does `model.eval()` change in PyTorch?\n**A:** Dropout and batch norm switch to inference behaviour:\n\n```python\nmodel.eval()\n\n# Why wrap it in no_grad?\nwith torch.no_grad():\n    out = model(x)\n\n**Q:** Why call `optimizer.zero_grad()` every step?\n**A:** Gradients accumulate across backward calls.\n\n**Q:** What is gradient clipping?\n**A:** Rescaling gradients whose norm exceeds a threshold.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What does model.eval() change in PyTorch?', 'Dropout and batch norm switch to inference behaviour:\nmodel.eval()\n\n# Why wrap it in no_grad?\nwith torch.no_grad():\n    out = model(x)'],
      ['Why call optimizer.zero_grad() every step?', 'Gradients accumulate across backward calls.'],
      ['What is gradient clipping?', 'Rescaling gradients whose norm exceeds a threshold.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['4:unclosed-block']);
    expect(note.vfile.messages[0]!.reason).toContain('ended it before line 11');
  });

  it('ends before the next bold label with no colon (**질문** …), as a Korean note writes them', () => {
    const note = readNote(
      '**질문** 드롭아웃은 추론 때 어떻게 동작하나요?\n\n**답변** 모든 유닛을 쓰고, 학습 때 남긴 비율로 스케일한다.\n\n```python\nmodel.eval()\n\n**질문** 배치 정규화는 추론 때 무엇을 쓰나요?\n\n**답변** 학습 중 모은 이동 평균과 분산을 쓴다.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['드롭아웃은 추론 때 어떻게 동작하나요?', '모든 유닛을 쓰고, 학습 때 남긴 비율로 스케일한다.\nmodel.eval()'],
      ['배치 정규화는 추론 때 무엇을 쓰나요?', '학습 중 모은 이동 평균과 분산을 쓴다.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['5:unclosed-block']);
    expect(note.vfile.messages[0]!.reason).toContain('ended it before line 8');
  });
});
