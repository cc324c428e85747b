/** A line of text a reader of another markup writes as Markdown: what opens it is text, not a Markdown block. */
import { describe, expect, it } from 'vitest';
import { answersOf } from '../helpers/read-note.js';


describe('the head of a line read from another markup', () => {
  it('is text when a LaTeX line of `=`s stands under a line of text, no heading of it', () => {
    expect(answersOf('\\section{What is a setext heading?}\nA line of text\n===\nunder it.\n', 'notes.tex')).toEqual([
      ['What is a setext heading?', 'A line of text\n\\===\nunder it.'],
    ]);
  });

  it('is text when an Org line opens with three backticks, no code fence opened by it', () => {
    expect(answersOf('* What is a code fence?\nThree backticks\n```\nopen one in Markdown.\n', 'notes.org')).toEqual([
      ['What is a code fence?', 'Three backticks\n\\`\\`\\`\nopen one in Markdown.'],
    ]);
  });

  it('is text when a reStructuredText line of two `=`s, too short to underline a title, stands under a line of text', () => {
    expect(answersOf('Notes\n=====\n\nWhat is an underline?\n---------------------\n\nA line of text\n==\nunder it.\n', 'notes.rst')).toEqual([
      ['What is an underline?', 'A line of text\n\\==\nunder it.'],
    ]);
  });

  it('is text when a reStructuredText or Org line opens with a `#` before a word, no line of tags left out', () => {
    expect(answersOf('Notes\n=====\n\nWhat is a tag?\n--------------\n\nA word after a hash\n#python #ml\nis text.\n', 'notes.rst')).toEqual([
      ['What is a tag?', 'A word after a hash\n\\#python #ml\nis text.'],
    ]);
    expect(answersOf('* What is a tag?\nA word after a hash\n#python #ml\nis text.\n', 'notes.org')).toEqual([['What is a tag?', 'A word after a hash\n\\#python #ml\nis text.']]);
  });

  it('is text when an AsciiDoc paragraph goes on with a line opening with `>`, no quote opened by it', () => {
    expect(answersOf('= Notes\n\n== What is a quote?\n\nA line of text\n> under it\nis text.\n', 'notes.adoc')).toEqual([
      ['What is a quote?', 'A line of text\n\\> under it\nis text.'],
    ]);
  });
});
