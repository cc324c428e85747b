/**
 * What a question shows: the picture, table, code or formula it points at (`Given this directed
 * graph.`, `… look like this.`, `Given the following code snippet.`), which no wording holds. It is
 * the question's `context`, shown with it before the answer, not its answer and not text of no
 * question. Interview books (chiphuyen/ml-interviews-book) write them under the question, often
 * indented less than the list's text, so that Markdown ends the list before them.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { dedupe } from '../../src/dedupe/index.js';

describe('what a question shows', () => {
  it('is the code right under a list whose last question points at it, even where Markdown ended the list before it', () => {
    const note = [
      '11. [H] How should we implement batch normalization if a batch is spread out over multiple GPUs?',
      '12. [M] Given the following code snippet. What might be a problem with it?',
      '',
      '```',
      'def within_radius(a, b, radius):',
      '    return 1 if np.linalg.norm(a - b) < radius else 0',
      '```',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.context?.text ?? null, question.answer])).toEqual([
      ['How should we implement batch normalization if a batch is spread out over multiple GPUs?', null, null],
      ['Given the following code snippet. What might be a problem with it?', 'def within_radius(a, b, radius):\n    return 1 if np.linalg.norm(a - b) < radius else 0', null],
    ]);
    expect(questions[1]!.context!.markdown).toBe('```\ndef within_radius(a, b, radius):\n    return 1 if np.linalg.norm(a - b) < radius else 0\n```');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('leaves what follows it to the question as its answer, as under any question', () => {
    const note = '# Quiz\n\n1. What is the output of the following code?\n\n```python\nprint(2 ** 3)\n```\n\nIt prints 8.\n\n2. What is the bias-variance trade-off?\n\nLower bias usually means higher variance.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.context?.text ?? null, question.answer?.text ?? null])).toEqual([
      ['What is the output of the following code?', 'print(2 ** 3)', 'It prints 8.'],
      ['What is the bias-variance trade-off?', null, 'Lower bias usually means higher variance.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('is a picture wrapped in <center>, indented under the question or less', () => {
    const note = [
      '1. Train, valid, test splits.',
      '    1. [E] Why do we need a validation set on top of a train set and a test set?',
      '    1. [M] Your model’s loss curves on the train, valid, and test sets look like this. What might have been the cause of this?',
      '',
      '  <center>',
      '    <img src="images/loss.png" width="60%" alt="Problematic loss curves">',
      '  </center>',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    const [, curves] = questions;
    expect(curves!.context!.html).toContain('<img src="images/loss.png"');
    expect(curves!.context!.text).toBe('[Problematic loss curves]');
    expect(curves!.answer).toBeNull();
    // The wrapper tags the outputs do not keep are noted, as anywhere.
    expect(messagesOf(vfile).filter((message) => !message.endsWith('html-left-out'))).toEqual([]);
  });

  it('is not the answer of a question that does not point at it: a picture under `What is a ROC curve?` answers it', () => {
    const { questions } = readNote('- What is a ROC curve?\n\n    ![true against false positive rate](roc.png)\n\n- What is this plot showing?\n\n    ![a plot](plot.png)\n');
    expect(questions.map((question) => [question.answer?.markdown ?? null, question.context?.markdown ?? null])).toEqual([
      ['![true against false positive rate](roc.png)', null],
      [null, '![a plot](plot.png)'],
    ]);
  });

  it('leaves the question to go on after it: a paragraph of its own that asks is the question too, the hint after that its hint', () => {
    const note = [
      '6. [M] Given the following matrix:<br>',
      '\t$$',
      '\t\\begin{bmatrix} 1 & 4 \\\\ -1 & 3 \\end{bmatrix}',
      '\t$$',
      '',
      '\tWithout explicitly using the equation for calculating determinants, what can we say about this matrix’s determinant?',
      '',
      '\t**Hint**: rely on a property of this matrix.',
      '7. [E] What is a rank?',
      '',
    ].join('\n');
    const { questions } = readNote(note);
    expect(questions[0]!.question).toBe(
      'Given the following matrix: Without explicitly using the equation for calculating determinants, what can we say about this matrix’s determinant?',
    );
    expect(questions[0]!.context!.markdown).toBe('$$\n\\begin{bmatrix} 1 & 4 \\\\ -1 & 3 \\end{bmatrix}\n$$\n\n**Hint**: rely on a property of this matrix.');
    expect(questions[0]!.answer).toBeNull();
  });

  it('is the table of a scene whose questions are indented less than its text, each asked after the scene', () => {
    const note = [
      '1. [E] Why is accuracy misleading on imbalanced data?',
      '1. Given a binary classifier that outputs the following confusion matrix.',
      '  <table>',
      '    <tr><td></td><td>Predicted True</td><td>Predicted False</td></tr>',
      '    <tr><td>Actual True</td><td>30</td><td>20</td></tr>',
      '  </table>',
      '',
      '  1. [E] Calculate the model’s precision, recall, and F1.',
      '  1. [M] What can we do to improve the model’s performance?',
      '1. [M] What is the F1 score?',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.context?.text.includes('Predicted True') ?? false])).toEqual([
      ['Why is accuracy misleading on imbalanced data?', false],
      ['Given a binary classifier that outputs the following confusion matrix. Calculate the model’s precision, recall, and F1.', true],
      ['Given a binary classifier that outputs the following confusion matrix. What can we do to improve the model’s performance?', true],
      // Not indented: the next item of the list, not the scene's.
      ['What is the F1 score?', false],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('makes one question of an item that does not ask, the table under it and the paragraph that then asks', () => {
    const note = [
      '12. Naive Bayes classifier.',
      '    19. [E] How is Naive Bayes classifier naive?',
      '    20. [M] Let’s construct a Naive Bayes classifier of tweets’ sentiment. We have four training samples:',
      '',
      '      <table>',
      '        <tr><td>This makes me so upset</td><td>Negative</td></tr>',
      '      </table>',
      '',
      '    According to your classifier, what’s the sentiment of `The hamster is upset with the puppy`?',
      '',
      '13. SVM.',
      '    1. [E] What’s linear separation?',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic, question.occurrences[0]!.line, question.context?.text.includes('so upset') ?? false])).toEqual([
      ['How is Naive Bayes classifier naive?', 'Naive Bayes classifier', 2, false],
      [
        'Let’s construct a Naive Bayes classifier of tweets’ sentiment. We have four training samples: According to your classifier, what’s the sentiment of The hamster is upset with the puppy?',
        'Naive Bayes classifier',
        3,
        true,
      ],
      ['What’s linear separation?', 'SVM', 12, false],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('is the code under a question of any construct that points at it, when what answers it follows (the first block, when all are code)', () => {
    const note = [
      '**24.** What is the result of the following expression?',
      '',
      '```python\n0 * np.nan\n```',
      '',
      '```python\n# nan\n```',
      '',
      '**25.** What does the following code print?',
      '',
      '```python\nprint(1 + 1)\n```',
      '',
      'It prints 2.',
      '',
      '**26.** Implement the following function.',
      '',
      '```python\ndef add(a, b):\n    return a + b\n```',
      '',
    ].join('\n');
    expect(readNote(note).questions.map((question) => [question.context?.markdown ?? null, question.answer?.markdown ?? null])).toEqual([
      ['```python\n0 * np.nan\n```', '```python\n# nan\n```'],
      ['```python\nprint(1 + 1)\n```', 'It prints 2.'],
      // Its only block answers it.
      [null, '```python\ndef add(a, b):\n    return a + b\n```'],
    ]);
  });

  it('is nothing of a question that asks for code, or names nothing it shows, whose first block answers it', () => {
    const note = [
      '## How would you implement the following in Python: reverse a linked list?',
      '```python\nprev = None\n```',
      'This runs in O(n).',
      '## Explain the following metrics: precision and recall.',
      '| metric | formula |\n| --- | --- |\n| precision | TP / (TP + FP) |',
      'Both range from 0 to 1.',
      '## Write code below that reverses a string.',
      '```python\ns[::-1]\n```',
      '```python\nreverse("abc")\n```',
    ].join('\n\n');
    expect(readNote(note).questions.map((question) => [question.context ?? null, question.answer!.text.split('\n')[0]])).toEqual([
      [null, 'prev = None'],
      [null, 'metric | formula'],
      [null, 's[::-1]'],
    ]);
  });

  it('keeps no script, event handler or javascript: URL of the note', () => {
    const { questions, vfile } = readNote('- What does this diagram show?\n\n    <img src="x.png" alt="a diagram" onerror="alert(1)">\n    <script>alert(2)</script>\n');
    const { context } = questions[0]!;
    expect(context!.html).toContain('<img src="x.png" alt="a diagram">');
    expect(`${context!.html}${context!.markdown}`).not.toMatch(/onerror|<script|alert/);
    // And the note is told, as for an answer.
    expect(vfile.messages.map((message) => [message.ruleId, message.reason.slice(0, 53)])).toEqual([['html-left-out', 'Left out of what "What does this diagram show?" shows']]);
  });

  it('stays with the question through the merge, whichever of its places showed it', () => {
    const shown = readNote('- [E] Given this directed graph, construct its adjacency matrix.\n\n    ![a graph of four nodes](graph.png)\n', 'book.md').questions;
    const bare = readNote('## [E] Given this directed graph, construct its adjacency matrix.\n', 'notes.md').questions;
    const [merged] = dedupe([...bare, ...shown]).questions;
    expect(merged!.occurrences.map((occurrence) => [occurrence.file, occurrence.context?.markdown ?? null])).toEqual([
      ['book.md', '![a graph of four nodes](graph.png)'],
      ['notes.md', null],
    ]);
    expect(merged!.context!.markdown).toBe('![a graph of four nodes](graph.png)');
  });

  it('makes questions worded alike under different pictures different questions, kept apart and related', () => {
    // chiphuyen's SVM questions: one wording, three plots (whose alt texts are all the same).
    const note = ['14. SVM.', ...[31, 32, 33].flatMap((n) => [`    1. [M] How well would vanilla SVM work on this dataset?`, '', `      ![Adjacency matrix](images/image${n}.png)`, ''])].join('\n');
    const read = readNote(note).questions;
    expect(new Set(read.map((question) => question.id)).size).toBe(3);
    const { questions, decisions } = dedupe(read);
    expect(questions.map((question) => question.context?.markdown)).toEqual([31, 32, 33].map((n) => `![Adjacency matrix](images/image${n}.png)`));
    expect(questions.every((question) => question.related.length === 2)).toBe(true);
    expect(decisions.map((decision) => [decision.verdict, decision.reason])).toEqual(Array(3).fill(['kept-apart', 'they show different pictures, tables or code']));
  });
});

describe('code between a question and its answer label', () => {
  const qa = (text: string, file = 'note.md') =>
    readNote(text, file).questions.map((question) => [question.question, question.context?.markdown ?? null, question.answer?.markdown ?? null]);

  it('is what the question shows when `A:` stands under it, and the label is no part of the answer (copied text)', () => {
    const note = 'Q: What does this print?\ndef f(x=[]):\n    x.append(1)\n    return x\nprint(f(), f())\nA: Both print [1, 1], the default is shared.\n\nQ: What is a generator?\nA: A function that yields lazily.\n';
    expect(qa(note, 'note.txt')).toEqual([
      ['What does this print?', '```python\ndef f(x=[]):\n    x.append(1)\n    return x\nprint(f(), f())\n```', 'Both print \\[1, 1], the default is shared.'],
      ['What is a generator?', null, 'A function that yields lazily.'],
    ]);
  });

  it("keeps code's own lines that look labelled (`q.append(1)`, `A = q.pop()`) in the code", () => {
    const note = 'Q: What does this print?\nq = deque()\nq.append(1)\nA = q.pop()\nprint(A)\nA: 1, as appended.\n';
    const [, shown, answer] = qa(note, 'note.txt')[0]!;
    expect(shown).toContain('q = deque()\nq.append(1)\nA = q.pop()\nprint(A)\n```');
    expect(answer).toBe('1, as appended.');
  });

  it('is so in Markdown, fenced, whatever the wording', () => {
    expect(qa('Q: Output?\n```python\nprint(1 + 1)\n```\nA: 2\n')).toEqual([['Output?', '```python\nprint(1 + 1)\n```', '2']]);
  });

  it("is the answer's when `A:` stands over it", () => {
    expect(qa('Q: How do you reverse a list in place?\nA:\nnums.reverse()\nprint(nums)\n', 'note.txt')[0]![2]).toContain('nums.reverse()');
  });
});
