/**
 * An answer that is only a note to write it later holds no answer yet: it is
 * flagged `placeholder-answer`, so a merge prefers a real answer and the
 * deck and sheet say so. A real answer that carries such a note is still an
 * answer, and it does not break off either.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { dedupe } from '../../src/dedupe/index.js';
import { backtracking } from '../helpers/backtracking.js';
import { CLOSING_PUNCTUATION, CONTRIBUTIONS_WELCOME, isPlaceholderAnswer, KOREAN_EMOTICON, KOREAN_NOTE, MEMO_HEAD } from '../../src/normalise/placeholder.js';

function flagsOfAnswer(answer: string): string[] {
  const [question] = readNote(`## What is early stopping?\n\n${answer}\n`).questions;
  return question!.flags;
}

describe('a placeholder answer', () => {
  it.each([
    ['a bare word', 'TODO'],
    ['a bare word in any case, with its exclamation mark', 'Coming soon!'],
    ['an ellipsis', '...'],
    ['a to-do note after a colon', 'TODO: write this up properly later, with the plot from the paper'],
    ['a to-do note after a dash', 'TBD - add the derivation'],
    ['a marker in capitals and a note', 'FIXME finish the proof'],
    ['a marker in brackets', '[WIP] needs the figure'],
    ['a marker with only an ellipsis', 'FIXME: ...'],
    ['work in progress', 'WIP'],
    ['a note in parentheses', '(answer later)'],
    ['a "to be" note in parentheses', '(to be filled)'],
    ['a note in emphasis', '*to be written*'],
    ['작성 예정', '작성 예정'],
    ['추후 작성', '추후 작성'],
    ['답변 준비 중', '답변 준비 중'],
    ['나중에 정리', '나중에 정리'],
    ['a Korean note in parentheses', '(추후 보완 예정)'],
    ['아직 정리 못함, in parentheses', '(아직 정리 못함)'],
    ['아직 작성 안 함', '아직 작성 안 함'],
    ['답변 작성 전', '답변 작성 전'],
    ['미작성', '미작성'],
    ['정리 안 됨', '정리 안 됨'],
    ['작성 예정', '작성 예정'],
    ['a study group\'s homework, with the laughter typed after it', '이번 주 숙제 ㅎㅎ'],
    ['homework, in a quote', '> 숙제'],
    ['a note with tears typed after it, in parentheses', '(아직 정리 못함 ㅠㅠ)'],
    ['not studied yet, with tears typed after it', '(아직 공부 안함 ㅠㅠ)'],
    ['a to-do note as a tag', '#todo write the derivation'],
    ["a study group's question left to each member", '다음 주까지 각자 정리해 오기!'],
    ['homework in English', "This week's homework"],
    ['an exercise left to the reader', 'Left as an exercise for the reader.'],
    ["a post's edit that leaves one question's answer as an exercise", 'Edit: answer for 5 is left as an exercise, sorry!'],
    ['待补充 (to be added)', '待补充'],
    ['待整理, in full-width parentheses', '（待整理）'],
    ['未回答 and 要復習 (to review), joined', '（未回答・要復習）'],
    ['あとで書く (write later)', 'あとで書く'],
    ['後で書く, its "later" in kanji', '後で書く'],
    ['a Chinese to-do marker, 待办, and its note', '待办: 补充答案'],
    ['待办 alone', '待办'],
    ['準備中', '準備中。'],
    ['two notes on two lines', 'TODO: derivation\n\nTODO: figure'],
    ['a list of to-do notes', '- TODO: the derivation\n- TBD: the plot'],
    ["a README's note with its invitation to write the answer in, in emphasis", '_Coming soon — PRs welcome!_'],
    ['an invitation to write the answer in, alone', 'Contributions are welcome.'],
    ['a blank left for the answer (빈칸), in a quote', '> (빈칸)'],
    ['공란, a blank too', '(공란)'],
    ['a memo to oneself pointing up at the question, to write it up at the next study', '[메모] ↑ 이건 다음 스터디 때 정리하기'],
    ['다음에 정리할 것', '다음에 정리할 것'],
    ['a note to add it later, in a polite ending', '나중에 추가할게요'],
    ['a pointer to the next post, which will explain it', '다음 글에서 설명'],
    ['a pointer to the next post, politely', '다음 글에서 설명할게요.'],
    ['a pointer to a later post that will cover it', '자세한 내용은 다음 포스팅에서 다룰 예정'],
    ['"to be continued" in the next part, in parentheses', '(다음 편에 계속)'],
  ])('is flagged: %s', (_name, answer) => {
    expect(flagsOfAnswer(answer)).toEqual(['placeholder-answer']);
  });

  it("is flagged under a question about contributing when the invitation follows a README's note: the answer is still to come", () => {
    expect(readNote('## Do you accept translations?\n\n_Coming soon — PRs welcome!_\n').questions[0]!.flags).toEqual(['placeholder-answer']);
  });

  it('is flagged when its note wraps onto a second line', () => {
    expect(flagsOfAnswer('TODO: write this up properly later,\nwith the plot from the paper')).toEqual(['placeholder-answer']);
  });

  it('keeps its text as the answer: the flag only warns', () => {
    const [question] = readNote('## What is early stopping?\n\nTBD - add the derivation\n').questions;
    expect(question!.answer?.text).toBe('TBD - add the derivation');
  });
});

describe('a placeholder line under a question', () => {
  it("is that question's placeholder answer, not the topic of the question after it", () => {
    const note = '[딥러닝] CNN 면접 질문 정리\n\n4. Padding을 하는 이유\n출력 크기가 줄어드는 것을 막기 위해.\n\n5. Pooling layer의 역할은?\n(작성 예정)\n\n6. Batch Normalization을 채널별로 하는 이유는?\n채널마다 분포가 다르다.\n\nWhat is dropout?\nTODO\n\nWhat is label smoothing?\nSoft targets.\n';
    const { questions } = readNote(note, 'velog.txt');
    expect(questions.map((question) => [question.question, question.topic, question.flags, question.answer?.text ?? null])).toEqual([
      ['Padding을 하는 이유', null, [], '출력 크기가 줄어드는 것을 막기 위해.'],
      ['Pooling layer의 역할은?', null, ['placeholder-answer'], '(작성 예정)'],
      ['Batch Normalization을 채널별로 하는 이유는?', null, [], '채널마다 분포가 다르다.'],
      ['What is dropout?', null, ['placeholder-answer'], 'TODO'],
      ['What is label smoothing?', null, [], 'Soft targets.'],
    ]);
  });
});

describe("a pointer to the blog's next post under a bold question", () => {
  it('is that question\'s placeholder answer, not the title of the questions after it', () => {
    const note = '네트워크\n\n**Q. TCP란?**\n\n연결을 맺고 순서대로 전달하는 프로토콜이다.\n\n**Q. 혼잡 제어는 어떻게 하나요?**\n\n다음 글에서 설명\n\n**Q. UDP란?**\n\n연결 없이 데이터그램을 보낸다.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic, question.flags, question.answer?.text ?? null])).toEqual([
      ['TCP란?', '네트워크', [], '연결을 맺고 순서대로 전달하는 프로토콜이다.'],
      ['혼잡 제어는 어떻게 하나요?', '네트워크', ['placeholder-answer'], '다음 글에서 설명'],
      ['UDP란?', '네트워크', [], '연결 없이 데이터그램을 보낸다.'],
    ]);
  });
});

describe('the language of a question answered by a placeholder', () => {
  it('is the question\'s: an English TODO under a Chinese or Korean question makes it no mixed one', () => {
    const { questions } = readNote('## XGBoost 如何防止过拟合？\n\n- TODO\n\n## 과적합이란?\n\nTODO\n\n## LR 可以用核函数么？\n\nYes, the kernel trick applies.\n');
    expect(questions.map((question) => [question.question, question.lang, question.flags])).toEqual([
      ['XGBoost 如何防止过拟合？', 'zh', ['placeholder-answer']],
      ['과적합이란?', 'ko', ['placeholder-answer']],
      ['LR 可以用核函数么？', 'mixed', []],
    ]);
    // A merged question is worked out the same way: the same question in two notes, both unanswered.
    const twice = readNote('## XGBoost 如何防止过拟合？\n\n- TODO\n\n## XGBoost 如何防止过拟合?\n\nTBD\n').questions;
    expect(dedupe(twice).questions.map((question) => [question.question, question.lang])).toEqual([['XGBoost 如何防止过拟合？', 'zh']]);
  });
});

describe('a real answer', () => {
  it.each([
    ['an explanation followed by a to-do note', 'Stop training when the validation loss starts to rise.\n\nTODO: add a figure'],
    ['a to-do note followed by an explanation', 'TODO: add a figure\n\nStop training when the validation loss starts to rise.'],
    ['a to-do note with the explanation on its next line', 'TODO: tidy up\nStop training when the validation loss starts to rise.'],
    ['one that starts with the words "to do"', 'To do this, we watch the validation loss and stop when it rises.'],
    ['one that starts with a lower-case marker word and a space', 'todo lists aside, stop when the validation loss rises.'],
    ['a Korean verb with no "later" or status', '정리'],
    ['a Korean explanation that mentions a plan', '검증 손실이 오르기 시작하면 학습을 멈춘다. 추후 그림 추가 예정.'],
    ['a sentence about something pending', 'Pending gradients are applied at the next step.'],
    ['a Korean sentence about homework', '숙제처럼 직접 구현해 보면 이해가 된다.'],
    ['a Korean sentence that says what cannot be done', '정규화 없이는 학습을 안정적으로 하지 못함.'],
    ['laughter alone', 'ㅎㅎ'],
    ['a sentence about homework', 'Homework-style exercises help, but the interview asks for intuition.'],
    // Only writing the answer down (작성, 정리) is "not done yet": another verb's "not" says what happens.
    ['what happens to a weight that requires no gradient', '업데이트 안 됨'],
    ['what happens when appending to a tuple', '추가 안 됨.'],
    // A homework of one's own is a real answer (what is a take-home test?); only "this week's homework" is left to the reader.
    ['the word homework alone', 'Homework'],
    ['a Chinese sentence that mentions what is left out', '推导略去了常数项，结果不变。'],
    ['a Japanese sentence about a model in preparation', '作成中のモデルは検証データで評価する。'],
    ['a sentence that says what is coming soon', 'Coming soon to PyTorch: a fused kernel that does it in one pass.'],
    ['an answer with an invitation to contribute after it', 'Batch the prefill and cache the prompt. PRs welcome!'],
    ['a sentence about the blank a cloze task leaves', '빈칸에 들어갈 단어를 문맥으로 예측한다.'],
    ['a memo that says something of the question', '[메모] ↑ beam이 작으면 greedy와 같아진다'],
    ['a blank written bare, as a quiz answers with one (공란)', '공란'],
    ['a sentence about predicting the next character (다음 글자)', '다음 글자를 예측하도록 학습한다.'],
    ["a blog's link to its next post, with no particle (다음 글)", '다음 글'],
    ['a sentence that says what the next post covers', '다음 글에서는 Transformer의 구조를 다룹니다.'],
    ['"later" alone', '나중에'],
  ])('is not flagged: %s', (_name, answer) => {
    expect(flagsOfAnswer(answer)).not.toContain('placeholder-answer');
  });

  it.each([
    ['an invitation to contribute, alone, under a README FAQ\'s question about contributing', 'Do you accept translations?', 'Contributions are always welcome!'],
    ['a blank in brackets under a question about what a cell left empty shows', '워드에서 표의 셀에 아무것도 입력하지 않으면 인쇄 시 어떻게 표시되나요?', '(공란)'],
  ])('is not flagged: %s', (_name, question, answer) => {
    expect(readNote(`## ${question}\n\n${answer}\n`).questions[0]!.flags).not.toContain('placeholder-answer');
  });

  it('that carries a to-do note is not incomplete either: it does not break off', () => {
    expect(flagsOfAnswer('Stop training when the validation loss starts to rise.\n\nTODO: add a figure')).toEqual([]);
  });
});

describe('isPlaceholderAnswer', () => {
  it('tries a run of marks at the line\'s end only from where the run starts', () => {
    // Tried from each of its characters, a run inside a long line ("x****…*x") took seconds: time quadratic in its length.
    for (const pattern of [CLOSING_PUNCTUATION, KOREAN_EMOTICON]) expect(backtracking(pattern)).toBeUndefined();
  });

  it("reads an invitation to contribute and a memo's head with patterns that do not backtrack", () => {
    for (const pattern of [CONTRIBUTIONS_WELCOME, MEMO_HEAD]) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });

  it('reads a Korean note to write the answer later, or a pointer to the next post, with a pattern that does not backtrack', () => {
    expect(backtracking(KOREAN_NOTE), KOREAN_NOTE.source).toBeUndefined();
  });


  it('reads the answer\'s plain text, line by line', () => {
    expect(isPlaceholderAnswer('TODO: a\nTBD: b')).toBe(true);
    expect(isPlaceholderAnswer('TODO: a\nThe answer.')).toBe(false);
  });

  it('reads a line with a long run of emphasis marks or dots inside it', () => {
    for (const mark of ['*', '~', '.', '…']) {
      expect(isPlaceholderAnswer(`x${mark.repeat(50_000)}x`)).toBe(false);
    }
    expect(isPlaceholderAnswer(`${'ㅋ'.repeat(60_000)} 재밌다`)).toBe(false);
    // The runs that end the line still go: "**TBD**", "TODO..." are to-do notes.
    expect(isPlaceholderAnswer('**TBD**')).toBe(true);
    expect(isPlaceholderAnswer('coming soon...')).toBe(true);
  });

  it('is false for an empty text, which is no answer rather than a placeholder', () => {
    expect(isPlaceholderAnswer('')).toBe(false);
    expect(isPlaceholderAnswer('\n  \n')).toBe(false);
  });
});
