/**
 * Obsidian's question callouts: `> [!question] What is self-attention?`
 * (also `[!faq]`, `[!help]`, folded `[!question]-` or `[!question]+`) asks
 * in its title and answers in its body. The parse stage has turned the
 * marker line into a title paragraph (callouts.ts). A question callout with
 * no title, or one that only labels it a question (`Question`), asks in the first line of its body instead.
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, RootContent } from 'mdast';
import type { PromptCandidate, Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';
import { asOneLine, inlineText, QUESTION_LABEL } from '../../wording/prompt-text.js';
import { endsWithQuestionMark } from '../../wording/interrogative.js';
import { toString } from 'mdast-util-to-string';
import { isLabelText } from '../answer-head.js';

const QUESTION_TYPES = new Set(['question', 'faq', 'help']);

function isQuestionCallout(block: RootContent): block is Blockquote {
  return block.type === 'blockquote' && QUESTION_TYPES.has(block.data?.callout?.type ?? '');
}

/** A callout of another type (`note`, `tip`, `warning`): an aside, not a question (nor an answer, answer-head.ts's `revealedAnswer`). */
export function isAsideCallout(block: RootContent): block is Blockquote {
  const type = block.type === 'blockquote' ? block.data?.callout?.type : undefined;
  return type !== undefined && !QUESTION_TYPES.has(type) && !isLabelText(type);
}

/**
 * The one block a plain quote holds (not a callout, whose title says what it is): a quote that only sets
 * that block apart (`> * A: …` under a question, `\t> 1. …?` follow-ups under an item).
 */
export function quotedAlone(block: RootContent | undefined): BlockContent | DefinitionContent | undefined {
  if (block?.type !== 'blockquote' || block.data?.callout !== undefined || block.children.length !== 1) return undefined;
  return block.children[0];
}

/** A title that only labels the callout a question (`!!! question "Question"`, `Question 3`, `질문`): it asks in its body. */
const LABEL_TITLE = new RegExp(String.raw`^${QUESTION_LABEL}\s*\d*\s*[:：.]?$`, 'i');

export const calloutRecognizer: Recognizer = {
  construct: 'callout',
  recognize(block) {
    if (!isQuestionCallout(block)) return undefined;
    const [title, ...body] = block.children;
    if (title?.type !== 'paragraph' || !title.data?.calloutTitle) return undefined;
    const strong = title.children[0];
    if (!block.data!.callout!.titled || strong?.type !== 'strong' || !title.position) return untitled(body);
    const found = candidate('callout', strong.children, title.position, { answerLead: body as RootContent[] });
    const asked = found.prompt ? found : undefined;
    // A title that only labels it asks in the body, when the body opens with words; else the title is all it asks.
    return LABEL_TITLE.test(inlineText(strong.children).trim()) ? (untitled(body) ?? asked) : asked;
  },
};

/**
 * The question of a callout that asks in its body: its first paragraph; or, over a list of questions, the paragraphs
 * before that list (its scene), the list shown with them (`Consider a fair dice …`, `A score is …` over `- Find the
 * average score if you roll once?`, as a MkDocs site's question boxes set a scene and ask about it).
 */
function untitled(body: ReadonlyArray<BlockContent | DefinitionContent>): PromptCandidate | undefined {
  const [first, ...rest] = body;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const listAt = body.findIndex((block) => block.type !== 'paragraph');
  const list = body[listAt];
  const asks = list?.type === 'list' && list.children.length > 0 && list.children.every((item) => endsWithQuestionMark(toString(item).trim()));
  if (asks) {
    const scene = body.slice(0, listAt) as Paragraph[];
    const words = asOneLine(scene);
    const found = candidate('callout', words, { start: first.position.start, end: scene.at(-1)!.position?.end ?? first.position.end });
    if (found.prompt && found.answerLead.length === 0) return { ...found, context: [list], answerLead: body.slice(listAt + 1) as RootContent[] };
  }
  const found = candidate('callout', first.children, first.position);
  if (!found.prompt) return undefined;
  return { ...found, answerLead: [...found.answerLead, ...(rest as RootContent[])] };
}
