/**
 * A Kaggle discussion copied as text: each post under its head (`Sakura Tanaka · Posted 2 years ago`) and its votes,
 * copied as the icon's name (`arrow_drop_up 3`), with `reply` buttons under it. Those lines are chrome, left out with a
 * note, and a post's head ends the post before it: a reader's post is no part of the last answer, and a card it
 * posts (`What is …? → …`) is a question of its own.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { forumPostHeads } from '../../src/parse/site-chrome.js';

const answers = (text: string, file = 'kaggle.txt') => answerTextsOf(text, file);

const thread = [
  'Chris Deotte · Posted 2 years ago',
  'arrow_drop_up 12',
  'Q: How do you prevent target leakage with target encoding?',
  'A: Compute the encoding out-of-fold.',
  '',
  'reply',
  'Reply',
  '',
  'Sakura Tanaka · Posted 2 years ago',
  'arrow_drop_up 3',
  'What is the difference between AUC and Gini? → Gini = 2·AUC − 1',
  '',
].join('\n');

describe('a Kaggle discussion, copied', () => {
  it("leaves out each post's head, votes and reply buttons, and reads a reader's card as a question of its own, not the end of the last answer", () => {
    const note = readNote(thread, 'kaggle.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['How do you prevent target leakage with target encoding?', 'Compute the encoding out-of-fold.'],
      ['What is the difference between AUC and Gini?', 'Gini = 2·AUC − 1'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([1, 2, 6, 7, 9, 10].map((line) => `${line}:site-chrome`));
  });

  it('leaves out a Reply right over a post\'s head in a copy with no votes, and keeps one that answers', () => {
    expect(answers('Chris · Posted 2 years ago\nQ: How do you prevent target leakage?\nA: Compute the encoding out-of-fold.\n\nReply\n\nSakura · Posted 2 years ago\nWhat is the difference between AUC and Gini? → Gini = 2·AUC − 1\n')).toEqual([
      ['How do you prevent target leakage?', 'Compute the encoding out-of-fold.'],
      ['What is the difference between AUC and Gini?', 'Gini = 2·AUC − 1'],
    ]);
    expect(answers('Q: What do you click to answer a review comment?\nA: Reply\n', 'note.txt')).toEqual([['What do you click to answer a review comment?', 'Reply']]);
  });

  it("tells a post's head by who or where and when it was posted, not by a sentence that says so", () => {
    expect([...forumPostHeads(['Getting Started · Posted 3 days ago', 'Priya N. · Topic Author · Posted 5 months ago', 'The model was posted 2 years ago.', 'Posted 2 years ago'])]).toEqual([0, 1]);
  });
});
