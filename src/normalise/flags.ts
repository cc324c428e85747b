/** What a learner should know about an answer before trusting it. */
import type { RootContent } from 'mdast';
import { someNode } from '../parse/tree-walk.js';
import type { Flag } from '../schema/question-bank.js';
import { isPlaceholderAnswer } from './placeholder.js';
import { answerText } from './answer-text.js';

/**
 * Ends mid-sentence: on a comma, colon, an open bracket or a dangling conjunction after other words. Not a
 * letter alone or after words (`a`, `Answer: A`): a quiz's answer names an option so.
 */
const BROKEN_OFF = /(?:[,:;(\[–—-]|\S\s+(?:and|or|the|a|an|to|of|with|because|but))\s*$/;
/** A last line that is an SQL statement: its `;` ends the statement, not a sentence broken off. */
const SQL_STATEMENT = /^(?:.*\b(?:select|from|where|group\s+by|order\s+by|limit|insert\s+into|update|delete\s+from|create\s+table|join|having|values)\b.*);\s*$/i;

/**
 * Whether an answer ends mid-sentence. A semicolon that ends code, or an SQL statement written as text, ends a
 * statement; code that ends on an opener (`if x:`, `f(`) breaks off as a sentence does.
 */
function brokenOff(blocks: readonly RootContent[], text: string): boolean {
  const trimmed = text.trim();
  if (!BROKEN_OFF.test(trimmed)) return false;
  const statement = trimmed.endsWith(';') && (blocks.at(-1)?.type === 'code' || SQL_STATEMENT.test(trimmed.slice(trimmed.lastIndexOf('\n') + 1)));
  return !statement;
}

/**
 * An answer that is one callout titled only with its kind, around a placeholder (`:::warning` over `다음 주까지 정리해
 * 오기!`): the kind's name (`Warning`) says nothing of the answer.
 */
function isBoxedPlaceholder(blocks: readonly RootContent[]): boolean {
  const [only] = blocks;
  if (blocks.length !== 1 || only?.type !== 'blockquote' || only.data?.callout?.titled !== false) return false;
  const [title, ...body] = only.children;
  return title?.type === 'paragraph' && title.data?.calloutTitle === true && body.length > 0 && isPlaceholderAnswer(answerText(body));
}

export function answerFlags(blocks: readonly RootContent[], text: string): Flag[] {
  const flags: Flag[] = [];
  if (blocks.length === 0 || text.trim() === '') return ['no-answer'];
  if (isPlaceholderAnswer(text) || isBoxedPlaceholder(blocks)) flags.push('placeholder-answer');
  else if (brokenOff(blocks, text)) flags.push('incomplete-answer');
  if (someNode(blocks, (node) => node.type === 'code' && Boolean(node.data?.indentationLost))) flags.push('code-indentation-lost');
  return flags;
}
