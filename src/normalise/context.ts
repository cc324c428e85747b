/**
 * What a question shows with it (`ExtractedQuestion.context`: a scene's picture or table, the code a
 * question calls "the following"), written as an answer is: Markdown, sanitised HTML and plain text,
 * from the same inert blocks, so that no script of a note reaches a card by this way either.
 */
import type { RootContent } from 'mdast';
import type { Context } from '../schema/question-bank.js';
import { inertAnswerMarkdowns } from './answer-markdown.js';
import { answerHtml } from './answer-html.js';
import { answerText } from './answer-text.js';
import { inertBlocks, type OnLeftOut } from './inert-markdown.js';

/** The context of a question, or undefined when it shows nothing. */
export function questionContext(blocks: readonly RootContent[] | undefined, onLeftOut?: OnLeftOut): Context | undefined {
  if (!blocks || blocks.length === 0) return undefined;
  const inert = inertBlocks(blocks, onLeftOut);
  return { markdown: inertAnswerMarkdowns([inert])[0]!, html: answerHtml(blocks), text: answerText(inert) };
}
