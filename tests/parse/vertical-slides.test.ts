import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { answersOf, readNote } from '../helpers/read-note.js';

const deck = [
  '## What is IoU?',
  '',
  '- Intersection over union of the predicted and true boxes.',
  '',
  '---',
  '',
  '## Why is NMS needed?',
  '',
  '- It removes duplicate boxes for the same object.',
  '',
  '--',
  '',
  '### How does Soft-NMS differ?',
  '',
  '- It decays overlapping boxes\' scores instead of removing them.',
  '',
].join('\n');

describe("reveal.js's vertical-slide separator", () => {
  it('parts the slides as `---` does: no `--` ends the answer above it, and the answer is not flagged incomplete', () => {
    expect(answersOf(deck)).toEqual([
      ['What is IoU?', '- Intersection over union of the predicted and true boxes.'],
      ['Why is NMS needed?', '- It removes duplicate boxes for the same object.'],
      ['How does Soft-NMS differ?', "- It decays overlapping boxes' scores instead of removing them."],
    ]);
    expect(readNote(deck).questions.flatMap((question) => question.flags)).toEqual([]);
  });

  it('is a rule only alone between blank lines: right under a line it underlines a heading, a signature\'s `--` over its name and an escaped `\\--` stay text', () => {
    expect(parseMarkdown('Some text.\n\n--\n\nMore text.\n').tree.children.map((block) => block.type)).toEqual(['paragraph', 'thematicBreak', 'paragraph']);
    expect(parseMarkdown('Gradient clipping\n--\n').tree.children.map((block) => block.type)).toEqual(['heading']);
    expect(parseMarkdown('Thanks.\n\n--\nPriya Sharma\n').tree.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(parseMarkdown('Text.\n\n\\--\n').tree.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });
});
