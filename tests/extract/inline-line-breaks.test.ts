/**
 * A `<br>` written inside a line is the line break it renders: Obsidian's Kanban joins a card's lines with one
 * (`- [ ] What problem does focal loss solve?<br>→ Down-weights …`), and pages copied to Markdown write
 * `**Q?**<br>A` and `Q?<br>A`. The question is the line before it, the answer what follows. A table's cell stays one
 * line, its `<br>` and all: its row's answer cell answers it.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

const pairs = (text: string) => readNote(text).questions.map((question) => [question.question, question.answer?.text]);

describe('a <br> between a question and its answer on one line', () => {
  it("parts an Obsidian Kanban card's question from its answer, in a lane of the board", () => {
    const board =
      '---\n\nkanban-plugin: basic\n\n---\n\n## Reviewing\n\n- [ ] What problem does focal loss solve?<br>→ Down-weights easy examples.\n- [ ] What does the temperature do in distillation?<br>→ Softens the softmax.<br>Passes dark knowledge.\n';
    expect(pairs(board)).toEqual([
      ['What problem does focal loss solve?', 'Down-weights easy examples.'],
      ['What does the temperature do in distillation?', 'Softens the softmax.\nPasses dark knowledge.'],
    ]);
  });

  it("files a Kanban card by the tags that end its line, after its answer", () => {
    const note = readNote('## Reviewing\n\n- [ ] What problem does focal loss solve?<br>→ Down-weights easy examples. #cv #loss\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.tags])).toEqual([['What problem does focal loss solve?', 'Down-weights easy examples.', ['cv', 'loss']]]);
  });

  it('parts a list item, a bold question and a plain line alike', () => {
    const expected = [
      ['What problem does focal loss solve?', 'Down-weights easy examples.'],
      ['What does the temperature do in distillation?', 'Softens the softmax.'],
    ];
    expect(pairs('# Cards\n\n- What problem does focal loss solve?<br>Down-weights easy examples.\n- What does the temperature do in distillation?<br/>Softens the softmax.\n')).toEqual(expected);
    expect(pairs('# Cards\n\n**What problem does focal loss solve?**<br>Down-weights easy examples.\n\n**What does the temperature do in distillation?**<br>Softens the softmax.\n')).toEqual(expected);
    expect(pairs('# Cards\n\nWhat problem does focal loss solve?<br>Down-weights easy examples.\n\nWhat does the temperature do in distillation?<br />Softens the softmax.\n')).toEqual(expected);
  });

  it('parts each of such lines written one under another, with no blank line between them', () => {
    expect(pairs('What problem does focal loss solve?<br>Down-weights easy examples.\nWhat does the temperature do in distillation?<br>Softens the softmax.\n')).toEqual([
      ['What problem does focal loss solve?', 'Down-weights easy examples.'],
      ['What does the temperature do in distillation?', 'Softens the softmax.'],
    ]);
  });

  it("leaves a table's question cell whole", () => {
    expect(pairs('| Question | Answer |\n|---|---|\n| What is dropout?<br>(in CNNs) | Randomly zeroing units. |\n')).toEqual([['What is dropout? (in CNNs)', 'Randomly zeroing units.']]);
  });
});
