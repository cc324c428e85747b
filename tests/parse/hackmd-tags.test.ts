/** HackMD's tag line (`###### tags:` over code spans) files the note: a line of tags, not a heading in the last answer. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe("HackMD's tag line", () => {
  it('is no part of the last answer: a line of tags, noted as one', () => {
    const note = readNote('# 추천 시스템 스터디\n\n## 질문 1. Two-tower 모델의 장점은?\n\n후보를 미리 임베딩해 둘 수 있다.\n\n###### tags: `recsys` `deep learning`\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['후보를 미리 임베딩해 둘 수 있다.']);
    expect(messagesOf(note.vfile)).toContain('7:tag-line');
  });

  it('is that line only: a level-six heading of other words is a heading, and a tags line in code is code', () => {
    const heading = readNote('## What is recall?\n\nTP / (TP + FN).\n\n###### tags are useful\n\nSee above.\n');
    expect(heading.questions[0]!.answer?.markdown).toContain('###### tags are useful');
    const code = readNote('## How does HackMD tag a note?\n\n```\n###### tags: `a` `b`\n```\n');
    expect(code.questions[0]!.answer?.markdown).toContain('###### tags: `a` `b`');
  });
});
