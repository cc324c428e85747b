/**
 * Flashcards exported as text (Anki's "Notes in Plain Text", Quizlet): one card
 * per line, front and back separated by a tab, or by ` - ` in Quizlet's export. Each card is a question.
 */
import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { dedupe } from '../../src/dedupe/index.js';
import { FIELD_LINES, TAGS_FIELD } from '../../src/parse/review-cards.js';

/** Whether the note was read as a flashcard export, wherever the note saying so stands (a header row left out moves it). */
const readAsCards = (vfile: VFile) => vfile.messages.some((message) => message.ruleId === 'card-export');

describe('a flashcard export', () => {
  it('is read one card per line, the front the question and the back its answer', () => {
    const note = 'What is overfitting?\tFitting the noise of the training data.\nPrecision\tTP / (TP + FP)\n드롭아웃이란?\t무작위로 뉴런을 끄는 기법.\n';
    const { questions, vfile } = readNote(note, 'quizlet.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is overfitting?', 'Fitting the noise of the training data.', 1],
      ['Precision', 'TP / (TP + FP)', 2],
      ['드롭아웃이란?', '무작위로 뉴런을 끄는 기법.', 3],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:card-export']);
  });

  it('reads a front that only starts with a quotation mark as written', () => {
    const note = 'What is dropout?\tRandomly zeroing activations.\n"Attention is all you need" introduced?\tThe Transformer.\nWhat is ReLU?\tmax(0, x)\n';
    const { questions } = readNote(note, 'quizlet.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.'],
      ['"Attention is all you need" introduced?', 'The Transformer.'],
      ['What is ReLU?', 'max(0, x)'],
    ]);
  });

  it("reads Anki's header, its HTML fields and quoted fields over several lines, and its tags column as the cards' tags", () => {
    const note = [
      '#separator:tab',
      '#html:true',
      '#tags column:3',
      'What is <b>dropout</b>?\tRandomly zeroing activations.<br>Scale at test time.\tml',
      '"Explain ""attention"" in',
      'transformers."\tEach token weighs the others: \\(QK^T\\)\tnlp',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'anki.txt');
    expect(questions.map((question) => [question.question, question.answer?.html, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', '<p>Randomly zeroing activations.<br>\nScale at test time.</p>', 4],
      ['Explain "attention" in transformers.', '<p>Each token weighs the others: <span class="math math-inline">\\(QK^T\\)</span></p>', 5],
    ]);
    expect(questions[1]!.occurrences[0]!.question).toBe('Explain "attention" in\ntransformers.');
    expect(questions.map((question) => question.tags)).toEqual([['ml'], ['nlp']]);
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.reason}`)).toEqual([
      '4:card-export:Read as a flashcard export: one card per line, its front the question and its back the answer',
    ]);
  });


  it("reads an HTML field that starts with a block, as Anki's editor writes its lines: a `<div>` a line, a list a list", () => {
    const note = [
      '#separator:tab',
      '#html:true',
      '<div>What is batch normalisation for?</div>\t<div>Stable training</div><div>Larger learning rates</div>',
      'What is an epoch?\t<ul><li>One pass over the data.</li><li>Counted in steps too.</li></ul>',
    ].join('\n');
    const { questions } = readNote(note, 'anki.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.answer?.html])).toEqual([
      ['What is batch normalisation for?', 'Stable training\nLarger learning rates', '<p>Stable training<br>\nLarger learning rates</p>'],
      ['What is an epoch?', '• One pass over the data.\n• Counted in steps too.', '<ul>\n<li>One pass over the data.</li>\n<li>Counted in steps too.</li>\n</ul>'],
    ]);
  });

  it("reads the fields of an export whose header says they are HTML (`#html:true`) as HTML: its answers' Markdown holds no tag", () => {
    const note = [
      '#separator:tab',
      '#html:true',
      'Log loss vs accuracy: when prefer log loss?\tWhen calibrated <i>probabilities</i> matter &amp; e.g. risk.<br><ul><li>penalises confident mistakes</li><li>differentiable</li></ul>',
      '&nbsp;What does <b>AUC</b> measure?\tRanking quality.<br>Threshold-independent: \\(P(s_+ &gt; s_-)\\)',
    ].join('\n');
    const { questions } = readNote(note, 'anki.txt');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Log loss vs accuracy: when prefer log loss?', 'When calibrated *probabilities* matter & e.g. risk.\n\n- penalises confident mistakes\n- differentiable'],
      ['What does AUC measure?', 'Ranking quality.\\\nThreshold-independent: \\(P(s_+ > s_-)\\)'],
    ]);
  });

  it('parts an HTML field\'s paragraphs where a line is left blank (`<br><br>`, as Anki\'s editor writes one)', () => {
    const note = '#separator:tab\n#html:true\nWhat is the vanishing gradient problem?\tGradients shrink through many layers,<br>so early layers barely learn.<br><br><b>Fixes:</b> ReLU, residual connections.\n';
    const [question] = readNote(note, 'anki.txt').questions;
    expect(question!.answer!.markdown).toBe('Gradients shrink through many layers,\\\nso early layers barely learn.\n\n**Fixes:** ReLU, residual connections.');
  });

  it("leaves out Anki's sound tags (`[sound:q.mp3]`), saying so: the card asks and answers as, and merges with, the same card without audio", () => {
    const withAudio = '#separator:tab\n#html:true\nWhat is an epoch? [sound:q_epoch.mp3]\tOne full pass over the training data.<br>[sound:a_epoch.mp3]\nWhat is a batch size?\tSamples per gradient update.\n';
    const read = readNote(withAudio, 'anki.txt');
    expect(read.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is an epoch?', 'One full pass over the training data.'],
      ['What is a batch size?', 'Samples per gradient update.'],
    ]);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'anki-sound').map((message) => `${message.line}:${message.column}:${message.reason}`)).toEqual([
      '3:19:Left out Anki\'s sound tag "[sound:q_epoch.mp3]": the recording the card plays, which the question bank has no place for',
      '3:80:Left out Anki\'s sound tag "[sound:a_epoch.mp3]": the recording the card plays, which the question bank has no place for',
    ]);
    const withoutAudio = readNote('What is an epoch?\tOne full pass over the training data.\nWhat is a batch size?\tSamples per gradient update.\n', 'quizlet.txt');
    expect(dedupe([...read.questions, ...withoutAudio.questions]).questions).toHaveLength(2);
  });

  it('leaves a sound tag out of a cloze sentence, and keeps the words on either side of one between them apart', () => {
    const note = '#separator:tab\n#html:true\nThe word {{c1::epoch}} is pronounced {{c2::EE-pok}} [sound:epoch_us.mp3]\t\nSay [sound:hi.mp3] hello to {{c1::Anki}}\t\n';
    const { questions } = readNote(note, 'anki.txt');
    expect(questions.map((question) => question.question)).toEqual(['The word [...] is pronounced [...]', 'Say hello to [...]']);
  });

  it('files each card under its deck, as its topic, and tags it with its tags, a space between them (`#deck column:2`, `#tags column:5`)', () => {
    const note = [
      '#separator:tab',
      '#html:true',
      '#notetype column:1',
      '#deck column:2',
      '#tags column:5',
      'Basic\tML::Metrics\tWhat does <b>AUC</b> measure?\tRanking quality.\tmetrics ranking',
      'Basic\tDL::Basics\tWhat is ReLU?\tmax(0, x)\t',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'anki.txt');
    expect(questions.map((question) => [question.question, question.topic, question.tags])).toEqual([
      ['What does AUC measure?', 'ML::Metrics', ['metrics', 'ranking']],
      ['What is ReLU?', 'DL::Basics', []],
    ]);
    expect(vfile.messages.filter((message) => message.ruleId === 'table-columns').map((message) => message.reason)).toEqual([
      "The cards' column 1 (notetype) is not part of any question or answer",
    ]);
  });

  it('names, in order, every column left out that holds text in some row, and none that is empty in all', () => {
    const note = [
      '#separator:tab',
      '#notetype column:1',
      '#deck column:2',
      'Basic\tML\tWhat is dropout?\tRandomly zeroing activations.\t\t',
      'Basic\tML\tWhat is ReLU?\tmax(0, x)\t\tsee the paper',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'anki.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.'],
      ['What is ReLU?', 'max(0, x)'],
    ]);
    expect(vfile.messages.filter((message) => message.ruleId === 'table-columns').map((message) => message.reason)).toEqual([
      "The cards' columns 1 (notetype), 6 are not part of any question or answer",
    ]);
  });
  it('reads Obsidian comments and wikilinks in a field as any note does: the comment left out, the link its words', () => {
    const note = [
      'What is dropout? %% ask in review %%\tRandomly zeroing activations %% see the paper %%.',
      'What does [[Batch normalization|batch norm]] fix?\tInternal covariate shift, see [[Normalization#Batch]].',
      'What is ReLU?\tmax(0, x)',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'quizlet.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations .'],
      ['What does batch norm fix?', 'Internal covariate shift, see Normalization > Batch.'],
      ['What is ReLU?', 'max(0, x)'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:card-export']);
  });

  it('keeps a field\'s `%%` that nothing in the field closes as text, and says where it stands', () => {
    const { questions, vfile } = readNote('What is ReLU?\tmax(0, x)\nWhat is GELU?\tx Phi(x) %% smooth\n', 'quizlet.txt');
    expect(questions[1]!.answer?.text).toBe('x Phi(x) %% smooth');
    expect(vfile.messages.map((message) => `${message.line}:${message.column}:${message.ruleId}`)).toEqual(['1:1:card-export', '2:24:unclosed-comment']);
  });

  it('is read from Quizlet\'s export with ` - ` between front and back when every line is a card whose front asks', () => {
    const note = [
      'What is overfitting? - Fitting the noise of the training data.',
      'What is the bias - variance tradeoff? - Error from wrong assumptions against error from sensitivity - both matter.',
      '',
      'Explain dropout - Randomly zeroing activations.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'quizlet.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is overfitting?', 'Fitting the noise of the training data.', 1],
      ['What is the bias - variance tradeoff?', 'Error from wrong assumptions against error from sensitivity - both matter.', 2],
      ['Explain dropout', 'Randomly zeroing activations.', 4],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:card-export']);
  });

  it('is not a note of ` - ` lines that are list items or headings, or where one line is no card that asks', () => {
    const notCards = [
      '- What is overfitting? - Fitting the noise.\n- Why use ReLU? - It does not saturate.\n',
      '# Basics - week 1\nWhat is overfitting? - Fitting the noise.\nWhy use ReLU? - It does not saturate.\n',
      'What is overfitting? - Fitting the noise.\nWhy use ReLU? - It does not saturate.\nSee also the notes on bias.\n',
      'Epoch - one pass over the training data.\nBatch - the examples of one update.\n',
      'What is overfitting? - Fitting the noise.\n',
    ];
    for (const note of notCards) expect(readAsCards(readNote(note, 'notes.md').vfile), note).toBe(false);
  });

  it('is not a list of questions in two languages, ` - ` between the wordings: each line is one question and its translation', () => {
    const note = 'What is dropout? - 드롭아웃이란 무엇인가?\nWhat is overfitting? - 과적합이란 무엇인가\nWhat is bias? - 편향이란?\n';
    const { questions, vfile } = readNote(note, 'questions.txt');
    expect(readAsCards(vfile)).toBe(false);
    expect(questions.map((question) => [question.question, question.translations, question.answer])).toEqual([
      ['What is dropout?', { ko: '드롭아웃이란 무엇인가?' }, null],
      ['What is overfitting?', { ko: '과적합이란 무엇인가' }, null],
      ['What is bias?', { ko: '편향이란?' }, null],
    ]);
  });

  it("reads the separator Anki's `#separator:` header names, in any case, or writes as itself: semicolon, comma, tab, pipe, space, colon", () => {
    const read = (header: string, separator: string) => {
      const body = [`Epoch${separator}"One full pass over the training data."`, `Batch${separator}"The examples of one update${separator} in order."`].join('\n');
      return readNote(`${header}\n#html:false\n${body}\n`, 'deck.txt').questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]);
    };
    const expected = (separator: string) => [
      ['Epoch', 'One full pass over the training data.', 3],
      // A quoted field holds the separator as text (a space-separated file quotes every field of words).
      ['Batch', `The examples of one update${separator} in order.`, 4],
    ];
    for (const [header, separator] of [
      ['#separator:semicolon', ';'],
      ['#separator:Semicolon', ';'],
      ['#separator:;', ';'],
      ['#separator:comma', ','],
      ['#separator:Tab', '\t'],
      ['#separator:Pipe', '|'],
      ['#separator:space', ' '],
      ['#separator: ', ' '],
      ['#separator:colon', ':'],
    ] as const) {
      expect(read(header, separator), header).toEqual(expected(separator));
    }
    const { vfile } = readNote('#separator:semicolon\nWhat is an epoch?;One full pass over the training data.\n', 'one.txt');
    expect(messagesOf(vfile)).toEqual(['2:card-export']);
  });

  it('is read from `front;back` lines with no header when every line is one such card whose front asks', () => {
    const note = 'What is an epoch?;One full pass over the training dataset.\nExplain dropout;Randomly zeroing activations while training.\n\n"Why use a validation set?";"To tune hyperparameters; the test set stays untouched."\n';
    const { questions, vfile } = readNote(note, 'deck.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is an epoch?', 'One full pass over the training dataset.', 1],
      ['Explain dropout', 'Randomly zeroing activations while training.', 2],
      ['Why use a validation set?', 'To tune hyperparameters; the test set stays untouched.', 4],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:card-export']);
    // Prose and code have semicolons too: a line that is no card that asks leaves the note as it is.
    const notCards = [
      'What is an epoch?;One full pass.\nWhy use a validation set?;To tune hyperparameters.\nSee also the notes on bias; they go further.\n',
      'Epoch;One full pass over the training data.\nBatch;The examples of one update.\n',
      'What is an epoch?;One full pass;over the data.\nWhat is a batch?;The examples of one update.\n',
      '- What is an epoch?;One full pass.\n- What is a batch?;The examples of one update.\n',
      'What is dropout?;드롭아웃이란?\nWhat is bias?;편향이란?\n',
      'What is an epoch?;One full pass.\n',
      // A question answered on its line, its answer a sentence with a semicolon: the front would run on past its question mark.
      'What is the difference between a list and a tuple? Lists are mutable; tuples are not.\nWhy use a generator? It is lazy; it saves memory.\n',
    ];
    for (const text of notCards) expect(readAsCards(readNote(text, 'notes.md').vfile), text).toBe(false);
  });

  it("is read from Quizlet's export with separators of the user's own, each card between lines of its separator (`~~~`, `|||`), whatever its front says", () => {
    const note = 'Gradient descent ~~~ Moving parameters against the gradient\n|||\nLearning rate ~~~ Step size of each update\n|||\nWhat is weight decay? ~~~ An L2 penalty applied in the update rule\n|||\n';
    const { questions, vfile } = readNote(note, 'quizlet.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['Gradient descent', 'Moving parameters against the gradient', 1],
      ['Learning rate', 'Step size of each update', 3],
      ['What is weight decay?', 'An L2 penalty applied in the update rule', 5],
    ]);
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.reason}`)).toEqual([
      '1:card-export:Read as a flashcard export with separators of its own: its cards parted by lines of "|||", its front the question and its back, after "~~~", the answer',
    ]);
  });

  it('is read one card per line from a separator every line holds alike (` | `, ` => `, ` :: `, `~~~` against the words), under the set\'s title', () => {
    for (const separator of [' | ', ' => ', ' :: ', '~~~', ' → ']) {
      const note = `Metrics\nPrecision${separator}True positives over predicted positives\nRecall${separator}True positives over actual positives\nWhat does F1 average?${separator}Precision and recall, harmonically\n`;
      const { questions, summary } = readNote(note, 'metrics.txt');
      expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]), separator).toEqual([
        ['Precision', 'True positives over predicted positives', 2],
        ['Recall', 'True positives over actual positives', 3],
        ['What does F1 average?', 'Precision and recall, harmonically', 4],
      ]);
      expect(summary.title, separator).toBe('Metrics');
    }
  });

  it("answers with a definition's every line up to the line that parts the cards", () => {
    const note = 'Momentum ~~~ A running average of past gradients.\nIt damps oscillation.\n|||\nNesterov ~~~ Momentum with a look-ahead gradient.\n|||\n';
    const { questions } = readNote(note, 'quizlet.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Momentum', 'A running average of past gradients.\nIt damps oscillation.'],
      ['Nesterov', 'Momentum with a look-ahead gradient.'],
    ]);
  });

  it('is read from one line, its cards parted by a semicolon or a separator of their own, when every card holds its term\'s separator once', () => {
    const cards = (text: string) => answerTextsOf(text, 'quizlet.txt');
    expect(cards('overfitting\tmodel memorises training data;underfitting\tmodel too simple;\n')).toEqual([
      ['overfitting', 'model memorises training data'],
      ['underfitting', 'model too simple'],
    ]);
    expect(cards('overfitting - memorising the data ## underfitting - too simple ## dropout - zeroing units\n')).toEqual([
      ['overfitting', 'memorising the data'],
      ['underfitting', 'too simple'],
      ['dropout', 'zeroing units'],
    ]);
    // Code's semicolons part no cards, nor does a line whose every piece does not hold the term's separator once.
    for (const text of ['x = 1; y = 2; z = 3\n', 'a\tb;c d;e\tf\n', 'overfitting - a ## underfitting - b\n']) expect(readAsCards(readNote(text, 'notes.txt').vfile), text).toBe(false);
  });

  it('is not a note of prose with an occasional separator, a table, HTML, code, or cards some line of which is none', () => {
    const cards = 'Precision ~~~ TP / (TP + FP)\n|||\nRecall ~~~ TP / (TP + FN)\n|||\nF1 ~~~ Their harmonic mean\n';
    expect(readAsCards(readNote(cards, 'notes.txt').vfile)).toBe(true);
    const notCards = [
      // The same cards, one per line with a line of prose under them, or another line between two of them.
      `${cards.replaceAll('|||\n', '')}Exported from Quizlet, then edited by hand.\n`,
      cards.replace('|||\nF1', '***\nF1'),
      cards.replace('|||\nRecall', 'Recall'),
      'Precision ~~~ TP / (TP + FP)\n',
      'Some notes on C++.\nWe use std::vector here and a | b there.\nIn prose, a :: b is rare.\n',
      'Metric | Formula\n--- | ---\nPrecision | TP/(TP+FP)\nRecall | TP/(TP+FN)\n',
      '<details><summary>What is X?</summary>X is a thing.</details>\n<details><summary>What is Y?</summary>Y is another.</details>\n',
      'std::vector::push_back appends.\nstd::map::find looks up.\n',
      '- Precision | TP / (TP + FP)\n- Recall | TP / (TP + FN)\n',
      'What is dropout? => 드롭아웃이란?\nWhat is bias? => 편향이란?\n',
      // A flow drawn line by line: each line's right side is the next one's left.
      'Input -> Tokenizer\nTokenizer -> Embedding\nEmbedding -> Attention\nAttention -> Output\n',
      'Raw logs → Features\nFeatures → Model\nModel → Predictions\n',
    ];
    for (const text of notCards) expect(readAsCards(readNote(text, 'notes.txt').vfile), text).toBe(false);
  });

  it("does not take a first line that holds the separator of the note's other lines as the note's title where the note is no export", () => {
    const { summary, vfile } = readNote('Precision ~~~ TP / (TP + FP)\nRecall ~~~ TP / (TP + FN)\nF1 ~~~ Their harmonic mean\nExported from Quizlet, then edited by hand.\n', 'notes.txt');
    expect(summary.title).toBeUndefined();
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}`)).toContain('1:preamble');
  });

  it('leaves out a first row that names the columns', () => {
    const { questions } = readNote('Term\tDefinition\nEpoch\tOne pass over the training data.\nBatch\tThe examples of one update.\n', 'glossary.txt');
    expect(questions.map((question) => question.question)).toEqual(['Epoch', 'Batch']);
  });

  it("is read under a few lines over the cards: Quizlet's count of them left out as its site's, the first other line the set's title", () => {
    const cards = 'Precision\tTP / (TP + FP)\nRecall\tTP / (TP + FN)\nWhat does ROC AUC measure?\tHow well positives rank above negatives\n';
    const counted = readNote(`Terms in this set (3)\n${cards}`, 'quizlet.txt');
    expect(counted.questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['Precision', 'TP / (TP + FP)', 2],
      ['Recall', 'TP / (TP + FN)', 3],
      ['What does ROC AUC measure?', 'How well positives rank above negatives', 4],
    ]);
    expect(counted.vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.reason}`)).toEqual([
      '1:site-chrome:Left out site chrome: "Terms in this set (3)"',
      '2:card-export:Read as a flashcard export: one card per line, its front the question and its back the answer',
    ]);
    expect(counted.summary.title).toBeUndefined();

    const titled = readNote(`# Metrics flashcards (from Quizlet)\nTerms in this set (3)\nby jdoe\n\n${cards}`, 'metrics.md');
    expect(titled.questions.map((question) => question.question)).toEqual(['Precision', 'Recall', 'What does ROC AUC measure?']);
    expect(titled.summary.title).toBe('Metrics flashcards (from Quizlet)');
    expect(messagesOf(titled.vfile)).toEqual(['2:site-chrome', '3:card-export', '5:card-export']);
  });

  it('is not a note whose lines over its tabbed lines say more than a title, or are more than three: its prose holds tabs', () => {
    const tabbed = 'Precision\tTP / (TP + FP)\nRecall\tTP / (TP + FN)\n';
    const notCards = [
      `I copied these from the slides.\n${tabbed}`,
      `What are the metrics?\n${tabbed}`,
      `- Metrics\n${tabbed}`,
      `Metrics\nWeek 3\nFrom the slides\nBy jdoe\n${tabbed}`,
      'Metrics flashcards\n\nWhat is bias?\tError from wrong assumptions.\n',
    ];
    for (const text of notCards) expect(readAsCards(readNote(text, 'notes.txt').vfile), text).toBe(false);
  });

  it('is not a note whose lines are not all cards: tab-indented follow-ups, a single line with a tab', () => {
    const followUps = readNote('- 딥러닝은 무엇인가요?\n\t- 딥러닝과 머신러닝의 차이는?\n\t- 왜 부흥했을까요?\n', 'korean.md');
    expect(followUps.questions).toHaveLength(3);
    expect(readAsCards(followUps.vfile)).toBe(false);
    const single = readNote('What is bias?\tError from wrong assumptions.\n', 'one.txt');
    expect(readAsCards(single.vfile)).toBe(false);
  });

  it('is not told by a bulleted outline pasted from Word or Google Docs, each glyph a tab before its text: its bullets nest by their glyphs', () => {
    // Word copies its levels as `•⇥` over `o⇥`, Google Docs as `●⇥` over `○⇥`, with no indentation.
    const word = 'Networking\n\n•\tWhat is the difference between TCP and UDP?\no\tTCP is connection-oriented.\no\tUDP is connectionless.\n•\tWhat is a CDN?\no\tEdge servers that cache content near users.\n';
    const docs = 'Review\n\n●\tWhat is a mutex?\n○\tA lock with one owner.\n●\tWhat is a semaphore?\n○\tA counter that many threads can signal.\n';
    const read = (note: string) => readNote(note, 'outline.txt');
    expect(read(word).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the difference between TCP and UDP?', '• TCP is connection-oriented.\n• UDP is connectionless.'],
      ['What is a CDN?', '• Edge servers that cache content near users.'],
    ]);
    expect(readAsCards(read(word).vfile)).toBe(false);
    expect(read(docs).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a mutex?', '• A lock with one owner.'],
      ['What is a semaphore?', '• A counter that many threads can signal.'],
    ]);
  });

  it('is not told by a numbered list pasted with a tab after each number or letter (`1.⇥…`, `a.⇥…`)', () => {
    const note = 'OS review\n\n1.\tWhat is virtual memory?\na.\tEach process gets its own address space.\n2.\tWhat is thrashing?\na.\tThe system spends most of its time paging.\n';
    const { questions, vfile } = readNote(note, 'outline.txt');
    expect(questions.map((question) => question.question)).toEqual(['What is virtual memory?', 'What is thrashing?']);
    expect(readAsCards(vfile)).toBe(false);
  });

  it("asks in a sheet's second column, copied without its header, when the first only numbers or rates the rows", () => {
    const numbered = 'SQL questions\n\n1\tWhat is a primary key?\tA column that identifies each row.\n2\tWhat is an index?\tA structure that speeds up lookups.\n';
    const rated = 'Easy\tWhat is a primary key?\tA column that identifies each row.\nHard\tWhat is an index?\tA structure that speeds up lookups.\n';
    for (const note of [numbered, rated]) {
      const { questions } = readNote(note, 'sheet.txt');
      expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
        ['What is a primary key?', 'A column that identifies each row.'],
        ['What is an index?', 'A structure that speeds up lookups.'],
      ]);
    }
    // The numbers are said to be in no question; the ratings tag the questions, as a `Difficulty` column's do.
    expect(readNote(numbered, 'sheet.txt').vfile.messages.find((message) => message.ruleId === 'table-columns')?.reason).toBe("The cards' column 1 is not part of any question or answer");
    const ratedRead = readNote(rated, 'sheet.txt');
    expect(ratedRead.questions.map((question) => question.tags)).toEqual([['easy'], ['hard']]);
    expect(ratedRead.vfile.messages.filter((message) => message.ruleId === 'table-columns')).toEqual([]);
    const starred = readNote('★\tWhat is a primary key?\tA column that identifies each row.\n★★★\tWhat is an index?\tA structure that speeds up lookups.\n', 'sheet.txt');
    // Stars are counted, as a number rates: with no column's name to go with the count, they are named stars.
    expect(starred.questions.map((question) => question.tags)).toEqual([['stars-1'], ['stars-3']]);
  });
});

describe("Anki's cloze cards in an export", () => {
  it("ask the sentence as Anki's front shows it and answer with it whole, the deletions in bold, over the back's extra", () => {
    const note = '#separator:tab\n#html:true\n{{c1::Dropout}} randomly zeroes units while training.\t\n{{c1::Adam::optimizer}} combines momentum and <b>{{c2::RMSProp}}</b>.\tProposed in 2014.\n';
    const { questions } = readNote(note, 'Cloze.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['[...] randomly zeroes units while training.', 'Dropout randomly zeroes units while training.'],
      ['[optimizer] combines momentum and [...].', 'Adam combines momentum and RMSProp.\nProposed in 2014.'],
    ]);
    expect(questions[1]!.answer!.html).toBe('<p><strong>Adam</strong> combines momentum and <strong><strong>RMSProp</strong></strong>.<br>\nProposed in 2014.</p>');
  });
});

describe("Obsidian Spaced Repetition's one-line cards (`front::back`)", () => {
  it('are read one card per line, `:::` too, under the tag lines that file the note (out of the text, noted, their tags every card\'s)', () => {
    const note = '#flashcards/dl\n\nWhat is gradient descent?::An iterative optimisation algorithm.\nDefine entropy:::$H(X) = -\\sum p(x)\\log p(x)$\nWhat is an epoch?::One full pass over the training set.\n';
    const { questions, vfile } = readNote(note, 'cards.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.occurrences[0]!.line, question.tags])).toEqual([
      ['What is gradient descent?', 'An iterative optimisation algorithm.', 3, ['flashcards/dl']],
      ['Define entropy', '$H(X) = -\\sum p(x)\\log p(x)$', 4, ['flashcards/dl']],
      ['What is an epoch?', 'One full pass over the training set.', 5, ['flashcards/dl']],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:tag-line', '3:card-export']);
  });

  it('are read whatever their fronts say where every card spaces its colons from a side, spaced alike or not (`precision :: …`, `recall:: …`)', () => {
    const { questions } = readNote('precision :: TP / (TP + FP)\nrecall :: TP / (TP + FN)\nWhat does ROC AUC measure? :: ranking quality\nspecificity:: TN / (TN + FP)\n', 'cards.txt');
    // The spaces round the colons are no side's: the answer's Markdown starts with its words, not `&#x20;`.
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['precision', 'TP / (TP + FP)'],
      ['recall', 'TP / (TP + FN)'],
      ['What does ROC AUC measure?', 'ranking quality'],
      ['specificity', 'TN / (TN + FP)'],
    ]);
    // Names in code write their colons against both sides: no deck.
    expect(readAsCards(readNote('std::vector\nstd::map\nstd::sort(a.begin(), a.end())\n', 'notes.txt').vfile)).toBe(false);
  });

  it('are read under the lines that name the set (`# Optimizers`, a heading holding `::` too), a card whose back is still to write a question with no answer', () => {
    for (const title of ['# Optimizers\n\n', '# deck: ML::Optimization\n# format: front :: back\n\n']) {
      const { questions, vfile } = readNote(`${title}What does Adam keep per parameter? :: Running averages of the gradient and its square.\nLion optimizer? :: \nWhy warmup? :: Early variance estimates are noisy.\n`, 'cards.txt');
      expect(questions.map((question) => [question.question, question.answer?.markdown ?? null]), title).toEqual([
        ['What does Adam keep per parameter?', 'Running averages of the gradient and its square.'],
        ['Lion optimizer?', null],
        ['Why warmup?', 'Early variance estimates are noisy.'],
      ]);
      expect(readAsCards(vfile), title).toBe(true);
    }
    // An empty back is a card's only where its front asks: `source::` is a Dataview field left empty.
    expect(readAsCards(readNote('# Dropout\n\nsource::\ntype:: concept\n', 'note.txt').vfile)).toBe(false);
  });

  it("leave a Quizlet export whose back names `std::vector` to the dash reading", () => {
    const { questions, vfile } = readNote('What is a vector? - std::vector, a dynamic array.\nWhat is a map? - A sorted map.\nWhat is RAII? - Scope-bound resources.\n', 'quizlet.txt');
    expect(readAsCards(vfile)).toBe(true);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a vector?', 'std::vector, a dynamic array.'],
      ['What is a map?', 'A sorted map.'],
      ['What is RAII?', 'Scope-bound resources.'],
    ]);
  });

  it("are read among a note's headings and prose in a note tagged for the plugin, each line a card however its front is worded", () => {
    const note =
      '#flashcards/dl\n\n## Regularisation\n\nDropout::Randomly zeroing units while training.\nWhat does weight decay penalise?::Large **weights**.\nGradient descent:::An iterative optimisation.\n\nWe use `std::vector` here.\n\n## What is momentum?\n\nA running average of gradients.\n';
    const { questions } = readNote(note, 'notes.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.topic, question.occurrences[0]!.line])).toEqual([
      ['Dropout', 'Randomly zeroing units while training.', 'Regularisation', 5],
      ['What does weight decay penalise?', 'Large **weights**.', 'Regularisation', 6],
      ['Gradient descent', 'An iterative optimisation.', 'Regularisation', 7],
      ['What is momentum?', 'A running average of gradients.', null, 11],
    ]);
  });

  it("are left alone in a note not tagged for the plugin: Dataview's fields and C++ write `::` too", () => {
    const { questions } = readNote('## What is momentum?\n\nA running average of gradients.\nsource::Optimisers, chapter 3\n', 'notes.md');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is momentum?', 'A running average of gradients.\nsource::Optimisers, chapter 3']]);
  });

  it('are cut at the first `::` outside code and math, by one rule in a note of nothing but cards and among prose', () => {
    const cards = 'What does `std::vector` grow by?::A constant factor.\n*Dropout*::Randomly zeroing units.\nWhat is $a::b$ here?:::A ratio.\n';
    const alone = readNote(cards, 'cards.md');
    const among = readNote(`#flashcards\n\n## C++ and friends\n\n${cards}\nSome prose.\n`, 'notes.md');
    expect(readAsCards(alone.vfile)).toBe(true);
    expect(readAsCards(among.vfile)).toBe(false);
    for (const { questions } of [alone, among]) {
      expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
        ['What does std::vector grow by?', 'A constant factor.'],
        ['Dropout', 'Randomly zeroing units.'],
        ['What is \\(a::b\\) here?', 'A ratio.'],
      ]);
    }
  });

  it('are no cards where the colons run on, a side is empty, or the line is a list item, quote or table row', () => {
    const note = '#flashcards\n\n## What stays text?\n\nEpoch::::Pass\n::No front\n\n- Dropout::Randomly zeroing units.\n\n> Momentum::A running average.\n\n| Term::Meaning | Note |\n| - | - |\n| a | b |\n';
    const { questions } = readNote(note, 'notes.md');
    expect(questions.map((question) => question.question)).toEqual(['What stays text?']);
    expect(questions[0]!.answer!.text).toMatch(/^Epoch::::Pass\n::No front\n• Dropout::Randomly zeroing units\.\nMomentum::A running average\.\nTerm::Meaning \| Note/);
  });

  it('are no cards where most fronts neither ask nor set a task, as a list of C++ names', () => {
    const { vfile } = readNote('std::vector is a dynamic array.\nstd::map is a sorted map.\nWhat is RAII?::Scope-bound resources.\n', 'cpp.txt');
    expect(readAsCards(vfile)).toBe(false);
  });
});

describe("Obsidian Spaced Repetition's multi-line cards (front, `?`, back)", () => {
  it('are a question each, whatever the front says, its back the answer and the `?` line in neither', () => {
    const note = '#flashcards/dl\n\nWhat is dropout?\n?\nRandomly zeroes units during training.\n\nExplain batch normalization\n?\nNormalises each mini-batch.\nThen scales and shifts.\n\nL1 vs L2 regularisation\n??\nL1 drives weights to zero.\n';
    const { questions, vfile } = readNote(note, 'cards.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', 'Randomly zeroes units during training.', 3],
      ['Explain batch normalization', 'Normalises each mini-batch.\nThen scales and shifts.', 7],
      ['L1 vs L2 regularisation', 'L1 drives weights to zero.', 12],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:tag-line']);
  });

  it('ask with every line of their front, and answer with their back alone, whatever it says, up to the blank line', () => {
    const note = '#flashcards/dl\n\nWhat is overfitting?\nGive two causes.\n?\nNoise fitted; too many parameters.\n\nDefine precision.\n?\nTP/(TP+FP)\n\nDefine recall.\n?\nTP/(TP+FN)\n';
    expect(readNote(note, 'cards.md').questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting? Give two causes.', 'Noise fitted; too many parameters.'],
      // A formula alone reads like a section's title over the next card; it is this card's back.
      ['Define precision.', 'TP/(TP+FP)'],
      ['Define recall.', 'TP/(TP+FN)'],
    ]);
  });

  it('answer with a formula or a list under the back\'s first line, which Markdown reads as a block of its own, up to the blank line', () => {
    const note = '#flashcards\n\nWhy do we need activation functions?\n?\nWithout them the network collapses to a linear map:\n$$f(x) = W_2 W_1 x$$\n\nWhat is dropout?\n?\nZeroing activations.\n\nA remark after the cards.\n';
    const { questions, vfile } = readNote(note, 'cards.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Why do we need activation functions?', 'Without them the network collapses to a linear map:\n\n$$\nf(x) = W_2 W_1 x\n$$'],
      ['What is dropout?', 'Zeroing activations.'],
    ]);
    expect(messagesOf(vfile)).toContain('12:orphan-text');
    // A heading right under the back starts its own section, answer and all.
    const headed = readNote('#flashcards\n\nExplain batch normalization\n?\nNormalises each mini-batch.\n## What is dropout?\nRandom zeroing of units.\n\nIt acts like an ensemble.\n', 'cards.md');
    expect(headed.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Explain batch normalization', 'Normalises each mini-batch.'],
      ['What is dropout?', 'Random zeroing of units.\nIt acts like an ensemble.'],
    ]);
  });

  it('answer with a list, formula or code that starts right under the `?` line, up to the blank line', () => {
    const note =
      '#flashcards/ml\n\nExplain hierarchical clustering linkage criteria\n?\n- single: min distance between points\n- ward: minimizes within-cluster variance increase\n\nWrite the softmax\n?\n$$\n\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}\n$$\n\nWhat is a Gaussian Mixture Model?\n?\nA soft clustering model.\n';
    const { questions, vfile } = readNote(note, 'cards.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.occurrences[0]!.line])).toEqual([
      ['Explain hierarchical clustering linkage criteria', '- single: min distance between points\n- ward: minimizes within-cluster variance increase', 3],
      ['Write the softmax', '$$\n\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}\n$$', 8],
      ['What is a Gaussian Mixture Model?', 'A soft clustering model.', 14],
    ]);
    // The list was text between questions, its card's front a line of it; now nothing is left over.
    expect(messagesOf(vfile).filter((message) => message.endsWith('orphan-text'))).toEqual([]);
  });

  it('are read among a note\'s headings too, and a `?` that is not alone on its line cuts nothing', () => {
    const note = '# Optimisers\n\nAdam in one line\n?\nMomentum plus RMSProp.\n\n## Is Adam always better?\n\nNot always ?\nSGD generalises better at times.\n';
    const { questions } = readNote(note, 'notes.md');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Adam in one line', 'Momentum plus RMSProp.'],
      ['Is Adam always better?', 'Not always ?\nSGD generalises better at times.'],
    ]);
  });
});

describe("Ankdown's cards (`%` between a card's fields, `---` between cards)", () => {
  it('are a question each, whatever the front says, answered by the back alone, the third field their tags', () => {
    const note = [
      'What is dropout?', '', '%', '', 'Randomly zeroing activations during training.', '', '%', '', 'dl, regularization', '', '---', '',
      'KL divergence', '', '%', '', '$$D_{KL}(P\\|Q) = \\sum_x P(x)\\log\\frac{P(x)}{Q(x)}$$', '', 'Not symmetric.', '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'deck.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.tags, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations during training.', ['dl', 'regularization'], 1],
      ['KL divergence', '$$\nD_{KL}(P\\|Q) = \\sum_x P(x)\\log\\frac{P(x)}{Q(x)}\n$$\n\nNot symmetric.', [], 13],
    ]);
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.reason}`)).toEqual([
      `9:ankdown-cards:Read the card's third field ("dl, regularization") as its tags, not as part of its answer`,
    ]);
  });

  it('are read with their fields right under one another, the `---` right under the last one too', () => {
    const note = 'What is dropout?\n%\nRandomly zeroing activations.\n%\ndl regularization\n---\nExplain momentum\n%\nA running average of gradients.\n';
    const { questions } = readNote(note, 'deck.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.tags])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.', ['dl', 'regularization']],
      ['Explain momentum', 'A running average of gradients.', []],
    ]);
  });

  it('leave out, with a note, a field after the back that is no line of tags, and any after the third', () => {
    const note = 'What is dropout?\n\n%\n\nRandomly zeroing activations.\n\n%\n\nSee chapter 7 of the book.\n\n%\n\nextra\n';
    const { questions, vfile } = readNote(note, 'deck.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.tags])).toEqual([['What is dropout?', 'Randomly zeroing activations.', []]]);
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.reason}`)).toEqual([
      "9:ankdown-cards:Left out the card's field 3 (line 9): an Ankdown field after the back is no part of its answer",
      "13:ankdown-cards:Left out the card's field 4 (line 13): an Ankdown field after the back is no part of its answer",
    ]);
  });

  it('are read with their field lines doubled (`%%`), which are then no comment marks, in a deck of two cards at least', () => {
    const note = 'What is dropout?\n%%\nRandomly zeroing activations.\n%%\ndl, regularization\n\n---\n\nWhat is batch norm?\n\n%%\n\nNormalising each mini-batch.\n';
    const { questions, vfile } = readNote(note, 'deck.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.tags])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.', ['dl', 'regularization']],
      ['What is batch norm?', 'Normalising each mini-batch.', []],
    ]);
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}`)).toEqual(['5:ankdown-cards']);
    // A `%%` block under a question of a note that is no such deck stays an Obsidian comment.
    const commented = '## What is dropout?\n%%\ncheck the paper\n%%\nRandomly zeroing activations.\n\n---\n\n## What is batch norm?\nNormalising each mini-batch.\n';
    expect(readNote(commented, 'note.md').questions.map((question) => question.answer?.text)).toEqual(['Randomly zeroing activations.', 'Normalising each mini-batch.']);
  });

  it('are told by patterns that do not backtrack', () => {
    for (const pattern of [FIELD_LINES, TAGS_FIELD]) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});
