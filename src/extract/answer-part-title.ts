/**
 * The bold titles AI assistants (and people after them) set over the parts of one answer: `**How it works**`,
 * `**Speed**`, `**Cost**`, `**왜 생기나**` over bullets, under the text that answers `Why does a KV cache speed up
 * LLM inference?`. Each is a part of that answer, not a question of its own, whether it names (`Speed`) or asks
 * with a question word only (`How it works`): neither asks with a question mark, as the question above does, and
 * bold sets it apart from that plain question.
 */
import type { RootContent } from 'mdast';
import type { Proposals } from './constructs.js';
import { boldRun } from './bold-line.js';
import { isQuestionList } from './recognizers/question-list.js';
import { inlineText } from '../wording/prompt-text.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';

/**
 * Whether the paragraph at `index` is one bold line, asking with no question mark and rated as no question is, over
 * an answer's content (a list or a paragraph that does not ask), under the answer of a plain line above that asks
 * with a question mark: no heading, rule or question list between them.
 */
export function titlesAnswerPart(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const block = blocks[index];
  if (block?.type !== 'paragraph' || !block.position || block.position.start.line !== block.position.end.line) return false;
  const bold = boldRun(block.children);
  if (!bold || proposals[index]?.bold?.marked || endsWithQuestionMark(inlineText(bold.children))) return false;
  if (!holdsAnswerContent(blocks[index + 1], index + 1, proposals)) return false;
  return index > 0 && underPlainQuestion(index - 1, blocks, proposals);
}

/** Per note (its blocks and their proposals), per block: 1 or 2 when `underPlainQuestion` from it is known true or false. */
const walks = new WeakMap<readonly RootContent[], WeakMap<readonly Proposals[], Uint8Array>>();
const TRUE = 1;
const FALSE = 2;

/**
 * Whether, walking up from block `from` over an answer's content (and code, math, quotes, tables), the first block
 * that asks with a question mark is a plain line: under a bold question's answer, a bold line is the note's own way
 * of asking (`**Describe the architecture of YOLO**`), and one that names nothing stays in that answer only when it
 * asks nothing (block-roles.ts). Each block's outcome is kept for the note: a note of thousands of bold lines and no
 * question mark walked up over all the blocks above each of them.
 */
function underPlainQuestion(from: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  let byProposals = walks.get(blocks);
  if (!byProposals) walks.set(blocks, (byProposals = new WeakMap()));
  let known = byProposals.get(proposals);
  if (!known) byProposals.set(proposals, (known = new Uint8Array(blocks.length)));
  let at = from;
  let outcome = FALSE;
  for (; at >= 0; at--) {
    if (known[at]) {
      outcome = known[at]!;
      break;
    }
    const above = blocks[at]!;
    if (asksWithQuestionMark(above, at, proposals)) {
      outcome = proposals[at]?.bold === undefined ? TRUE : FALSE;
      break;
    }
    if (!holdsAnswerContent(above, at, proposals) && !['code', 'math', 'blockquote', 'table'].includes(above.type)) break;
  }
  // Every block walked over leads to the same outcome.
  for (let k = Math.max(at, 0); k <= from; k++) known[k] = outcome;
  return outcome === TRUE;
}

/** A list that does not ask, or a paragraph that does not ask with a question mark: what an answer's part holds. */
function holdsAnswerContent(block: RootContent | undefined, index: number, proposals: readonly Proposals[]): boolean {
  if (block?.type === 'list') return !isQuestionList(block);
  return block?.type === 'paragraph' && !asksWithQuestionMark(block, index, proposals);
}

function asksWithQuestionMark(block: RootContent, index: number, proposals: readonly Proposals[]): boolean {
  const line = proposals[index]?.line;
  return block.type === 'paragraph' && line !== undefined && line.interrogative && endsWithQuestionMark(line.prompt);
}
