/** What a learner should know about an answer before trusting it. */
import type { RootContent } from 'mdast';
import { someNode } from '../parse/tree-walk.js';
import type { Flag } from '../schema/question-bank.js';
import { isPlaceholderAnswer } from './placeholder.js';

/**
 * Ends mid-sentence: on a comma, colon, an open bracket or a dangling conjunction after other words. Not a
 * letter alone or after words (`a`, `Answer: A`): a quiz's answer names an option so.
 */
const BROKEN_OFF = /(?:[,:;(\[–—-]|\S\s+(?:and|or|the|a|an|to|of|with|because|but))\s*$/;

export function answerFlags(blocks: readonly RootContent[], text: string): Flag[] {
  const flags: Flag[] = [];
  if (blocks.length === 0 || text.trim() === '') return ['no-answer'];
  if (isPlaceholderAnswer(text)) flags.push('placeholder-answer');
  else if (BROKEN_OFF.test(text.trim())) flags.push('incomplete-answer');
  if (someNode(blocks, (node) => node.type === 'code' && Boolean(node.data?.indentationLost))) flags.push('code-indentation-lost');
  return flags;
}
