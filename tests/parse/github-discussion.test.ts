/**
 * A GitHub discussion of the Q&A category copied as text: its title is the question, without the discussion's number,
 * the marked answer its answer. The asker's post under the title asks the same again at more length: it is their
 * words, no second question, and is left out with a note, but for code it shows that the title points at, which the
 * question shows. Read only under GitHub's own line `X asked this question in Q&A`.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

const DISCUSSION = [
  'How can both happen at once? #1234',
  'jiwoo-kim asked this question in Q&A',
  '',
  'I see both low training loss and high validation loss. How can both happen at once?',
  '',
  'Answered by ptrblck',
  '',
  'ptrblck',
  'on Mar 3, 2024',
  'Maintainer',
  '',
  'That is overfitting: the model memorises the training set.',
  '',
].join('\n');

describe('a copy of a GitHub discussion', () => {
  it("reads its title, without the discussion's number, as the one question, the marked answer as its answer", () => {
    expect(answerTextsOf(DISCUSSION, 'discussion.txt')).toEqual([['How can both happen at once?', 'That is overfitting: the model memorises the training set.']]);
  });

  it("leaves out the number and the asker's post under the title, with a note that names each", () => {
    const note = readNote(DISCUSSION, 'discussion.txt');
    expect(messagesOf(note.vfile).filter((message) => /:(?:discussion-number|asker-words)$/.test(message))).toEqual(['1:discussion-number', '4:asker-words']);
    expect(note.vfile.messages.find((message) => message.line === 1)!.reason).toBe(`Left out the GitHub discussion's number, no word of its title's question: "#1234"`);
  });

  it('leaves out the number on a line of its own under the title, as a copy may set it', () => {
    const page = DISCUSSION.replace(' #1234', '\n#1234');
    expect(answerTextsOf(page, 'discussion.txt')).toEqual([['How can both happen at once?', 'That is overfitting: the model memorises the training set.']]);
    expect(messagesOf(readNote(page, 'discussion.txt').vfile).filter((message) => /:(?:discussion-number|asker-words)$/.test(message))).toEqual(['2:discussion-number', '5:asker-words']);
  });

  it('keeps code the post shows when the title points at it: the question shows it', () => {
    const page = [
      'Why does this code print 3? #77',
      'minho-lee asked this question in Q&A',
      'minho-lee',
      'on Mar 3, 2024',
      'I expected 2 here:',
      '',
      'x = [1, 2]',
      'print(len(x) + 1)',
      '',
      'Answered by ptrblck',
      '',
      'len(x) is 2, and the code adds 1 to it.',
      '',
    ].join('\n');
    const [question] = readNote(page, 'discussion.txt').questions;
    expect([question!.question, question!.context?.text, question!.answer?.text]).toEqual(['Why does this code print 3?', 'x = [1, 2]\nprint(len(x) + 1)', 'len(x) is 2, and the code adds 1 to it.']);
    // A title that points at nothing shown: the code is the asker's words too, no answer.
    const unshown = readNote(page.replace('this code', 'it'), 'discussion.txt');
    expect(unshown.questions.map((found) => [found.question, found.answer?.text])).toEqual([['Why does it print 3?', 'len(x) is 2, and the code adds 1 to it.']]);
    expect(messagesOf(unshown.vfile).filter((message) => message.endsWith(':asker-words'))).toEqual(['5:asker-words', '7:asker-words', '8:asker-words']);
  });

  it("keeps the post where the title does not ask: the post's question is the page's", () => {
    const page = DISCUSSION.replace('How can both happen at once? #1234', 'Train and validation loss apart #1234');
    expect(answerTextsOf(page, 'discussion.txt')).toEqual([['I see both low training loss and high validation loss. How can both happen at once?', 'That is overfitting: the model memorises the training set.']]);
  });

  it("keeps a title's `#1234` and the post under it in a note without GitHub's line under its title", () => {
    const read = readNote(DISCUSSION.replace('jiwoo-kim asked this question in Q&A\n', ''), 'note.txt');
    expect(read.questions.map((question) => question.question)).toEqual(['I see both low training loss and high validation loss. How can both happen at once?']);
    expect(messagesOf(read.vfile).filter((message) => /:(?:discussion-number|asker-words)$/.test(message))).toEqual([]);
  });

  it("takes the post's first paragraph alone where no answer's header follows it: the note's own text after a page copied only so far stays", () => {
    const note = [
      'Why does my loss go NaN after a few epochs? #4521',
      'Answered by ptrblck',
      'jiwoo-kim asked this question in Q&A',
      '',
      'My loss becomes NaN after a few epochs. Why does this happen?',
      '',
      'My notes: usually exploding gradients. Lower the learning rate, clip gradients.',
      '',
      'What is gradient clipping?',
      'Rescaling gradients whose norm exceeds a threshold.',
    ].join('\n');
    const { questions } = readNote(note, 'nan.txt');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Why does my loss go NaN after a few epochs?', 'My notes: usually exploding gradients. Lower the learning rate, clip gradients.'],
      ['What is gradient clipping?', 'Rescaling gradients whose norm exceeds a threshold.'],
    ]);
  });

  it("keeps what follows GitHub's line where a note quotes it alone, no copy of a discussion", () => {
    const note = 'What does a GitHub discussion show under its title?\njiwoo-kim asked this question in Q&A\n\nWhat is a marked answer?\nThe answer the asker chose, shown under the post.\n';
    expect(answerTextsOf(note, 'note.txt')).toEqual([
      ['What does a GitHub discussion show under its title?', 'jiwoo-kim asked this question in Q&A'],
      ['What is a marked answer?', 'The answer the asker chose, shown under the post.'],
    ]);
  });
});
