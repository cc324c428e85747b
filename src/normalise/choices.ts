/**
 * A multiple-choice question's options (extract/choices.ts) in the published
 * form: each as Markdown, sanitised HTML and plain text, read as an answer is
 * (so a script in an option never reaches a card either).
 */
import type { RootContent } from 'mdast';
import type { Choice as FoundChoice } from '../extract/choices.js';
import type { Choice } from '../schema/question-bank.js';
import { inertAnswerMarkdowns } from './answer-markdown.js';
import { answerHtml } from './answer-html.js';
import { answerText } from './answer-text.js';
import { inertBlocks, type OnLeftOut } from './inert-markdown.js';

/** `onLeftOut`: told of what an option's HTML loses, by the question's reporter (normalise/left-out-report.ts). */
export function normaliseChoices(found: readonly FoundChoice[], onLeftOut?: OnLeftOut): Choice[] {
  if (found.length === 0) return [];
  const blocks = found.map((choice): RootContent[] => [{ type: 'paragraph', children: choice.content }]);
  const inert = blocks.map((option) => inertBlocks(option, onLeftOut));
  const markdown = inertAnswerMarkdowns(inert);
  return found.map((choice, k) => ({
    label: choice.label,
    markdown: markdown[k]!,
    html: withoutParagraph(answerHtml(blocks[k]!)),
    text: answerText(inert[k]!),
    correct: choice.correct,
  }));
}

/** An option is a line of a list: its one paragraph's content. */
function withoutParagraph(html: string): string {
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return inner && !inner[1]!.includes('<p>') ? inner[1]! : html;
}
