/**
 * Obsidian's question callouts: `> [!question] What is self-attention?`
 * (also `[!faq]`, `[!help]`, folded `[!question]-` or `[!question]+`) asks
 * in its title and answers in its body. The parse stage has turned the
 * marker line into a title paragraph (callouts.ts). A question callout with
 * no title asks in the first line of its body instead.
 */
import type { Blockquote, BlockContent, DefinitionContent, RootContent } from 'mdast';
import type { PromptCandidate, Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';

const QUESTION_TYPES = new Set(['question', 'faq', 'help']);

function isQuestionCallout(block: RootContent): block is Blockquote {
  return block.type === 'blockquote' && QUESTION_TYPES.has(block.data?.callout?.type ?? '');
}

/** A callout of another type (`note`, `tip`, `warning`): an aside, not a question. */
export function isAsideCallout(block: RootContent): block is Blockquote {
  return block.type === 'blockquote' && block.data?.callout !== undefined && !isQuestionCallout(block);
}

/**
 * The one block a plain quote holds (not a callout, whose title says what it is): a quote that only sets
 * that block apart (`> * A: …` under a question, `\t> 1. …?` follow-ups under an item).
 */
export function quotedAlone(block: RootContent | undefined): BlockContent | DefinitionContent | undefined {
  if (block?.type !== 'blockquote' || block.data?.callout !== undefined || block.children.length !== 1) return undefined;
  return block.children[0];
}

export const calloutRecognizer: Recognizer = {
  construct: 'callout',
  recognize(block) {
    if (!isQuestionCallout(block)) return undefined;
    const [title, ...body] = block.children;
    if (title?.type !== 'paragraph' || !title.data?.calloutTitle) return undefined;
    if (block.data!.callout!.titled && title.children[0]?.type === 'strong' && title.position) {
      const found = candidate('callout', title.children[0].children, title.position, { answerLead: body as RootContent[] });
      return found.prompt ? found : undefined;
    }
    return untitled(body);
  },
};

function untitled(body: ReadonlyArray<BlockContent | DefinitionContent>): PromptCandidate | undefined {
  const [first, ...rest] = body;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const found = candidate('callout', first.children, first.position);
  if (!found.prompt) return undefined;
  return { ...found, answerLead: [...found.answerLead, ...(rest as RootContent[])] };
}
