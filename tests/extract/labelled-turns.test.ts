/**
 * Headings that label a question and its answer with other words than `Question` / `Answer`: a chat with an
 * assistant saved by an exporter (Claude Exporter's `## Prompt:` / `## Response:`, ChatGPT Exporter's `#### You:` /
 * `#### ChatGPT:`, `## Human` / `## Assistant`), and Anki's fields as anki-editor's Org cards write them (`** Front` /
 * `** Back`). Each prompt is a question and its reply the answer; the assistant's closing offer is left out.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const pairs = (text: string, file = 'chat.md') => readNote(text, file).questions.map((question) => [question.question, question.answer?.text]);

const turns = (user: string, assistant: string) =>
  `# Regularization chat\n\n${user}\nWhat is the difference between L1 and L2 regularization?\n\n${assistant}\nL1 makes some weights exactly zero; L2 shrinks all weights.\n\n${user}\nWhen would you use Elastic Net?\n\n${assistant}\nWhen features are strongly correlated.\n`;

const expected = [
  ['What is the difference between L1 and L2 regularization?', 'L1 makes some weights exactly zero; L2 shrinks all weights.'],
  ['When would you use Elastic Net?', 'When features are strongly correlated.'],
];

describe("a chat's turns under headings that name their speaker", () => {
  it.each([
    ['Claude Exporter', '## Prompt:', '## Response:'],
    ['ChatGPT Exporter', '#### You:', '#### ChatGPT:'],
    ['a transcript', '## Human', '## Assistant'],
  ])('answer each prompt with its reply (%s)', (_, user, assistant) => {
    const note = readNote(turns(user, assistant), 'chat.md');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual(expected);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it("leave out the assistant's closing offer, with a note, and a turn that does not ask is no question", () => {
    const note = readNote(
      '## Prompt:\nElastic Net은 언제 써?\n\n## Response:\n특성끼리 강하게 상관되어 있을 때입니다.\n\n더 연습하고 싶으시면 SVM 질문도 이어서 드릴까요?\n\n## Prompt:\n고마워!\n\n## Response:\n천만에요. 면접 잘 보세요!\n',
      'chat.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Elastic Net은 언제 써?', '특성끼리 강하게 상관되어 있을 때입니다.']]);
    expect(messagesOf(note.vfile)).toEqual(['7:chat-offer', '10:section-text', '13:section-text']);
  });

  it('leave out a prompt that asks for questions: the questions in the reply are read, each with its answer', () => {
    const note = readNote(
      '## Prompt:\nGive me 3 tricky ML interview questions about cross-validation\n\n## Response:\nSure! Here are three:\n\n1. **Why not use k-fold on time series?**\n   Future data leaks into the training folds.\n2. **What is nested CV for?**\n   The inner loop tunes, the outer loop estimates.\n\nWould you like me to turn these into flashcards?\n',
      'chat.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why not use k-fold on time series?', 'Future data leaks into the training folds.'],
      ['What is nested CV for?', 'The inner loop tunes, the outer loop estimates.'],
    ]);
    expect(messagesOf(note.vfile)).toContain('2:chat-request');
    expect(messagesOf(note.vfile)).toContain('12:chat-offer');
  });

  it('leave out, once a prompt has asked for questions, a later one that asks nothing over a reply that asks one: it steers the questions on', () => {
    const note = readNote(
      '## Prompt:\nGive me 2 interview questions on caching with answers.\n\n## Response:\n**1. What is cache stampede?**\nMany requests miss at once and all hit the database.\n\n**2. How does TTL jitter help?**\nIt spreads expiries so keys do not expire together.\n\n## Prompt:\nwhat about write-through\n\n## Response:\n**3. What is a write-through cache?**\nWrites go to the cache and the store together.\n',
      'chat.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is cache stampede?', 'Many requests miss at once and all hit the database.'],
      ['How does TTL jitter help?', 'It spreads expiries so keys do not expire together.'],
      ['What is a write-through cache?', 'Writes go to the cache and the store together.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('chat-request'))).toEqual(['2:chat-request', '12:chat-request']);
  });

  it('keep a later prompt that asks nothing as the question when its reply asks one question numbered as none (`What threshold would you alert on?`): it answers', () => {
    const note = readNote(
      '## Prompt:\nGive me 2 questions about Kafka\n\n## Response:\n1. What is a partition?\n2. What is a consumer group?\n\n## Prompt:\nExplain consumer lag\n\n## Response:\nLag is the gap between the newest offset and the committed one. What threshold would you alert on?\n',
      'chat.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is a partition?', null],
      ['What is a consumer group?', null],
      ['Explain consumer lag', 'Lag is the gap between the newest offset and the committed one. What threshold would you alert on?'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('chat-request'))).toEqual(['2:chat-request']);
  });

  it('leave out a later prompt over a reply whose one question is an ordered list\'s item: its number (`3.`) numbers it as a question', () => {
    const note = readNote(
      "## Prompt:\nGive me 2 questions about Kafka with answers\n\n## Response:\n1. What is a partition?\n   An ordered log, a shard of a topic.\n2. What is a consumer group?\n   Consumers that share a topic's partitions.\n\n## Prompt:\nwhat about retention\n\n## Response:\n3. What does retention.ms control?\n   How long a message is kept.\n",
      'chat.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a partition?', 'An ordered log, a shard of a topic.'],
      ['What is a consumer group?', "Consumers that share a topic's partitions."],
      ['What does retention.ms control?', 'How long a message is kept.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('chat-request'))).toEqual(['2:chat-request', '11:chat-request']);
  });

  it("keep a prompt under a reply that ends asking as the user's answer, no request, though the reply under it asks a numbered question", () => {
    const note = readNote(
      '## Prompt:\nGive me 2 questions about Kafka\n\n## Response:\n1. What is a partition?\n2. What is a consumer group?\n\nWhich one do you want to try first?\n\n## Prompt:\nthe partition one, it is a shard of a topic\n\n## Response:\nRight.\n\n**3. What is consumer lag?**\n',
      'chat.md',
    );
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('chat-request'))).toEqual(['2:chat-request']);
  });

  it('ask with the last paragraph of a prompt that runs over more blocks, the others what the question shows', () => {
    const note = readNote(
      "## Prompt:\nHere is my training loop:\n\n```python\nmodel.eval()\nloss.backward()\n```\n\nWhy does my dropout seem to do nothing?\n\n## Response:\nYou called `model.eval()`: dropout is off in eval mode.\n",
      'chat.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Why does my dropout seem to do nothing?', 'You called model.eval(): dropout is off in eval mode.']]);
    expect(note.questions[0]!.context?.markdown).toBe('Here is my training loop:\n\n```python\nmodel.eval()\nloss.backward()\n```');
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('keep a closing line that offers nothing as the answer\'s', () => {
    expect(pairs('## Prompt:\nWhat is dropout?\n\n## Response:\nRandomly zeroing units.\n\nIt regularises the network.\n')).toEqual([['What is dropout?', 'Randomly zeroing units.\nIt regularises the network.']]);
  });
});

describe("Anki's fields under headings", () => {
  it('answer each Front with its Back, in an anki-editor Org note, and a Cloze\'s Text, its deletion blanked, with the sentence whole and its Back Extra', () => {
    const org = [
      '* Vanishing gradient',
      ':PROPERTIES:',
      ':ANKI_NOTE_TYPE: Basic',
      ':END:',
      '** Front',
      'What is the vanishing gradient problem?',
      '** Back',
      'Gradients shrink as they are backpropagated through many layers.',
      '',
      '* Dropout cloze',
      ':PROPERTIES:',
      ':ANKI_NOTE_TYPE: Cloze',
      ':END:',
      '** Text',
      'At test time, dropout is {{c1::turned off}}.',
      '** Back Extra',
      'PyTorch uses inverted dropout.',
      '',
    ].join('\n');
    expect(pairs(org, 'cards.org')).toEqual([
      ['What is the vanishing gradient problem?', 'Gradients shrink as they are backpropagated through many layers.'],
      ['At test time, dropout is [...].', 'At test time, dropout is turned off.\nPyTorch uses inverted dropout.'],
    ]);
  });

  it('answer each Front with its Back in Markdown too', () => {
    expect(pairs('## Vanishing gradient\n\n### Front\nWhat is the vanishing gradient problem?\n\n### Back\nGradients shrink through many layers.\n', 'cards.md')).toEqual([
      ['What is the vanishing gradient problem?', 'Gradients shrink through many layers.'],
    ]);
  });
});
