/**
 * The head of a page as Notion exports it to Markdown: the page's title, a `#` heading, over its
 * properties, a `Key: value` line each, and then its content:
 *
 *     # Attention 메커니즘
 *
 *     Status: 복습 필요
 *     Tags: NLP, Transformer
 *     Created: 2024년 3월 2일 오후 9:14
 *
 *     # Q. Multi-head attention을 쓰는 이유는?
 *
 * Where the page's questions are headings of the title's level, the title read as one more (a name over
 * its "answer", the properties) was a question. It is the page's title; the properties file the page: left
 * out, their tags (`Tags:`, `태그:`) the tags of each of its questions, as front matter's are.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { Proposals } from './constructs.js';
import { isPropertyLines, propertyLines } from './page-question.js';
import { namesTags, tagsOf } from './answer-head.js';
import { asksOutright } from './constructs.js';

export interface PageHead {
  /** The title heading's index among the note's blocks. */
  title: number;
  /** The properties' paragraph, right under the title. */
  properties: Paragraph;
  /** The tags its tag properties give. */
  tags: string[];
}

/**
 * The page's title and properties, when the note opens with a `#` heading that asks nothing, a paragraph of two
 * property lines or more right under it (one `Definition: …` line is as likely an answer), and a heading that asks
 * outright after them: a page whose question headings share its title's level. A note of concepts, whose headings
 * name what `Input:`/`Output:` lines under them explain, has no heading that asks there.
 */
export function notionPageHead(blocks: readonly RootContent[], proposals: readonly Proposals[]): PageHead | undefined {
  const [title, properties, next] = blocks;
  if (title?.type !== 'heading' || title.depth !== 1 || properties?.type !== 'paragraph' || next?.type !== 'heading') return undefined;
  const named = proposals[0]?.heading;
  if (named && (named.interrogative || named.labelled)) return undefined;
  const asked = proposals[2]?.heading;
  if (!asked || !asksOutright(asked) || !isPropertyLines(properties)) return undefined;
  const lines = propertyLines(properties);
  if (lines.length < 2) return undefined;
  const tags = lines.flatMap(({ key, value }) => (namesTags(key) ? tagsOf(value) : []));
  return { title: 0, properties, tags };
}
