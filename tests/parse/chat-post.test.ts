/**
 * A post copied out of Discord or Slack with its messages' headers, too few of its lines to make it a chat: a quiz
 * posted as one long message, the reactions under it and a reader's reply. The headers, the reactions and the replies
 * that ask nothing are the app's and its readers', left out with a note each; the post is read as any note.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

/** Each question's wording and answer, and the notes at their lines. */
const read = (note: string, file = 'channel.txt') => {
  const { questions, vfile } = readNote(note, file);
  return { rows: questions.map((question) => [question.question, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

const quiz = [
  '#daily-ml-quiz',
  'minji — 오늘 오전 9:03',
  '',
  'Q1. Dropout은 추론 때 어떻게 동작하나요?',
  '끈다. 학습 때 1/(1-p)로 스케일해 둔다.',
  '',
  'Q2. Batch size를 키우면 learning rate는?',
  '대략 선형으로 키운다.',
  '',
  'Q3. Weight decay와 L2 정규화가 Adam에서 다른 이유는?',
  'Adam은 기울기를 2차 모멘트로 나누므로 L2 항도 약해진다.',
  '',
  '👍 5  🔥 3',
  'jiwoo — 오늘 오전 9:20',
  'Q3 어렵네요 ㅠ',
  '',
];

describe("a post copied with its messages' headers", () => {
  it("leaves the headers, the reactions and a reader's remark out of the last answer, each with a note", () => {
    for (const file of ['channel.txt', 'channel.md']) {
      const { rows, messages } = read(quiz.join('\n'), file);
      expect(rows, file).toEqual([
        ['Dropout은 추론 때 어떻게 동작하나요?', '끈다. 학습 때 1/(1-p)로 스케일해 둔다.'],
        ['Batch size를 키우면 learning rate는?', '대략 선형으로 키운다.'],
        ['Weight decay와 L2 정규화가 Adam에서 다른 이유는?', 'Adam은 기울기를 2차 모멘트로 나누므로 L2 항도 약해진다.'],
      ]);
      expect(messages.filter((message) => message.includes(':chat-')), file).toEqual(['2:chat-app', '13:chat-reactions', '14:chat-app', '15:chat-remark']);
    }
  });

  it("reads one Discord header alone so, the post's own header not copied: every message under it a reply", () => {
    const { rows, messages } = read('Q1. Dropout은 추론 때 어떻게 동작하나요?\n끈다.\n\n👍 5  🔥 3\njiwoo — 오늘 오전 9:20\nQ1 어렵네요 ㅠ\n');
    expect(rows).toEqual([['Dropout은 추론 때 어떻게 동작하나요?', '끈다.']]);
    expect(messages).toEqual(['4:chat-reactions', '5:chat-app', '6:chat-remark']);
  });

  it("reads a bot's header copied over three lines (QuizBot / APP / — Today at 9:01 AM) as one: its lines are the app's, and the reactions under the post no answer's", () => {
    const { rows, messages } = read('QuizBot\nAPP\n — Today at 9:01 AM\n\nQ1. What is a heap?\nA tree where each parent orders its children.\n\nQ2. What is a trie?\nA tree of prefixes.\n\n👍 5\n');
    expect(rows).toEqual([
      ['What is a heap?', 'A tree where each parent orders its children.'],
      ['What is a trie?', 'A tree of prefixes.'],
    ]);
    expect(messages).toEqual(['1:chat-app', '2:chat-app', '3:chat-app', '11:chat-reactions']);
  });

  it("keeps a reply that asks, and the poster's own messages, as the note's text", () => {
    const { rows, messages } = read(
      [...quiz.slice(0, 2), '오늘의 퀴즈 🔥', ...quiz.slice(2, 12), 'jiwoo — 오늘 오전 9:20', 'Q4. Warmup은 왜 필요한가요?', '', 'minji — 오늘 오전 9:25', '초반의 큰 기울기로 발산하지 않게 하려고.', ''].join('\n'),
    );
    expect(rows).toEqual([
      ['Dropout은 추론 때 어떻게 동작하나요?', '끈다. 학습 때 1/(1-p)로 스케일해 둔다.'],
      ['Batch size를 키우면 learning rate는?', '대략 선형으로 키운다.'],
      ['Weight decay와 L2 정규화가 Adam에서 다른 이유는?', 'Adam은 기울기를 2차 모멘트로 나누므로 L2 항도 약해진다.'],
      ['Warmup은 왜 필요한가요?', '초반의 큰 기울기로 발산하지 않게 하려고.'],
    ]);
    expect(messages.filter((message) => message.includes(':chat-'))).toEqual(['2:chat-app', '14:chat-app', '17:chat-app']);
  });

  it("keeps a reply that answers the poster's question right over it, and the note's own text past a blank line under a reply", () => {
    const { rows, messages } = read(
      '# ML team sync notes\n\nDaniel Cho  10:32 AM\nWhy did the offline AUC go up but online CTR go down?\n\nSara Kim  10:35 AM\nProbably position bias in the logged data.\n\n## Position bias\n\nUsers click higher-ranked items more regardless of relevance.\n\n## Correction\n\nInverse propensity weighting.\n',
      'sync.md',
    );
    expect(rows).toEqual([['Why did the offline AUC go up but online CTR go down?', 'Probably position bias in the logged data.']]);
    expect(messages.filter((message) => message.includes(':chat-'))).toEqual(['3:chat-app', '6:chat-app']);
    const remark = read(
      '# ML team sync notes\n\nDaniel Cho  10:32 AM\nNotes from today.\n## What is position bias?\n\nUsers click higher-ranked items more.\n\nSara Kim  10:35 AM\nnice summary\n\n## How do you correct it?\n\nInverse propensity weighting.\n',
      'sync.md',
    );
    expect(remark.rows).toEqual([
      ['What is position bias?', 'Users click higher-ranked items more.'],
      ['How do you correct it?', 'Inverse propensity weighting.'],
    ]);
    expect(remark.messages.filter((message) => message.includes(':chat-'))).toEqual(['3:chat-app', '9:chat-app', '10:chat-remark']);
  });
});
