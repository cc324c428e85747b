/**
 * A paragraph that is one bold run: `**What is regression? 👶**`, possibly
 * followed by difficulty emoji, invisible joiners or a `<br/>`.
 */
import type { Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';

const FILLER = /^[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

export const boldParagraphRecognizer: Recognizer = {
  construct: 'bold',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    const strong = block.children.filter((child) => child.type === 'strong');
    if (strong.length !== 1) return undefined;
    const rest = block.children.filter((child) => child.type !== 'strong');
    const onlyFiller = rest.every(
      (child) => (child.type === 'text' && FILLER.test(child.value)) || (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) || child.type === 'break',
    );
    if (!onlyFiller) return undefined;
    const found = candidate('bold', strong[0]!.children, block.position);
    return found.prompt ? found : undefined;
  },
};
