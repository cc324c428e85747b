/**
 * Interview handbooks published with MkDocs write each question as an
 * admonition (`??? question "…"`, Material's collapsible block) over its
 * indented answer. They read as the Obsidian callouts they match: the title
 * asks, the body answers, on the lines of the file.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const handbook = [
  '??? question  "What is Regularization?"',
  '',
  '    Adding information to the objective to prevent overfitting.',
  '',
  '    * L2 Norm / L1 Norm',
  '',
  '??? question "Difference between L1 vs L2 Regularization?"',
  '    - L1 makes the weights sparse.',
  '',
  '    - L2 is used more for NNs.',
  '',
  '!!! note',
  '    Dropout is covered below.',
  '',
  '???+ question "What is Dropout?"',
  '',
].join('\n');

describe('MkDocs admonitions', () => {
  it('reads a question box titled only `Question` as asking in its body: its scene, the questions listed under it shown with it, its hint fold a hint, its answer fold the answer', () => {
    const note = [
      '## Average score on a dice roll of at most 3 times',
      '',
      '!!! question "Question"',
      '    Consider a fair 6-sided dice. You can roll at most 3 times and keep the last score.',
      '',
      '    - Find the average score if you rolled the dice only once?',
      '    - Find the average score that you can get with at most 3 rolls?',
      '',
      '    ??? info "Hint 1"',
      '        Roll again only when the score is below the expected one.',
      '',
      '    ??? success "Answer"',
      '        One roll: 3.5. Three rolls: 4.66.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.context?.text, question.answer?.text])).toEqual([
      [
        'Consider a fair 6-sided dice. You can roll at most 3 times and keep the last score.',
        '• Find the average score if you rolled the dice only once?\n• Find the average score that you can get with at most 3 rolls?\nHint 1\nRoll again only when the score is below the expected one.',
        'One roll: 3.5. Three rolls: 4.66.',
      ],
    ]);
    expect(vfile.messages.filter((message) => message.ruleId === 'question-in-answer')).toEqual([]);
    // One whose body opens with no words asks in its title, as before.
    expect(readNote('> [!question] Question\n> ```python\n> print(0.1 + 0.2 == 0.3)\n> ```\n> What does this print, and why?\n').questions.map((question) => question.question)).toEqual(['Question']);
  });

  it('ask in a question admonition’s title and answer in its body, blank lines and all', () => {
    const note = readNote(handbook);
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      ['What is Regularization?', 'Adding information to the objective to prevent overfitting.\n\n- L2 Norm / L1 Norm', 1],
      ['Difference between L1 vs L2 Regularization?', '- L1 makes the weights sparse.\n\n- L2 is used more for NNs.', 7],
      ['What is Dropout?', null, 15],
    ]);
    // A note admonition between questions is the author's aside, noted as an Obsidian `> [!note]` is.
    expect(messagesOf(note.vfile)).toEqual(['12:callout-aside']);
  });

  it('are left as written inside fenced code', () => {
    const note = readNote('## How do I fold an answer in MkDocs?\n\n```markdown\n??? question "What is X?"\n\n    X is …\n```\n');
    expect(note.questions.map((question) => question.question)).toEqual(['How do I fold an answer in MkDocs?']);
    expect(note.questions[0]!.answer!.markdown).toContain('??? question "What is X?"\n\n    X is …');
    // A `~~~` line does not close a backtick fence: what follows it is still code.
    const tilde = readNote('## How do I fold an answer in MkDocs?\n\n```text\n~~~\n??? question "What is X?"\n    X is …\n```\n');
    expect(tilde.questions.map((question) => question.question)).toEqual(['How do I fold an answer in MkDocs?']);
    expect(tilde.questions[0]!.answer!.markdown).toContain('??? question "What is X?"');
  });
});

describe('MkDocs content tabs', () => {
  const tabbed = [
    '- Here are some questions and their answers.',
    '',
    '!!! Question ""',
    '    === "Question"',
    '        #### What is Layer Normalization?',
    '',
    '    === "Answer"',
    '        ',
    '        Layer normalization normalizes the activations of each sample.',
    '',
    '        !!! note',
    '            It does not depend on the batch size.',
    '',
    '!!! Question ""',
    '    === "Question"',
    '        #### What is dropout?',
    '',
    '    === "Answer"',
    '',
    '        Zeroing random units while training.',
    '',
  ].join('\n');

  it('ask in an admonition\'s Question tab and answer in its Answer tab, an admonition inside it and all', () => {
    const note = readNote(tabbed);
    expect(note.questions.map((question) => [question.question, question.occurrences[0]!.question, question.occurrences[0]!.line, question.answer?.markdown])).toEqual([
      ['What is Layer Normalization?', 'What is Layer Normalization?', 5, 'Layer normalization normalizes the activations of each sample.\n\n> **Note**\n>\n> It does not depend on the batch size.'],
      ['What is dropout?', 'What is dropout?', 16, 'Zeroing random units while training.'],
    ]);
  });

  it('are each a label in bold over its body elsewhere, code and all', () => {
    const note = readNote('## How do you add dropout?\n\n=== "PyTorch"\n\n    ```python\n    nn.Dropout(p=0.5)\n    ```\n\n=== "Keras"\n\n    ```python\n    layers.Dropout(0.5)\n    ```\n');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual([
      '**PyTorch**\n\n```python\nnn.Dropout(p=0.5)\n```\n\n**Keras**\n\n```python\nlayers.Dropout(0.5)\n```',
    ]);
  });

  it('are left as written inside fenced code', () => {
    const note = readNote('## How do I write tabs in MkDocs?\n\n```markdown\n=== "Question"\n    #### What is X?\n```\n');
    expect(note.questions[0]!.answer!.markdown).toContain('=== "Question"\n    #### What is X?');
  });
});
