/**
 * A glossary in copied text (glossary-lines.ts): a title that names one (`Glossary of Key Terms`, `Key Terms`, `용어
 * 정리`, `用語集`) over `Term: definition` lines, as a NotebookLM study guide ends. Each line is a card, as a definition
 * list's item and a `Term,Definition` sheet's row are: the term alone its question, the definition its answer.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, messagesOf, parseNote, readNote } from '../helpers/read-note.js';
import { glossaryTermLine } from '../../src/parse/glossary-terms.js';

const studyGuide = [
  'Study Guide: Attention',
  '',
  'Essay Format Questions',
  '',
  '1. Compare self-attention with recurrent layers.',
  '2. Discuss fixed versus learned positional encodings.',
  '',
  'Glossary of Key Terms',
  '',
  'Self-Attention: An attention mechanism relating different positions of a single sequence.',
  'Multi-Head Attention: Several attention functions run in parallel, their results concatenated.',
  'Positional Encoding: A vector added to each input embedding to inject the token\'s position.',
  '',
].join('\n');

describe('a glossary in copied text', () => {
  it("is read as cards under its title: each term a question, its definition the answer (they were text that belonged to no question)", () => {
    const { questions, vfile } = readNote(studyGuide, 'guide.txt');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null])).toEqual([
      ['Compare self-attention with recurrent layers.', 5, null],
      ['Discuss fixed versus learned positional encodings.', 6, null],
      ['Self-Attention', 10, 'An attention mechanism relating different positions of a single sequence.'],
      ['Multi-Head Attention', 11, 'Several attention functions run in parallel, their results concatenated.'],
      ['Positional Encoding', 12, "A vector added to each input embedding to inject the token's position."],
    ]);
    // Said at the title, with the lines read; no line is left as text that belongs to no question.
    expect(messagesOf(vfile)).toEqual(['8:glossary-lines']);
    expect(vfile.messages[0]!.message).toBe('Read the 3 lines `Term: definition` under "Glossary of Key Terms" (lines 9-12) as a glossary: each term a question, its definition the answer');
  });

  it('cuts each line into its term, asked as a card, and its definition, the answer of the term on its line', () => {
    const { doc } = parseNote(studyGuide, 'guide.txt');
    const cut = doc.tree.children.filter((block) => (block.position?.start.line ?? 0) >= 10);
    expect(cut.map((block) => [block.position!.start.line, block.position!.start.column, block.data])).toEqual([
      // The term keeps the blank line copied text had before its line, as every line's paragraph does.
      [10, 1, { blankLinesBefore: 1, definitionTerm: true, card: true }],
      [10, 17, { cardBack: true, inCardBack: 10 }],
      [11, 1, { blankLinesBefore: 0, definitionTerm: true, card: true }],
      [11, 23, { cardBack: true, inCardBack: 11 }],
      [12, 1, { blankLinesBefore: 0, definitionTerm: true, card: true }],
      [12, 22, { cardBack: true, inCardBack: 12 }],
    ]);
  });

  it('answers each term with its whole definition, wrapped onto the lines under it', () => {
    const note = 'Study notes\n\nGlossary\n\nSelf-Attention: An attention mechanism relating different positions of a\nsingle sequence to compute its representation.\nPositional Encoding: A vector added to each input embedding.\n';
    expect(answersOf(note, 'wrapped.txt')).toEqual([
      ['Self-Attention', 'An attention mechanism relating different positions of a\nsingle sequence to compute its representation.'],
      ['Positional Encoding', 'A vector added to each input embedding.'],
    ]);
  });

  it('is read when its title is the note\'s first line, and in Korean and Japanese (a term in Han or kana has no capitals)', () => {
    // The note's title: a glossary and nothing else was a note with no question.
    expect(answersOf('Glossary\n\nDropout: Randomly zeroing activations while training.\nBatch Norm: Normalising each layer input over the mini-batch.\n', 'terms.txt')).toEqual([
      ['Dropout', 'Randomly zeroing activations while training.'],
      ['Batch Norm', 'Normalising each layer input over the mini-batch.'],
    ]);
    expect(answersOf('딥러닝 노트\n\n용어 정리\n\n드롭아웃: 학습 중 뉴런을 무작위로 끄는 정규화 기법.\n배치 정규화: 미니배치마다 층의 입력을 정규화하는 기법.\n', 'ko.txt')).toEqual([
      ['드롭아웃', '학습 중 뉴런을 무작위로 끄는 정규화 기법.'],
      ['배치 정규화', '미니배치마다 층의 입력을 정규화하는 기법.'],
    ]);
    expect(answersOf('機械学習メモ\n\n用語集\n\n過学習：訓練データに適合しすぎて汎化しない状態。\nドロップアウト：学習中にニューロンを無作為に無効化する手法。\n', 'ja.txt')).toEqual([
      ['過学習', '訓練データに適合しすぎて汎化しない状態。'],
      ['ドロップアウト', '学習中にニューロンを無作為に無効化する手法。'],
    ]);
  });

  it('takes no label for a term: `Note: …` stays text, reported as such, and a question after the glossary asks', () => {
    const note = [
      'Deep learning notes',
      '',
      'Key Terms',
      '',
      'Note: These come from the 2017 paper.',
      'Dropout: Randomly zeroing activations while training.',
      'Batch Norm: Normalising each layer input over the mini-batch.',
      'Skip Connection: Adding the input of a block to its output.',
      '',
      'Why does a deep network need normalisation?',
      'It keeps the scale of activations stable.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'notes.txt');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['Dropout', 'Randomly zeroing activations while training.'],
      ['Batch Norm', 'Normalising each layer input over the mini-batch.'],
      ['Skip Connection', 'Adding the input of a block to its output.'],
      ['Why does a deep network need normalisation?', 'It keeps the scale of activations stable.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['3:glossary-lines', '3:preamble']);
  });

  it('is read only where most lines under the title are terms, and only under such a title', () => {
    // Prose under `Glossary`: its one term line is the text's, reported with it.
    const prose = readNote('Deep learning notes\n\nGlossary\n\nThis list is still short.\nDropout: Randomly zeroing activations while training.\nI will add more terms later on.\n', 'prose.txt');
    expect(prose.questions).toEqual([]);
    expect(messagesOf(prose.vfile).filter((message) => message.endsWith(':glossary-lines'))).toEqual([]);
    // A title that ends with a colon under an answer's text leads into more of that answer.
    expect(answersOf('What is a transformer?\nA model built from attention layers.\nKey terms:\nEncoder: The stack that reads the input sequence.\nDecoder: The stack that writes the output sequence.\n', 'qa.txt').map(([question]) => question)).toEqual(['What is a transformer?']);
    // With no title, `Term: definition` lines may be an answer's own (`Pros: …`): they answer the question above.
    expect(answersOf('What are the trade-offs of dropout?\n\nRegularisation: It reduces overfitting on small data sets.\nTraining Time: It makes training take longer to converge.\n', 'qa.txt')).toEqual([
      ['What are the trade-offs of dropout?', 'Regularisation: It reduces overfitting on small data sets.\n\nTraining Time: It makes training take longer to converge.'],
    ]);
  });
});

describe('a glossary in a Markdown note', () => {
  it('is read under a heading that names one, though Markdown joins its lines into one paragraph (they were one answer of the heading)', () => {
    const note = ['# Training', '', '## What is dropout?', '', 'Zeroing units at random while training.', '', '## Glossary', '', 'Epoch: One pass over the whole training set.', 'Batch: The examples of one gradient step, chosen', 'at random from the training set.', 'Learning rate: The size of each step.', ''].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic, question.answer?.markdown ?? null])).toEqual([
      ['What is dropout?', 3, null, 'Zeroing units at random while training.'],
      ['Epoch', 9, 'Glossary', 'One pass over the whole training set.'],
      // A definition's wrapped line is its own.
      ['Batch', 10, 'Glossary', 'The examples of one gradient step, chosen\nat random from the training set.'],
      ['Learning rate', 12, 'Glossary', 'The size of each step.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:glossary-lines']);
  });

  it('reads a term set in bold, of one word or several, as one set plain', () => {
    const note = ['## Glossary', '', '**Epoch**: One pass over the whole training set.', '**Learning rate**: The size of each gradient step.', '**Weight decay**: A penalty on large weights.', ''].join('\n');
    expect(answersOf(note)).toEqual([
      ['Epoch', 'One pass over the whole training set.'],
      ['Learning rate', 'The size of each gradient step.'],
      ['Weight decay', 'A penalty on large weights.'],
    ]);
  });

  it('reads a term whose colon stands inside its bold, and cuts the line at that colon, not at one in the definition', () => {
    const note = ['## Key Terms', '', '**Epoch:** One pass over the whole training set.', '**Mixing ratio:** The share, as in 3:1, of one', 'data set in a batch.', '**Learning rate:** The size of each gradient step.', ''].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic, question.answer?.markdown ?? null])).toEqual([
      ['Epoch', 3, 'Key Terms', 'One pass over the whole training set.'],
      ['Mixing ratio', 4, 'Key Terms', 'The share, as in 3:1, of one\ndata set in a batch.'],
      ['Learning rate', 6, 'Key Terms', 'The size of each gradient step.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:glossary-lines']);
  });

  it('reads a definition that opens in lower case with a word that asks (`when …`), wrapped onto the next line, as a definition', () => {
    // Judged on its first line alone, `when a model learns the noise` had read as a question without its mark, and the
    // glossary's other lines, too few then to be most of the run, as text that belonged to no question.
    const note = ['## Key Terms', '', 'Overfitting: when a model learns the noise in its data', 'and fails to generalise.', 'Dropout: randomly zeroes activations while training.', ''].join('\n');
    expect(answersOf(note)).toEqual([
      ['Overfitting', 'when a model learns the noise in its data\nand fails to generalise.'],
      ['Dropout', 'randomly zeroes activations while training.'],
    ]);
    // Capitalised too; but one that asks, with its mark or without, and an order to answer, are no definitions.
    expect(glossaryTermLine('Overfitting: When a model learns the noise in its data')).toBe(11);
    for (const line of ['Overfitting: when does a model learn the noise?', 'Interviewer: how would you tune dropout', 'Interviewer: can you explain dropout', 'Me: why not use weight decay instead', 'Dropout: explain why it reduces overfitting', 'Dropout: is it used at inference time', 'Overfitting: when is it worst'])
      expect(glossaryTermLine(line), line).toBeUndefined();
  });

  it('reads a term set a task instead of a definition (`Dropout: explain why …`) as a question among its cards, the glossary going on after it', () => {
    const note = ['## Key Terms', '', 'Dropout: explain why it reduces overfitting', 'Epoch: one full pass over the training set.', 'Batch norm: describe how it behaves at inference', 'Learning rate: the size of each gradient step.', ''].join('\n');
    const { questions, vfile } = readNote(note);
    // The first line had been text before the first question, and the third part of the definition above it.
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown ?? null])).toEqual([
      ['Dropout: explain why it reduces overfitting', 'Key Terms', null],
      ['Epoch', 'Key Terms', 'one full pass over the training set.'],
      ['Batch norm: describe how it behaves at inference', 'Key Terms', null],
      ['Learning rate', 'Key Terms', 'the size of each gradient step.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:glossary-lines']);
  });

  it('reads a definition that opens with `give` as before, no question on its term (review s68: `Label smoothing: give …` was one, unanswered)', () => {
    const { questions } = readNote('# Glossary\n\nDropout: randomly zero activations during training.\nLabel smoothing: give the wrong classes a small share of the probability.\nWeight decay: add an L2 penalty on the weights.\n');
    expect(questions.map((question) => question.question)).toEqual(['Dropout', 'Weight decay']);
    expect(questions[0]!.answer?.text).toContain('Label smoothing: give the wrong classes a small share of the probability.');
  });

  it('reads a term in italics as one in bold, and takes a label set in bold (`**Note:**`) for no term, as it takes one set plain', () => {
    const note = ['## Key Terms', '', '*Dropout:* randomly zeroes units, as in 1:2, while training.', '**Note:** these come up in every interview.', '_Epoch_: one full pass over the training set.', ''].join('\n');
    expect(answersOf(note)).toEqual([
      ['Dropout', 'randomly zeroes units, as in 1:2, while training.\n**Note:** these come up in every interview.'],
      ['Epoch', 'one full pass over the training set.'],
    ]);
    // Marks around more than the term give none: the line goes on the definition above it.
    const ratio = ['## Key Terms', '', '**Epoch:** one full pass over the training set.', '**Ratio: 3:1** of real data to synthetic data.', '**Batch size:** the examples of one step.', ''].join('\n');
    expect(answersOf(ratio)).toEqual([
      ['Epoch', 'one full pass over the training set.\n**Ratio: 3:1** of real data to synthetic data.'],
      ['Batch size', 'the examples of one step.'],
    ]);
  });

  it('is read only under such a heading, and only where most of its lines give terms', () => {
    const answer = ['## What are the trade-offs of dropout?', '', 'Regularisation: It reduces overfitting on small data sets.', 'Training Time: It makes training take longer to converge.', ''].join('\n');
    expect(answersOf(answer)).toEqual([['What are the trade-offs of dropout?', 'Regularisation: It reduces overfitting on small data sets.\nTraining Time: It makes training take longer to converge.']]);
    const prose = ['## Glossary', '', 'The terms below come from the paper and are used as it uses them.', 'They are listed in the order the paper gives them.', 'Attention: A weighting of the inputs by their relevance.', '', '## What is dropout?', '', 'Zeroing units at random.', ''].join('\n');
    // Nor are its lines cut apart: the heading's answer is the paragraph as written.
    expect(answersOf(prose)).toEqual([
      ['Glossary', 'The terms below come from the paper and are used as it uses them.\nThey are listed in the order the paper gives them.\nAttention: A weighting of the inputs by their relevance.'],
      ['What is dropout?', 'Zeroing units at random.'],
    ]);
    // Inside a question's answer, under a deeper heading, the lines are the answer's.
    const inside = ['## What is a transformer?', '', 'A model built from attention layers.', '', '### Key Terms', '', 'Encoder: The stack that reads the input sequence.', 'Decoder: The stack that writes the output sequence.', ''].join('\n');
    expect(answersOf(inside).map(([question]) => question)).toEqual(['What is a transformer?']);
  });
});

describe('a glossary term line', () => {
  it("is a short term set as a title, a colon and a sentence; a label qbank reads otherwise is none", () => {
    expect(glossaryTermLine('Self-Attention: An attention mechanism relating positions.')).toBe(14);
    expect(glossaryTermLine('t-SNE: A method that embeds points in two dimensions.')).toBe(5);
    // In sentence case too, as many glossaries write their terms; not a sentence's opening words.
    expect(glossaryTermLine('Learning rate: The size of each step the optimiser takes.')).toBe(13);
    expect(glossaryTermLine('For example: the model overfits a small data set.')).toBeUndefined();
    for (const line of ['Note: These come from the paper.', 'Answer: It reduces the variance.', 'Q: What is dropout in a network?', 'Hint: Think of the gradients.', 'Date: 10:30', 'Source: https://arxiv.org/abs/1706.03762', 'gradient descent: an optimiser that follows the slope.', 'What is it: a question of its own?'])
      expect(glossaryTermLine(line), line).toBeUndefined();
  });
});
