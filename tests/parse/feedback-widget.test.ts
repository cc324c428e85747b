/**
 * Docs pages end with a feedback widget: "Was this page helpful?" and its
 * "Yes" / "No" buttons. Copied along with the page, it asks the reader, not
 * the interview: it is site chrome, left out and noted line by line.
 */
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { isSiteChrome } from '../../src/parse/site-chrome.js';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe("a docs page's feedback widget in copied text", () => {
  it('is no question: the answer above ends before it, and each of its lines is noted as left out', () => {
    const note = readNote('What does dropout do at test time?\nNothing: every unit is kept.\nWas this page helpful?\nYes\nNo\n', 'page.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What does dropout do at test time?', 'Nothing: every unit is kept.']]);
    expect(messagesOf(note.vfile)).toEqual(['3:site-chrome', '4:site-chrome', '5:site-chrome']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out site chrome: "Was this page helpful?"');
  });

  it('is recognised in its usual wordings, Korean too', () => {
    const prompts = ['Was this page helpful?', 'Was this article helpful?', 'Was this helpful?', 'Did this help?', 'Did this page help you?', 'Did you find this page useful?', 'How helpful was this page?', '이 페이지가 도움이 되었나요?', '도움이 되었나요?'];
    expect(prompts.filter((prompt) => !isSiteChrome(prompt))).toEqual([]);
  });

  it('takes its buttons, blank lines between them and thumbs too, and only right after its question', () => {
    const { leftOut, tree } = parsePlainText('Title\n\nIs ReLU convex?\nYes\n\n이 페이지가 도움이 되었나요?\n\n예\n아니요\n👍\n');
    expect(leftOut.map((line) => line.line)).toEqual([6, 8, 9, 10]);
    // The "Yes" that answers the interview question stays.
    expect(tree.children.map((block) => block.position?.start.line)).toEqual([3, 4]);
  });
});

describe("a blog post's share widget in copied text", () => {
  it('is no answer: its label and the line of places to share to under it are left out, each noted', () => {
    const note = readNote(
      'ML Interview Questions\n\n1. What is regularization?\nA penalty on model complexity added to the loss.\n\nShare this post:\nFacebook Twitter LinkedIn\n',
      'post.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is regularization?', 'A penalty on model complexity added to the loss.']]);
    expect(messagesOf(note.vfile)).toEqual(['6:site-chrome', '7:site-chrome']);
  });

  it('takes the names of places only right after its label: an answer naming them keeps them', () => {
    const { leftOut } = parsePlainText('Title\n\nWhich companies built Kafka and Storm?\nLinkedIn, Twitter\n\nShare on\nReddit\nHacker News | E-mail\n');
    expect(leftOut.map((line) => line.line)).toEqual([6, 7, 8]);
  });
});
