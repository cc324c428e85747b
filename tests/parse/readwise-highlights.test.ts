/** A book's highlights as Readwise exports them: the reader's notes ask, the book's passages do not. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (text: string) =>
  readNote(text).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null, question.tags, question.topic]);

const book = [
  '# Deep Learning',
  '',
  '![rw-book-cover](https://images-na.ssl-images-amazon.com/images/I/61fim5QqaqL._SL200_.jpg)',
  '',
  '## Metadata',
  '- Author: [[Ian Goodfellow]]',
  '- Category: #books',
  '',
  '## Highlights',
  '- Dropout can be thought of as making bagging practical. ([Location 5321](https://readwise.io/to_kindle?action=open&asin=B01&location=5321))',
  '    - **Note:** Q: Why is dropout compared to bagging? A: Each mini-batch trains a thinned sub-network.',
  '    - Tags: [[regularization]]',
  '- Batch normalization reparametrizes the model. ([Location 6110](https://readwise.io/to_kindle?action=open&asin=B01&location=6110))',
  '- Early stopping limits the reachable parameter space. ([View Highlight](https://read.readwise.io/read/01abc))',
  '    - Note: How is early stopping like L2 regularization?',
  '',
].join('\n');

describe("Readwise's export of a book's highlights", () => {
  it("asks what the notes ask: a `Q: … A: …` note is its question and answer, one that only asks is answered by its passage", () => {
    expect(asked(book)).toEqual([
      ['Why is dropout compared to bagging?', 11, 'Each mini-batch trains a thinned sub-network.', ['regularization'], null],
      ['How is early stopping like L2 regularization?', 15, 'Early stopping limits the reachable parameter space.', [], null],
    ]);
  });

  it('leaves out, each said so, the passages, a highlight with no note that asks, the heading over them and the book\'s metadata', () => {
    const rules = messagesOf(readNote(book).vfile).filter((rule) => rule.includes('readwise'));
    expect(rules).toEqual(['3:readwise-metadata', '5:readwise-metadata', '6:readwise-metadata', '9:readwise-heading', '10:readwise-highlight', '13:readwise-highlight-unasked']);
  });

  it('reads a list whose links go elsewhere than Readwise as any list', () => {
    const note = '## Reading\n- What is dropout? ([Location 12](https://example.com/book))\n    - Zeroing units at random.\n- What is Adam? ([Location 40](https://example.com/book))\n    - Momentum with RMSProp.\n';
    expect(asked(note).map(([question, , answer]) => [question, answer])).toEqual([
      ['What is dropout? (Location 12)', '- Zeroing units at random.'],
      ['What is Adam? (Location 40)', '- Momentum with RMSProp.'],
    ]);
  });
});
