/**
 * A paragraph that is one bold run: `**What is regression? 👶**`, possibly
 * followed by difficulty emoji, invisible joiners or a `<br/>`; or one led by a
 * bold run that asks, its answer after it on the same line (`**What is X?** X is …`), or by a bold
 * term whose sentence asks (`**Pooling** 은 왜 쓰는가? …`).
 */
import type { Recognizer } from './recognizer.js';
import { candidate, splitAfterBoldLead, splitAfterPromptLine } from './recognizer.js';
import { boldRun } from '../bold-line.js';
import { inlineText } from '../../wording/prompt-text.js';

/**
 * A difficulty rating closing the line, as lists of interview questions rate each one (`👶` easy, `⭐️`
 * medium, `🚀` hard): the author's mark that the line is a question, a title-like one too
 * (`**Precision-recall trade-off ⭐️**`).
 */
const DIFFICULTY_RATING = /[👶⭐🌟🚀][\s\u200b-\u200d\u2060\ufe0f]*$/u;

export const boldParagraphRecognizer: Recognizer = {
  construct: 'bold',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    // `**What is X?**` with its answer on the next line: only the first line is the prompt.
    const split = splitAfterPromptLine(block.children, block.position);
    const strong = boldRun(split?.prompt ?? block.children);
    if (strong) {
      const rated = DIFFICULTY_RATING.test(inlineText(split?.prompt ?? block.children));
      const found = candidate('bold', strong.children, split?.position ?? block.position, {
        ...(split ? { answerLead: [split.answer] } : {}),
        ...(rated ? { marked: true } : {}),
      });
      return found.prompt ? found : undefined;
    }
    const lead = splitAfterBoldLead(block.children, block.position);
    if (!lead) return undefined;
    const found = candidate('bold', lead.prompt, lead.position, { answerLead: [lead.answer], boldLead: true });
    return found.prompt ? found : undefined;
  },
};
