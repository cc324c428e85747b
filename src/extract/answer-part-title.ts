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
  for (let at = index - 1; at >= 0; at--) {
    const above = blocks[at]!;
    // Under a bold question's answer, a bold line is the note's own way of asking (`**Describe the architecture of
    // YOLO**`): one that names nothing stays in that answer only when it asks nothing (block-roles.ts).
    if (asksWithQuestionMark(above, at, proposals)) return proposals[at]?.bold === undefined;
    if (!holdsAnswerContent(above, at, proposals) && !['code', 'math', 'blockquote', 'table'].includes(above.type)) return false;
  }
  return false;
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
