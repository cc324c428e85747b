/**
 * A glossary written as a list (glossary-lists.ts), in a Markdown note or copied text: under a title that names one
 * (`## Glossary`, `Key Terms`), a list whose every item gives a term, a colon and its definition. Each item is its
 * term's card, as a glossary's lines in copied text and a definition list's terms are: the term its question, the rest
 * of the item its answer.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, messagesOf, readNote } from '../helpers/read-note.js';
import { namesGlossary } from '../../src/wording/glossary-titles.js';

const keyTerms = [
  '# Training notes',
  '',
  '## What is dropout?',
  '',
  'Zeroing units at random while training.',
  '',
  '## Key Terms',
  '',
  '- Epoch: one pass over the whole training set.',
  '- **Batch**: the examples used for one gradient step.',
  '- **Learning rate:** the step size of gradient descent,',
  '  tuned before anything else.',
  '',
  '  Too large a rate diverges.',
  '',
].join('\n');

describe('a glossary written as a list', () => {
  it('gives a card per item under a heading that names a glossary, whether the term is set plain or in bold, with the colon after it or inside', () => {
    const { questions, vfile } = readNote(keyTerms);
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic, question.answer?.markdown ?? null])).toEqual([
      ['What is dropout?', 3, null, 'Zeroing units at random while training.'],
      ['Epoch', 9, 'Key Terms', 'one pass over the whole training set.'],
      ['Batch', 10, 'Key Terms', 'the examples used for one gradient step.'],
      // The item's wrapped line and its second paragraph are the definition's.
      ['Learning rate', 11, 'Key Terms', 'the step size of gradient descent,\ntuned before anything else.\n\nToo large a rate diverges.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:glossary-lines']);
    expect(vfile.messages[0]!.message).toBe('Read the 3 items `Term: definition` of the list under "Key Terms" (lines 9-14) as a glossary: each term a question, its definition the answer');
  });

  it('gives the same cards in copied text, under a title line or the note\'s own title (a bulleted list there was the title\'s answer)', () => {
    const copied = ['Deep learning basics', '', 'What is dropout?', 'Zeroing units at random while training.', '', 'Glossary', '', '- Epoch: one pass over the whole training set.', '- Batch: the examples used for one gradient step.', ''].join('\n');
    expect(answersOf(copied, 'notes.txt')).toEqual([
      ['What is dropout?', 'Zeroing units at random while training.'],
      ['Epoch', 'one pass over the whole training set.'],
      ['Batch', 'the examples used for one gradient step.'],
    ]);
    const titled = ['Key Terms', '', '- Epoch: one pass over the whole training set.', '- Batch: the examples used for one gradient step.', ''].join('\n');
    expect(answersOf(titled, 'terms.txt')).toEqual([
      ['Epoch', 'one pass over the whole training set.'],
      ['Batch', 'the examples used for one gradient step.'],
    ]);
  });

  it('is inside the answer of a question asked by any heading above its own, or by a line above a lead-in; a lead-in under no question opens a glossary', () => {
    const nested = ['# Transformers', '', '## Q1. Transformer architecture', '', 'A model built from attention layers.', '', '### Details', '', 'It stacks blocks.', '', '#### Key Terms', '', '- Encoder: the stack that reads the input sequence.', '- Decoder: the stack that writes the output sequence.', ''].join('\n');
    expect(answersOf(nested).map(([question]) => question)).toEqual(['Transformer architecture']);
    const intro = ['Deep learning notes', '', 'These are my notes from the course.', '', 'Key terms:', '- Epoch: one pass over the whole training set.', '- Batch: the examples used for one gradient step.', ''].join('\n');
    expect(answersOf(intro, 'notes.txt').map(([question]) => question)).toEqual(['Epoch', 'Batch']);
    // A bold line in a Markdown note titles a glossary as a heading does.
    const bold = ['# ML notes', '', '**Key Terms**', '', '- Epoch: one pass over the whole training set.', '- Batch: the examples of one gradient step.', '', '## What is dropout?', '', 'Zeroing units at random.', ''].join('\n');
    expect(readNote(bold).questions.map((question) => [question.question, question.topic])).toEqual([
      ['Epoch', 'Key Terms'],
      ['Batch', 'Key Terms'],
      ['What is dropout?', null],
    ]);
  });

  it("names its terms' topic only: a question after the glossary in copied text is under no title (it took the glossary's)", () => {
    const copied = ['What is dropout?', 'Zeroing units at random while training.', '', 'Key Terms', '• Epoch: one pass over the whole training set.', '• Batch: the examples used for one gradient step.', '', 'What is an optimizer?', 'It updates the weights.', ''].join('\n');
    expect(readNote(copied, 'notes.txt').questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is dropout?', null],
      ['Epoch', 'Key Terms'],
      ['Batch', 'Key Terms'],
      ['What is an optimizer?', null],
    ]);
    // The same of a glossary's lines.
    const lines = ['What is dropout?', 'Zeroing units at random while training.', '', 'Key Terms', 'Epoch: one pass over the whole training set.', 'Batch: the examples used for one gradient step.', 'What is an optimizer?', 'It updates the weights.', ''].join('\n');
    expect(readNote(lines, 'notes.txt').questions.map((question) => question.topic)).toEqual([null, 'Key Terms', 'Key Terms', null]);
    // Questions listed after it too.
    const listed = ['Deep learning', '', 'Key Terms', 'Epoch: one pass over the whole training set.', 'Batch: the examples used for one gradient step.', '', '- What is an epoch?', '- Why use mini-batches?', ''].join('\n');
    expect(readNote(listed, 'notes.txt').questions.map((question) => [question.question, question.topic])).toEqual([
      ['Epoch', 'Key Terms'],
      ['Batch', 'Key Terms'],
      ['What is an epoch?', null],
      ['Why use mini-batches?', null],
    ]);
  });

  it('is read under a title that names what its glossary is of (`NLP glossary`, `Key ML Terms`, `Definitions`, `Glossary for interviews`)', () => {
    const items = '- Epoch: one pass over the training set\n- Logit: the raw score before the softmax\n';
    for (const title of ['# NLP glossary', '## Deep Learning Glossary', '## Key ML Terms', '## Glossary of ML terms', '## ML Terminology', '## Definitions', '# Glossary for interviews', '## Glossary for the ML interview']) {
      expect(answersOf(`${title}\n\n${items}`), title).toEqual([
        ['Epoch', 'one pass over the training set'],
        ['Logit', 'the raw score before the softmax'],
      ]);
    }
    // Words that make a phrase of it name no glossary.
    for (const title of ['In simple terms', 'In other terms', 'Terms of service']) expect(namesGlossary(title), title).toBe(false);
  });

  it('takes a brief definition (a formula, two words) among items that define in sentences', () => {
    const note = '## Glossary\n\n- Epoch: one pass over the training set\n- ReLU: max(0, x)\n- Stemming: chopping suffixes\n- Logit: the raw score before the softmax\n- Batch: the examples of one update\n';
    expect(answersOf(note)).toEqual([
      ['Epoch', 'one pass over the training set'],
      ['ReLU', 'max(0, x)'],
      ['Stemming', 'chopping suffixes'],
      ['Logit', 'the raw score before the softmax'],
      ['Batch', 'the examples of one update'],
    ]);
    // Not where most are brief: `Pros: fast` lines are no glossary's, whatever the title.
    const mostlyBrief = answersOf('## Glossary\n\n- Pros: fast\n- Cons: slow\n- Epoch: one pass over the training set\n').map(([question]) => question);
    expect(mostlyBrief).not.toContain('Pros');
    expect(mostlyBrief).not.toContain('Epoch');
  });

  it('leaves a list alone when one of its items gives no term, or when the title over it names no glossary', () => {
    const mixed = ['## Glossary', '', '- Epoch: one pass over the whole training set.', '- See the appendix for the rest of them.', ''].join('\n');
    const { questions: mixedQuestions, vfile } = readNote(mixed);
    expect(mixedQuestions.map((question) => question.question)).not.toContain('Epoch');
    expect(messagesOf(vfile).filter((message) => message.endsWith('glossary-lines'))).toEqual([]);
    // An answer's own `Label: text` lines under a question, and under a section of another kind.
    const answer = ['## Why use a GPU?', '', '- Speed: many cores work on one batch at once.', '- Memory: fast memory close to those cores.', '', '## Pros and cons', '', '- Pros: fast to train on a large batch.', '- Cons: costly to rent for a long time.', ''].join('\n');
    const read = readNote(answer);
    expect(read.questions.map((question) => question.question)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Speed|Memory|Pros|Cons)$/)]));
    expect(read.questions[0]!.answer?.markdown).toBe('- Speed: many cores work on one batch at once.\n- Memory: fast memory close to those cores.');
    expect(messagesOf(read.vfile).filter((message) => message.endsWith('glossary-lines'))).toEqual([]);
  });

  it('leaves a glossary inside a question\'s answer in that answer, under a deeper heading or a lead-in that ends with a colon, and ends each card with its item', () => {
    const answer = (title: string) => ['## What is a transformer?', '', 'A model built from attention layers.', '', title, '', '- Encoder: the stack that reads the input sequence.', '- Decoder: the stack that writes the output sequence.', '', '## What is BERT?', '', 'An encoder-only model.', ''].join('\n');
    for (const title of ['Key terms:', '### Key Terms']) {
      expect(answersOf(answer(title))).toEqual([
        ['What is a transformer?', `A model built from attention layers.\n\n${title}\n\n- Encoder: the stack that reads the input sequence.\n- Decoder: the stack that writes the output sequence.`],
        ['What is BERT?', 'An encoder-only model.'],
      ]);
    }
    const copied = ['What is a transformer?', 'A model built from attention layers.', '', 'Key terms:', '', '- Encoder: the stack that reads the input sequence.', '- Decoder: the stack that writes the output sequence.', ''].join('\n');
    expect(answersOf(copied, 'notes.txt').map(([question]) => question)).toEqual(['What is a transformer?']);
    // Text after the list is no term's: said to belong to no question, as text after a glossary's lines is.
    const after = ['## Glossary', '', '- Epoch: one pass over the whole training set.', '- Batch: the examples of one gradient step.', '', 'See the appendix for the rest of the terms.', ''].join('\n');
    const { questions, vfile } = readNote(after);
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Epoch', 'one pass over the whole training set.'],
      ['Batch', 'the examples of one gradient step.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:glossary-lines', '6:orphan-text']);
  });

  it('reads an item as a glossary line is read: a term of a title\'s few words asking nothing, a sentence after it', () => {
    const list = (item: string) => ['## Glossary', '', '- Epoch: one pass over the whole training set.', `- ${item}`, ''].join('\n');
    const questionsOf = (item: string) => readNote(list(item)).questions.map((question) => question.question);
    expect(questionsOf('Batch: the examples of one step.')).toEqual(['Epoch', 'Batch']);
    // The definition is judged whole, a link in it and all.
    expect(questionsOf('Batch: the [examples](https://example.com/batch) of one step.')).toEqual(['Epoch', 'Batch']);
    // A question, a date, an address and a label are no terms and definitions.
    // Obsidian's card (`Batch ::: …`) is no term line either.
    for (const item of ['What is a batch: a set of examples?', 'Date: 10:30', 'Source: https://example.com/terms', 'Note: these are the terms used below.', '[ ] Batch: the examples of one step.', 'Batch ::: the examples of one step.', '**Batch** ::: the examples of one step.']) {
      expect(questionsOf(item)).not.toContain('Epoch');
    }
  });

  it("parts a term from its definition by a cheat sheet's arrow or dash too (`->`, `→`, `—`, ` - `), the term plain or in bold", () => {
    const note =
      '## Training terms\n\n- Epoch -> one full pass over the training data\n- **Batch size** — number of samples per gradient update\n' +
      '- t-SNE → a method that embeds points in two dimensions\n- Learning rate - step size of each parameter update\n- **Dropout** => randomly zeroes activations in training\n';
    expect(answersOf(note)).toEqual([
      ['Epoch', 'one full pass over the training data'],
      ['Batch size', 'number of samples per gradient update'],
      ['t-SNE', 'a method that embeds points in two dimensions'],
      ['Learning rate', 'step size of each parameter update'],
      ['Dropout', 'randomly zeroes activations in training'],
    ]);
  });

  it('takes a colon before an arrow or a dash, and reads a chain of arrows as no term', () => {
    // `Epoch - batch - step` and its colon: the term is before the colon.
    expect(answersOf('## Glossary\n\n- Bias - variance: the tradeoff between underfitting and overfitting\n- Epoch: one pass over the data set\n')[0]).toEqual([
      'Bias - variance',
      'the tradeoff between underfitting and overfitting',
    ]);
    // `Pipeline -> Input -> Conv -> Pool` shows steps, and leaves the list as it is.
    const chain = answersOf('## Glossary\n\n- Pipeline -> Input -> Conv -> Pool -> Dense\n- Epoch -> one pass over the data set\n').map(([question]) => question);
    expect(chain).not.toContain('Epoch');
    expect(chain).not.toContain('Pipeline');
  });

  it('reads arrows only in a list under a glossary\'s title: elsewhere `A -> B` is an answer\'s own line', () => {
    const { questions } = readNote('## How does a CNN classify an image?\n\n- Convolution -> detects local patterns in the image\n- Pooling -> shrinks the feature maps by half\n');
    expect(questions.map((question) => question.question)).toEqual(['How does a CNN classify an image?']);
  });

  it('of one term: its title is still no question (a short section under a heading had made `Glossary` one, empty)', () => {
    const { questions } = readNote('# ML\n\n## Glossary\n\n- Epoch: one pass over the data\n\n## What is dropout?\n\nZeroing units at random.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Epoch', 'Glossary'],
      ['What is dropout?', null],
    ]);
  });

  it('takes `Examples` for a term as any: a heading so named is a part of an answer, a glossary\'s term need not be', () => {
    expect(answersOf('## Glossary\n\n- Epoch: one full pass over the training set.\n- Examples: the individual rows of the dataset, also called samples.\n').map(([question]) => question)).toEqual(['Epoch', 'Examples']);
  });
});

