/**
 * A paragraph that is one bold run: `**What is regression? 👶**`, possibly
 * followed by difficulty emoji, invisible joiners or a `<br/>`.
 */
import type { Recognizer } from './recognizer.js';
import { candidate, splitAfterPromptLine } from './recognizer.js';

const FILLER = /^[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

export const boldParagraphRecognizer: Recognizer = {
  construct: 'bold',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    // `**What is X?**` with its answer on the next line: only the first line is the prompt.
    const split = splitAfterPromptLine(block.children, block.position);
    const line = split?.prompt ?? block.children;
    const strong = line.filter((child) => child.type === 'strong');
    if (strong.length !== 1) return undefined;
    const rest = line.filter((child) => child.type !== 'strong');
    const onlyFiller = rest.every(
      (child) => (child.type === 'text' && FILLER.test(child.value)) || (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) || child.type === 'break',
    );
    if (!onlyFiller) return undefined;
    const found = candidate('bold', strong[0]!.children, split?.position ?? block.position, split ? { answerLead: [split.answer] } : {});
    return found.prompt ? found : undefined;
  },
};
