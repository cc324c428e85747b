/**
 * Answers hidden in HTML comments: a self-test's, where the preview shows only the questions, and a Marp deck's
 * presenter notes; a comment set aside under one question stays left out, with a note.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, readNote } from '../helpers/read-note.js';

const notes = (text: string) =>
  readNote(text)
    .vfile.messages.filter((message) => message.ruleId === 'comment-answer')
    .map((message) => `${message.line}:${message.fatal === false ? 'warning' : 'info'}:${message.reason}`);

describe('a comment that is the whole answer of a question', () => {
  const selfTest =
    '1. What does momentum add to SGD?\n<!-- A running average of past gradients. -->\n\n' +
    '2. Why does Adam use bias correction?\n<!--\nIts moments start at zero.\nDividing by (1 - beta^t) removes the bias.\n-->\n\n' +
    '3. Why use warmup?\n<!-- TODO: look up Goyal et al. 2017 -->\n';

  it('is read as the answer where several questions of the note hide theirs so, each with a note; a to-do is none', () => {
    expect(answersOf(selfTest)).toEqual([
      ['What does momentum add to SGD?', 'A running average of past gradients.'],
      ['Why does Adam use bias correction?', 'Its moments start at zero.\nDividing by (1 - beta^t) removes the bias.'],
      ['Why use warmup?', null],
    ]);
    expect(notes(selfTest)).toEqual([
      '2:info:Read the HTML comment under "What does momentum add to SGD?" as part of its answer (the note hides 2 answers so): "A running average of past gradients."',
      '5:info:Read the HTML comment under "Why does Adam use bias correction?" as part of its answer (the note hides 2 answers so): "Its moments start at zero. Dividing by (1 - beta^t) remov..."',
    ]);
  });

  it("knows a to-do as to-do-marker.ts does (`WIP:`, `할 일:`, `[TBD]`), any case, and keeps a comment's words that open with `To do`", () => {
    // Before, a comment's own list took TODO, FIXME, XXX, TBD and NOTE TO SELF only: `WIP: …` was read as an answer.
    const note = (todo: string) =>
      `1. What does momentum add to SGD?\n<!-- A running average of past gradients. -->\n\n2. Why use warmup?\n<!-- Large steps early diverge. -->\n\n3. What is weight decay?\n<!-- ${todo} -->\n`;
    for (const todo of ['WIP: derive the bound', '할 일: 출처 찾기', '[TBD] cite AdamW', 'todo look up AdamW', 'Note to self: check']) expect(answersOf(note(todo))[2]).toEqual(['What is weight decay?', null]);
    expect(answersOf(note('To do that, shrink the weights each step.'))[2]).toEqual(['What is weight decay?', 'To do that, shrink the weights each step.']);
  });

  it('stays left out under the one question that hides its answer so, with a note that it may hold it', () => {
    const note = '## What is dropout?\n\n<!-- Zeroing units at random while training. -->\n\n## What is weight decay?\n\nAn L2 penalty on the weights.\n';
    expect(answersOf(note)).toEqual([
      ['What is dropout?', null],
      ['What is weight decay?', 'An L2 penalty on the weights.'],
    ]);
    expect(notes(note)).toEqual([
      '3:info:The HTML comment under "What is dropout?" may hold its answer, hidden from the preview: left out, as no other question of the note hides one: "Zeroing units at random while training."',
    ]);
  });
});

describe('text after a comment on its line', () => {
  it('is text, the answer of the question over it', () => {
    expect(answersOf('1. What does gradient clipping protect against?\n<!-- Exploding gradients. --> Clip by global norm, e.g. **1.0**.\n')).toEqual([
      ['What does gradient clipping protect against?', 'Clip by global norm, e.g. **1.0**.'],
    ]);
  });
});

describe("a Marp deck's presenter notes", () => {
  const deck =
    '---\nmarp: true\npaginate: true\n---\n\n<!-- _class: lead -->\n\n# Drill\n\n---\n\n' +
    '## What is a residual connection?\n\n<!-- A shortcut that adds the input to the output. -->\n\n---\n\n' +
    '## Why does batch norm help?\n\n- Smoother loss landscape\n\n<!-- Also mention Santurkar et al. -->\n\n---\n\n' +
    '## Explain attention in one sentence.\n\n<!-- _backgroundColor: #fff8e1 -->\n\nA weighted average of values.\n';

  it("answer the slide's question, alone or after its text; Marp's directives are no notes", () => {
    expect(answersOf(deck)).toEqual([
      ['What is a residual connection?', 'A shortcut that adds the input to the output.'],
      ['Why does batch norm help?', '- Smoother loss landscape\n\nAlso mention Santurkar et al.'],
      ['Explain attention in one sentence.', 'A weighted average of values.'],
    ]);
    expect(notes(deck)).toEqual([
      `14:info:Read the HTML comment under "What is a residual connection?" as part of its answer (the deck's presenter notes for its slide): "A shortcut that adds the input to the output."`,
      `22:info:Read the HTML comment under "Why does batch norm help?" as part of its answer (the deck's presenter notes for its slide): "Also mention Santurkar et al."`,
    ]);
  });
});
