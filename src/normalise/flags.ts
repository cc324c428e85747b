/** What a learner should know about an answer before trusting it. */
import type { RootContent } from 'mdast';
import { kindTitledBody } from '../parse/callouts.js';
import { someNode } from '../parse/tree-walk.js';
import type { Flag } from '../schema/question-bank.js';
import { isPlaceholderAnswer } from './placeholder.js';
import { answerText } from './answer-text.js';

/**
 * Ends mid-sentence: on a comma, colon, an open bracket or a dangling conjunction after other words. Not a
 * letter alone or after words (`a`, `Answer: A`): a quiz's answer names an option so.
 */
const BROKEN_OFF = /(?:[,:;(\[–—-]|\S\s+(?:and|or|the|a|an|to|of|with|because|but))\s*$/;
/** What an SQL definition creates, drops or alters: `VIEW` of `DROP VIEW 뷰이름;`, not `rate` of `We drop the rate;`. */
const SQL_OBJECT = String.raw`(?:table|view|index|database|schema|user|role|sequence|procedure|function|trigger|column|constraint)`;
/** What `GRANT` gives and `REVOKE` takes back: a privilege or a role, not `grant money to students;`. */
const SQL_PRIVILEGE = String.raw`(?:all(?:\s+privileges)?|select|insert|update|delete|execute|references|usage|connect|create|alter|drop|index|resource|dba)`;
/**
 * A last line that is an SQL statement: its `;` ends the statement, not a sentence broken off. A query's words, or a
 * definition's or a permission's (`DROP VIEW 뷰이름;`, `ALTER TABLE … ADD …;`, `TRUNCATE TABLE t;`, `GRANT SELECT ON t TO u;`,
 * `CREATE INDEX …;`), as an exam answers `…SQL 명령어를 쓰시오`; the object or privilege each names keeps prose (`We drop the rate;`) out.
 */
const SQL_STATEMENT = new RegExp(
  String.raw`^.*(?:\b(?:select|from|where|group\s+by|order\s+by|limit|insert\s+into|update|delete\s+from|join|having|values|(?:create(?:\s+or\s+replace)?(?:\s+unique)?|drop|alter)\s+${SQL_OBJECT})\b|\btruncate\s+(?:table\b|[\p{L}\d_."]+(?=\s*;))|\b(?:grant|revoke)\s+${SQL_PRIVILEGE}\b[\w\s,]*?\s(?:on|to|from)\s).*;\s*$`,
  'iu',
);

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
  const body = blocks.length === 1 ? kindTitledBody(blocks[0]) : undefined;
  return body !== undefined && body.length > 0 && isPlaceholderAnswer(answerText(body));
}

/** `question`: the question the answer is to, whose words tell an invitation to contribute from a placeholder (placeholder.ts). */
export function answerFlags(blocks: readonly RootContent[], text: string, question?: string): Flag[] {
  const flags: Flag[] = [];
  if (blocks.length === 0 || text.trim() === '') return ['no-answer'];
  if (isPlaceholderAnswer(text, question) || isBoxedPlaceholder(blocks)) flags.push('placeholder-answer');
  else if (brokenOff(blocks, text)) flags.push('incomplete-answer');
  if (someNode(blocks, (node) => node.type === 'code' && Boolean(node.data?.indentationLost))) flags.push('code-indentation-lost');
  return flags;
}
