/**
 * An Obsidian Kanban board: lanes under headings, cards as task items. The plugin's own marks, a lane's
 * `**Complete**` and a card's `@{date}` / `@@{time}`, are no question and no answer: left out, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const board = [
  '---',
  '',
  'kanban-plugin: basic',
  '',
  '---',
  '',
  '## Done',
  '',
  '**Complete**',
  '- [x] What is the difference between Adam and SGD? @{2024-03-04}',
  '- [x] Why use warmup? @{2024-03-02} @@{09:30}',
  '',
].join('\n');

describe('an Obsidian Kanban board', () => {
  it("leaves out a lane's Complete mark and its cards' dates: the cards are questions with no answer yet", () => {
    const note = readNote(board, 'board.md');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is the difference between Adam and SGD?', null],
      ['Why use warmup?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['9:kanban-mark', '10:kanban-mark', '11:kanban-mark']);
    expect(note.vfile.messages[2]!.reason).toContain('"@{2024-03-02} @@{09:30}"');
  });

  it('leaves out a card\'s date in a list copied out of a board too, but keeps a bold "Complete" in another note', () => {
    const copied = readNote('# Cards\n\n- [ ] Why use warmup? @{2024-03-02}\n- [ ] What is a KV cache?\n', 'cards.md');
    expect(copied.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Why use warmup?', null],
      ['What is a KV cache?', null],
    ]);
    const other = readNote('## Status\n\n**Complete**\n- What is the difference between Adam and SGD?\n', 'status.md');
    expect(messagesOf(other.vfile)).not.toContain('3:kanban-mark');
  });

  it("files a card that sets a task with no question mark by the tags that end its line, and keeps a to-do's own words", () => {
    const note = readNote('## To study\n\n- [ ] Contrastive learning의 InfoNCE loss를 설명해보세요 #ssl\n- [ ] Transformer에서 KV cache는 왜 필요한가? #llm\n', 'board.md');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['Contrastive learning의 InfoNCE loss를 설명해보세요', ['ssl']],
      ['Transformer에서 KV cache는 왜 필요한가?', ['llm']],
    ]);
    expect(messagesOf(readNote('# Week\n\n- [ ] Read the paper on #transformers\n- [ ] What is attention?\n', 'todo.md').vfile)).not.toContain('3:tag-line');
  });
});
