/**
 * Tags written on a section's heading (`## Optimizers #optim #must`, an Org headline's `:dl:interview:`) or on a line
 * of their own right under it file that section: they are the tags of the questions under the heading and its
 * sub-headings, not of the note's other questions. A line of tags under the note's title files the whole note, and a
 * tag in a sentence or after a question files no section.
 */
import { describe, expect, it } from 'vitest';
import { tagsOfSectionsAt } from '../../src/parse/section-tags.js';
import { readNote } from '../helpers/read-note.js';

const tagsAndTopics = (text: string, file?: string) => readNote(text, file).questions.map((question) => [question.question, question.tags, question.topic]);

describe("a section's tags", () => {
  it("that end its heading are the tags of the questions under it and its sub-headings, and no part of its topic's name", () => {
    const note = '# ML 면접\n\n## Optimizers #optim #must\n\n### What is SGD?\n\nA step down the gradient.\n\n### Adaptive methods\n\n#### What is Adam?\n\nMomentum and RMSProp.\n\n## Regularisation\n\n### What is dropout?\n\nZeroing units.\n';
    expect(tagsAndTopics(note)).toEqual([
      ['What is SGD?', ['must', 'optim'], 'Optimizers'],
      ['What is Adam?', ['must', 'optim'], 'Adaptive methods'],
      ['What is dropout?', [], 'Regularisation'],
    ]);
    expect(readNote(note).vfile.messages.map((message) => `${message.line}: ${message.reason}`)).toContain(
      '3: Read the tags that end the heading "Optimizers #optim #must" as the tags of the questions under it (optim, must), not as part of its name',
    );
  });

  it('on a line right under its heading are its questions\' tags too, where under the title they are every question\'s', () => {
    const note = '# OS 면접\n#cs\n\n## Processes\n#process\n\n### What is a process?\n\nA program running.\n\n## Memory\n\n### What is paging?\n\nFixed-size blocks.\n';
    expect(tagsAndTopics(note)).toEqual([
      ['What is a process?', ['cs', 'process'], 'Processes'],
      ['What is paging?', ['cs'], 'Memory'],
    ]);
    expect(readNote(note).vfile.messages.map((message) => message.reason)).toEqual([
      'Read a line of tags ("#cs") as every question\'s tags (cs), not as part of an answer: it files the note',
      'Read a line of tags ("#process") under "Processes" as its questions\' tags (process), not as part of an answer: it files that section',
    ]);
    // A note opened by a section of its own, another as high after it, has no title: its first heading's line is its section's.
    expect(tagsAndTopics('## Processes\n\n#process\n\n### What is a process?\n\nA program.\n\n## Memory\n\n### What is paging?\n\nBlocks.\n')).toEqual([
      ['What is a process?', ['process'], 'Processes'],
      ['What is paging?', [], 'Memory'],
    ]);
    // The title over questions of its level (`# What is a thread?`) is still the note's title.
    expect(tagsAndTopics('# OS\n#cs\n\n# What is a process?\n\nA program.\n\n# What is a thread?\n\nA path.\n').map(([, tags]) => tags)).toEqual([['cs'], ['cs']]);
  });

  it("are an Org headline's tags, given to the entries under it", () => {
    const note = '* Deep learning :dl:interview:\n** What is dropout?\nZeroing units.\n** Optimizers :optim:\n*** What is Adam?\nMomentum.\n* Statistics\n** What is a p-value?\nA probability.\n';
    expect(tagsAndTopics(note, 'notes.org')).toEqual([
      ['What is dropout?', ['dl', 'interview'], 'Deep learning'],
      ['What is Adam?', ['dl', 'interview', 'optim'], 'Optimizers'],
      ['What is a p-value?', [], 'Statistics'],
    ]);
  });

  it("are not a question's own tags, nor a tag in a sentence", () => {
    const note = '## Basics\n\n### What is L2? #l2\n\nWeight decay, as #regularisation posts say.\n\n### What is L1?\n\nLasso.\n';
    expect(tagsAndTopics(note)).toEqual([
      ['What is L2?', ['l2'], 'Basics'],
      ['What is L1?', [], 'Basics'],
    ]);
  });
  it("finds a question's sections, the sections around them too, in a note of any number of tagged sections", () => {
    // `## A #a` over `### B #b` over questions, then `## C #c`: sibling sections after nested ones.
    const sections = [
      { line: 1, start: 0, end: 100, tags: ['a'], parent: -1 },
      { line: 3, start: 20, end: 100, tags: ['b'], parent: 0 },
      { line: 9, start: 100, end: Number.MAX_SAFE_INTEGER, tags: ['c'], parent: -1 },
    ];
    expect([10, 50, 100, 150].map((offset) => tagsOfSectionsAt(sections, offset))).toEqual([['a'], ['a', 'b'], ['c'], ['c']]);
    // 100,000 sections, each pair a section and one under it, a question in each: found by halving and climbing, not
    // by reading every section.
    const many = Array.from({ length: 100_000 }, (_, k) =>
      k % 2 === 0 ? { line: k + 1, start: k * 10, end: (k + 2) * 10, tags: [`t${k}`], parent: -1 } : { line: k + 1, start: k * 10, end: (k + 1) * 10, tags: [`t${k}`], parent: k - 1 },
    );
    const found = many.map((_, k) => tagsOfSectionsAt(many, k * 10 + 5).join(' '));
    expect(found.every((tags, k) => tags === (k % 2 === 0 ? `t${k}` : `t${k - 1} t${k}`))).toBe(true);
    expect(found.slice(0, 3)).toEqual(['t0', 't0 t1', 't2']);
  });
});
