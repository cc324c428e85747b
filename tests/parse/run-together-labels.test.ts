/**
 * A copy that lost its line breaks runs a note's labelled pairs together on one line (`Q1: … A1: … Q2: …`). Where
 * the labels follow in sequence, each is read as beginning a line: each question gets its own answer, and the
 * note says which line was split. Labels out of sequence may be the text's own, and leave the line as it is.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const pairsOf = (text: string, file = 'note.txt') => readNote(text, file).questions.map((question) => [question.question, question.answer?.text]);

describe('question and answer labels run together on one line', () => {
  it('splits a line at numbered labels in sequence, and says so', () => {
    const text =
      'Q1: What is a primary key? A1: A column that uniquely identifies each row. Q2: What is a foreign key? A2: A column that references the primary key of another table. Q3: What is an index? A3: A structure that speeds up lookups.\n';
    const note = readNote(text, 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a primary key?', 'A column that uniquely identifies each row.'],
      ['What is a foreign key?', 'A column that references the primary key of another table.'],
      ['What is an index?', 'A structure that speeds up lookups.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['1:run-together-labels']);
    expect(note.vfile.messages[0]!.reason).toBe('Split line 1 at its labels (Q1: A1: Q2: …): 3 questions and their answers run together on one line, each label read as beginning a line');
  });

  it('reads them so in a Markdown note, under a title, and with `Question 1.` labels', () => {
    expect(pairsOf('# SQL\n\nQuestion 1. What is a view? Answer 1. A stored query. Question 2. What is a trigger? Answer 2. Code run on a change.\n', 'note.md')).toEqual([
      ['What is a view?', 'A stored query.'],
      ['What is a trigger?', 'Code run on a change.'],
    ]);
  });

  it('reads an unnumbered `A.` or `A)` among numbered labels as the text it is', () => {
    expect(pairsOf('Q1: Who broke Enigma? A1: A. Turing and his team. Q2: Which option is right? A2: A) the first.\n')).toEqual([
      ['Who broke Enigma?', 'A. Turing and his team.'],
      ['Which option is right?', 'A) the first.'],
    ]);
  });

  it('splits unnumbered labels only when each has a colon and they alternate', () => {
    expect(pairsOf('Q: What is a primary key? A: A unique column. Q: What is an index? A: A lookup structure.\n')).toEqual([
      ['What is a primary key?', 'A unique column.'],
      ['What is an index?', 'A lookup structure.'],
    ]);
  });

  it('leaves a line whose labels are out of sequence as it is: they may be the answer’s own words', () => {
    const note = readNote('Q: How are results graded? A: Grade A: above 90. Grade B: above 80. Q: no more.\n', 'note.txt');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Grade A: above 90. Grade B: above 80. Q: no more.']);
    expect(messagesOf(note.vfile)).not.toContain('1:run-together-labels');
    expect(pairsOf('Q1: What is X? A1: One. Q3: What is Z? A3: Three.\n')).toHaveLength(1);
  });

  it('splits one numbered pair, its numbers matching', () => {
    expect(pairsOf('Q1: What is a primary key? A1: A unique column.\n')).toEqual([['What is a primary key?', 'A unique column.']]);
    expect(pairsOf('Q1: What is a primary key? A2: A unique column.\n')).toEqual([['What is a primary key? A2: A unique column.', undefined]]);
  });
});
