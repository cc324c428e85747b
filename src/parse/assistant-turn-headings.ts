/**
 * A chat with an assistant as exporters save it in Markdown: each turn under a heading that names its speaker, Claude
 * Exporter's `## Prompt:` over `## Response:`, ChatGPT Exporter's `#### You:` over `#### ChatGPT:`, `## Human` over
 * `## Assistant`. As in a chat copied from its page (assistant-chat.ts), the assistant's offer closing a reply
 * (`Would you like me to …?`, `… 이어서 드릴까요?`) asks the reader, not the interview, and a user's turn that asks for
 * questions (`Give me 3 tricky questions about cross-validation`) is a request whose reply holds them: both are left
 * out. That each other prompt is a question and its reply the answer is extract/labelled-sections.ts's reading.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LeftOutLine } from './plaintext.js';
import { answersRequest, ASSISTANT_TURN_LABEL, isOffer, USER_TURN_LABEL, userAnswers } from './assistant-chat.js';
import { inlineText } from '../wording/prompt-text.js';

interface Turn {
  user: boolean;
  /** The blocks under its heading, up to the next heading at its depth or above. */
  blocks: RootContent[];
}

/** Takes the assistant's closing offers and the user's requests for questions out of the tree, when its headings are a chat's turns; returns their lines. */
export function dropOffersAndRequests(tree: Root): LeftOutLine[] {
  const turns = turnsOf(tree.children);
  if (!turns.some((turn) => turn.user) || !turns.some((turn) => !turn.user)) return [];
  const leftOut: LeftOutLine[] = [];
  const dropped = new Set<RootContent>();
  const drop = (block: RootContent, reason: 'chat-offer' | 'chat-request') => {
    dropped.add(block);
    if (block.position) leftOut.push({ line: block.position.start.line, text: textLines([block]).join(' '), reason });
  };
  // Once the user has asked for questions, a reply that asks one numbered or labelled as a question answers a request
  // for it too; a prompt under a reply that ends asking is the user's answer, no request (assistant-chat.ts).
  let asked = false;
  /** The text lines of the reply just before the prompt, its offer aside. */
  let replied: string[] | undefined;
  turns.forEach((turn, at) => {
    if (turn.user) return;
    const last = turn.blocks.findLast((block) => block.type !== 'thematicBreak');
    if (last?.type === 'paragraph' && isOffer(inlineText(last.children).trim())) drop(last, 'chat-offer');
    const request = turns[at - 1];
    const before = replied;
    const reply = textLines(turn.blocks.filter((block) => !dropped.has(block)));
    replied = reply;
    if (!request?.user || request.blocks.length === 0) return;
    const asking = textLines(request.blocks);
    if ((turns[at - 2]?.user === false && before !== undefined && userAnswers(asking, before)) || !answersRequest(asking, reply, asked)) return;
    for (const block of request.blocks) drop(block, 'chat-request');
    asked = true;
  });
  if (dropped.size > 0) tree.children = tree.children.filter((block) => !dropped.has(block));
  return leftOut.sort((a, b) => a.line - b.line);
}

/** The turns under the headings that name a speaker, in order; the blocks before the first are no one's. */
function turnsOf(blocks: readonly RootContent[]): Turn[] {
  const turns: Turn[] = [];
  let depth = 0;
  for (const block of blocks) {
    if (block.type === 'heading') {
      const user = namesTurn(block, USER_TURN_LABEL);
      if (user || namesTurn(block, ASSISTANT_TURN_LABEL)) {
        turns.push({ user, blocks: [] });
        depth = block.depth;
        continue;
      }
      if (block.depth <= depth) depth = 0;
    }
    if (depth > 0) turns.at(-1)!.blocks.push(block);
  }
  return turns;
}

/** The lines of text the blocks show, each paragraph's and heading's (a list item's too, an ordered list's with its number), trimmed. */
function textLines(blocks: readonly RootContent[]): string[] {
  const lines: string[] = [];
  /** An ordered list's items' first paragraphs, by their number: `3. What is …?` is numbered as a question is (assistant-chat.ts). */
  const numbers = new Map<RootContent, number>();
  for (const block of blocks) {
    visit(block, (node) => {
      if (node.type === 'list' && node.ordered) node.children.forEach((item, at) => item.children[0] && numbers.set(item.children[0], (node.start ?? 1) + at));
      if (node.type !== 'paragraph' && node.type !== 'heading') return;
      const number = numbers.get(node);
      const text = number === undefined ? inlineText(node.children) : `${number}. ${inlineText(node.children)}`;
      for (const line of text.split('\n')) if (line.trim() !== '') lines.push(line.trim());
    });
  }
  return lines;
}

/** A heading that names a turn's speaker (`## Prompt:`, `#### ChatGPT:`), its colon aside. */
function namesTurn(block: Heading, label: RegExp): boolean {
  return label.test(inlineText(block.children).trim().replace(/\s*[:：]$/, ''));
}
