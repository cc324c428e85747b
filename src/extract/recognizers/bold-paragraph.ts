/**
 * A paragraph that is one bold run: `**What is regression? 👶**`, possibly
 * followed by difficulty emoji, invisible joiners or a `<br/>`, its question mark perhaps after it
 * (`**What is data leakage**?`); or one led by a
 * bold run that asks, its answer after it on the same line (`**What is X?** X is …`), or by a bold
 * term whose sentence asks (`**Pooling** 은 왜 쓰는가? …`).
 */
import type { RootContent } from 'mdast';
import type { PromptCandidate, Recognizer } from './recognizer.js';
import { candidate, splitAfterBoldLead, splitAfterPromptLine } from './recognizer.js';
import { boldRun, boldRunMarkedAfter } from '../bold-line.js';
import { inlineText } from '../../wording/prompt-text.js';
import { isInterrogative } from '../../wording/interrogative.js';
import { LAST_QUESTION_MARK } from '../../wording/marks.js';

/**
 * A difficulty rating closing the line, as lists of interview questions rate each one (`👶` easy, `⭐️`
 * medium, `🚀` hard): the author's mark that the line is a question, a title-like one too
 * (`**Precision-recall trade-off ⭐️**`).
 */
const DIFFICULTY_RATING = /[👶⭐🌟🚀][\s\u200b-\u200d\u2060\ufe0f]*$/u;

export const boldParagraphRecognizer: Recognizer = {
  construct: 'bold',
  recognize(block) {
    const quoted = quotedQuestion(block);
    if (quoted) return quoted;
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
    const marked = boldRunMarkedAfter(split?.prompt ?? block.children);
    if (marked) {
      const found = candidate('bold', marked.children, split?.position ?? block.position, { ...(split ? { answerLead: [split.answer] } : {}), markAfterBold: true });
      // One whose words ask nothing without the mark (`**Important**?` in an answer, `**Dropout**?`) is left to the line's reading.
      if (isInterrogative(found.prompt.replace(LAST_QUESTION_MARK, ''))) return found;
    }
    const lead = splitAfterBoldLead(block.children, block.position);
    if (!lead) return undefined;
    const found = candidate('bold', lead.prompt, lead.position, { answerLead: [lead.answer], boldLead: true });
    return found.prompt ? found : undefined;
  },
};

/**
 * A plain quote (not a callout, whose title says what it is) that opens with a bold question and answers it
 * under it: `> 💡 **What is a residual connection?**` over `> A shortcut that …`, as Notion's callouts and
 * some notes set each question apart. The quote is how the pair is laid out: read as the same lines outside
 * it are. One with nothing under its question is a quotation, not a question's box.
 */
function quotedQuestion(block: RootContent): PromptCandidate | undefined {
  if (block.type !== 'blockquote' || block.data?.callout !== undefined) return undefined;
  const [first, ...rest] = block.children;
  if (first?.type !== 'paragraph') return undefined;
  const found = boldParagraphRecognizer.recognize(first);
  if (!found || (found.answerLead.length === 0 && rest.length === 0)) return undefined;
  return { ...found, answerLead: [...found.answerLead, ...(rest as RootContent[])] };
}
