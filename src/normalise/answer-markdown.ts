/**
 * An answer's blocks as Markdown. Math is written back with the delimiters
 * the source used (`\(..\)`, `\[..\]`, `$..$`, `$$..$$`), so nothing a user
 * wrote changes form; copied plain text comes out as proper Markdown lists.
 */
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathAsWritten } from '../parse/math-to-markdown.js';
import { inertBlocks } from './inert-markdown.js';
import { prefilterEscapes } from './escape-prefilter.js';

/**
 * Several answers serialised in one `toMarkdown` call: each call sets up its
 * state with the GFM and math extensions anew, which costs more than
 * writing a short answer (about 11 µs of 23 µs for one paragraph). The
 * batch's state escapes text through the prefilter (escape-prefilter.ts).
 */
interface AnswerBatch extends Node {
  type: 'answerBatch';
  answers: Root[];
  /** Filled by the handler, one per answer. */
  markdown: string[];
}

const answerBatch: Handle = (node: AnswerBatch, _parent, state) => {
  prefilterEscapes(state);
  for (const answer of node.answers) {
    // What a call of its own would start from: the rest of the state is
    // restored by the handlers that change it (stack, indexStack).
    state.bulletCurrent = undefined;
    state.bulletLastUsed = undefined;
    node.markdown.push(state.handle(answer, undefined, state, { before: '\n', after: '\n', now: { line: 1, column: 1 }, lineShift: 0 }).trim());
  }
  return '';
};

/** The same for every answer, so made once. */
const options: Options = {
  bullet: '-',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  extensions: [gfmToMarkdown(), mathAsWritten()],
  handlers: { answerBatch } as never,
};

/** The answer as Markdown, with only the HTML and URLs that `answer.html` would keep (see inert-markdown.ts). */
export function answerMarkdown(blocks: readonly RootContent[]): string {
  return answerMarkdowns([blocks])[0]!;
}

/** `answerMarkdown` of each answer, the same strings, in one serialiser call. */
export function answerMarkdowns(answers: readonly (readonly RootContent[])[]): string[] {
  return inertAnswerMarkdowns(answers.map((blocks) => inertBlocks(blocks)));
}

/** `answerMarkdowns` of answers whose blocks are inert already (`inertBlocks`), as normalise has them. */
export function inertAnswerMarkdowns(answers: readonly (readonly RootContent[])[]): string[] {
  if (answers.length === 0) return [];
  const roots = answers.map((blocks): Root => ({ type: 'root', children: [...blocks] }));
  const batch: AnswerBatch = { type: 'answerBatch', answers: roots, markdown: [] };
  toMarkdown(batch as never, options);
  return batch.markdown;
}
