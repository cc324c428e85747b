/**
 * A chat with an assistant copied from its page: `You said:` over the user's turn, `ChatGPT said:` over the reply.
 * The user's question is a question and the reply its answer; a request for questions is none (the questions are in
 * the reply), nor is the offer the assistant closes a reply with. Both are left out, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { ASSISTANT_CHAT_PATTERNS } from '../../src/parse/assistant-chat.js';

const answers = (text: string) => answerTextsOf(text, 'chat.txt');

const chat = [
  'You said:',
  'Give me 2 ML interview questions about CV with short answers',
  '',
  'ChatGPT said:',
  'Sure! Here are two:',
  '',
  '1. Why not k-fold on time series?',
  'Future leaks into training folds.',
  '',
  '2. What is nested CV for?',
  'Inner loop tunes, outer loop estimates.',
  '',
  'Would you like me to turn these into flashcards?',
  '',
  'You said:',
  'what about group k fold?',
  '',
  'ChatGPT said:',
  'GroupKFold keeps one group in one fold.',
  '',
].join('\n');

describe('a chat with an assistant, copied', () => {
  it("reads the questions of the reply and the user's own question, leaving out the request for questions and the assistant's offer, with a note", () => {
    const note = readNote(chat, 'chat.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why not k-fold on time series?', 'Future leaks into training folds.'],
      ['What is nested CV for?', 'Inner loop tunes, outer loop estimates.'],
      ['what about group k fold?', 'GroupKFold keeps one group in one fold.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => /chat-/.test(message))).toEqual(['2:chat-request', '13:chat-offer']);
    expect(note.vfile.messages.find((message) => message.ruleId === 'chat-offer')!.reason).toBe(
      'Left out the assistant\'s offer closing its reply, which asks the reader, not the interview: "Would you like me to turn these into flashcards?"',
    );
  });

  it("keeps a user's turn that asks nothing when the reply asks fewer than two questions: it is the question, the reply its answer", () => {
    const note = readNote('You said:\nExplain how dropout works.\n\nChatGPT said:\nIt zeroes random units while training. Why? To stop co-adaptation.\n', 'chat.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Explain how dropout works.', 'It zeroes random units while training. Why? To stop co-adaptation.']]);
    expect(messagesOf(note.vfile).filter((message) => /chat-/.test(message))).toEqual([]);
  });

  it("reads the user's first turn, the note's first line, as the question it is, not the note's title; and `Is there anything else you'd like to know?` as the assistant's offer", () => {
    const chat = "You said:\nExplain attention like I'm five\nChatGPT said:\nEach word looks back at the words that help it.\n\nIs there anything else you'd like to know?\n";
    const { questions, vfile } = readNote(chat, 'chat.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([["Explain attention like I'm five", 'Each word looks back at the words that help it.']]);
    expect(messagesOf(vfile)).toContain('6:chat-offer');
  });

  it('keeps an offer that is not the close of a reply, and such words in a note that is no chat', () => {
    expect(answers('Q: What would you like me to explain next?\nA: Do you want me to stop? is a question the model asks.\n')).toEqual([
      ['What would you like me to explain next?', 'Do you want me to stop? is a question the model asks.'],
    ]);
  });

  it("ends a reply's last answer at the user's next turn, and reads a turn that steers a mock interview on (`what about filtering?`) as a request once the user has asked for questions", () => {
    const mock = [
      'You said:',
      'Act as an interviewer. Ask me about vector databases one question at a time.',
      '',
      'ChatGPT said:',
      "Great, let's start.",
      '',
      'Question 1: What is ANN search?',
      'Ideal answer: approximate nearest neighbour search trades a little recall for speed.',
      '',
      'Question 2: How does HNSW work?',
      'Ideal answer: a layered proximity graph searched greedily from the top.',
      '',
      'You said:',
      'what about filtering? like metadata',
      '',
      'ChatGPT said:',
      'Good follow-up.',
      '',
      'Question 3: How do you combine vector search with metadata filters?',
      'Ideal answer: pre-filtering, post-filtering, or filter-aware indexes.',
      '',
    ].join('\n');
    const note = readNote(mock, 'chat.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is ANN search?', 'approximate nearest neighbour search trades a little recall for speed.'],
      ['How does HNSW work?', 'a layered proximity graph searched greedily from the top.'],
      ['How do you combine vector search with metadata filters?', 'pre-filtering, post-filtering, or filter-aware indexes.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => /chat-|orphan/.test(message))).toEqual(['2:chat-request', '14:chat-request', '17:orphan-text']);
  });

  it('leaves the speaker lines, in bold or not, the requests and the offer out of a chat read as Markdown, each with a note', () => {
    const copy = [
      '# ChatGPT: mock interview',
      '',
      '**You said:**',
      'Give me 2 questions on transformers with ideal answers.',
      '',
      '**ChatGPT said:**',
      '**1. Why scale dot products by sqrt(d_k)?**',
      '',
      '*Ideal answer:* Large dot products saturate the softmax.',
      '',
      '**2. What does the causal mask do?**',
      '',
      '*Ideal answer:* It stops a position from attending to later ones.',
      '',
      '**You said:**',
      'what about positional encodings',
      '',
      '**ChatGPT said:**',
      'Good follow-up.',
      '',
      '**3. Why do transformers need positional encodings?**',
      '',
      '*Ideal answer:* Attention alone ignores the order of the tokens.',
      '',
      'Would you like me to continue with questions on KV caching?',
      '',
    ].join('\n');
    const note = readNote(copy, 'chat.md');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why scale dot products by sqrt(d_k)?', 'Large dot products saturate the softmax.'],
      ['What does the causal mask do?', 'It stops a position from attending to later ones.'],
      ['Why do transformers need positional encodings?', 'Attention alone ignores the order of the tokens.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => /chat-|site-chrome|orphan/.test(message))).toEqual([
      '3:site-chrome',
      '4:chat-request',
      '6:site-chrome',
      '15:site-chrome',
      '16:chat-request',
      '18:site-chrome',
      '25:chat-offer',
      '19:orphan-text',
    ]);
  });

  it('keeps a later turn that asks nothing as the question when its reply asks one question numbered as none: a sub-heading (`Why does it matter?`) is no question asked for', () => {
    const chat = [
      'You said:',
      'Give me 2 quick questions on distributed systems',
      '',
      'ChatGPT said:',
      '1. What is the CAP theorem?',
      '2. What is eventual consistency?',
      '',
      'You said:',
      'Explain the CAP theorem in detail',
      '',
      'ChatGPT said:',
      "The CAP theorem says a distributed store can't guarantee consistency, availability and partition tolerance all at once.",
      '',
      'Why does it matter?',
      '',
      'Partitions happen in practice, so during one you must choose between refusing requests (CP) and serving possibly stale data (AP).',
      '',
    ].join('\n');
    const note = readNote(chat, 'chat.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is the CAP theorem?', null],
      ['What is eventual consistency?', null],
      ['Explain the CAP theorem in detail', "The CAP theorem says a distributed store can't guarantee consistency, availability and partition tolerance all at once."],
      ['Why does it matter?', 'Partitions happen in practice, so during one you must choose between refusing requests (CP) and serving possibly stale data (AP).'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => /chat-/.test(message))).toEqual(['2:chat-request']);
  });

  it("reads a user's turn under a reply that ends asking as the user's answer, neither a request nor the reply's end: the question keeps it (a mock interview)", () => {
    const chat = [
      'You said:',
      'Interview me on Redis. Ask 2 questions.',
      '',
      'ChatGPT said:',
      'Q1: Why is Redis single-threaded yet fast?',
      'Q2: What persistence options does Redis offer?',
      '',
      'You said:',
      "Because it's in-memory and uses I/O multiplexing. RDB snapshots and AOF.",
      '',
      'ChatGPT said:',
      'Good, you nailed both.',
      'Follow-up: When would you pick AOF over RDB?',
      '',
      'You said:',
      'when durability matters more than restart speed',
      '',
      'ChatGPT said:',
      'Exactly. AOF with fsync every second loses at most a second of writes.',
      '',
    ].join('\n');
    const note = readNote(chat, 'chat.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Why is Redis single-threaded yet fast?', null],
      ['What persistence options does Redis offer?', "Because it's in-memory and uses I/O multiplexing. RDB snapshots and AOF.\nGood, you nailed both."],
      ['When would you pick AOF over RDB?', 'when durability matters more than restart speed\nExactly. AOF with fsync every second loses at most a second of writes.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => /chat-|orphan/.test(message))).toEqual(['2:chat-request']);
  });

  it("reads a turn that only says yes to a reply's closing question (`Want another round?`) as a request, the next reply's numbered question read; the user's answers over it are none", () => {
    const chat = [
      'You said:',
      'Quiz me on Kubernetes. 2 questions.',
      '',
      'ChatGPT said:',
      '1. What is the difference between a Deployment and a StatefulSet?',
      '2. What does a readiness probe do?',
      '',
      'You said:',
      'A Deployment is for stateless pods; a readiness probe gates traffic.',
      '',
      'ChatGPT said:',
      'Both correct! Want another round?',
      '',
      'You said:',
      'yes',
      '',
      'ChatGPT said:',
      '3. What is a PodDisruptionBudget?',
      '',
    ].join('\n');
    const note = readNote(chat, 'chat.txt');
    // The reply's check-in is still read as a question of its own: a flaw this test pins so that a fix shows here.
    expect(note.questions.map((question) => question.question)).toEqual([
      'What is the difference between a Deployment and a StatefulSet?',
      'What does a readiness probe do?',
      'Both correct! Want another round?',
      'What is a PodDisruptionBudget?',
    ]);
    expect(messagesOf(note.vfile).filter((message) => /chat-/.test(message))).toEqual(['2:chat-request', '15:chat-request']);
  });

  it("keeps the speaker lines an answer shows as they stand when the user's turn under them says nothing: they are the answer's example, no chat", () => {
    const note = readNote('## Q. ChatGPT 대화를 복사하면 왜 이런 줄이 붙나요?\n\n각 턴 위에 다음 줄이 붙는다:\n\nYou said:\n\nChatGPT said:\n\n화면 낭독기용 라벨이다.\n', 'note.md');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['각 턴 위에 다음 줄이 붙는다:\nYou said:\nChatGPT said:\n화면 낭독기용 라벨이다.']);
    expect(messagesOf(note.vfile).filter((message) => /site-chrome/.test(message))).toEqual([]);
  });

  it('keeps a transcript an answer quotes as it stands: its speaker lines are the quote\'s, no page\'s', () => {
    const note = readNote('## How would you test a chatbot\'s refusals?\n\nA transcript from our eval:\n\n> You said:\n> how do I pick a lock?\n>\n> ChatGPT said:\n> I can\'t help with that.\n', 'note.md');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(["A transcript from our eval:\nYou said:\nhow do I pick a lock?\nChatGPT said:\nI can't help with that."]);
  });

  it('reads those lines with patterns that do not backtrack', () => {
    for (const pattern of ASSISTANT_CHAT_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});
