/**
 * A chat with an assistant as exporters save it in Markdown: each turn under a heading that names its speaker, Claude
 * Exporter's `## Prompt:` over `## Response:`, ChatGPT Exporter's `#### You:` over `#### ChatGPT:`, `## Human` over
 * `## Assistant`. The assistant's offer closing a reply (`Would you like me to …?`, `… 이어서 드릴까요?`) asks the
 * reader, not the interview: it is left out, as in a chat copied from its page (assistant-chat.ts). That each prompt
 * is a question and its reply the answer is extract/labelled-sections.ts's reading.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { LeftOutLine } from './plaintext.js';
import { ASSISTANT_TURN_LABEL, isOffer, USER_TURN_LABEL } from './assistant-chat.js';
import { inlineText } from '../wording/prompt-text.js';

/** Takes the assistant's closing offers out of the tree, when its headings are a chat's turns; returns their lines. */
export function dropAssistantOffers(tree: Root): LeftOutLine[] {
  const blocks = tree.children;
  if (!blocks.some((block) => namesTurn(block, USER_TURN_LABEL)) || !blocks.some((block) => namesTurn(block, ASSISTANT_TURN_LABEL))) return [];
  const leftOut: LeftOutLine[] = [];
  let turn: Heading | undefined;
  tree.children = blocks.filter((block, index) => {
    if (block.type === 'heading') turn = block;
    if (block.type !== 'paragraph' || !block.position || !turn || !namesTurn(turn, ASSISTANT_TURN_LABEL)) return true;
    // The reply's last paragraph: a heading at its turn's depth or above ends it, or a rule, or the note's end.
    const next = blocks[index + 1];
    if (next !== undefined && next.type !== 'thematicBreak' && !(next.type === 'heading' && next.depth <= turn.depth)) return true;
    const text = inlineText(block.children).trim();
    if (!isOffer(text)) return true;
    leftOut.push({ line: block.position.start.line, text, reason: 'chat-offer' });
    return false;
  });
  return leftOut;
}

/** A heading that names a turn's speaker (`## Prompt:`, `#### ChatGPT:`), its colon aside. */
export function namesTurn(block: RootContent, label: RegExp): block is Heading {
  return block.type === 'heading' && label.test(inlineText(block.children).trim().replace(/\s*[:：]$/, ''));
}
