/**
 * Answers an author hid in HTML comments, so that the preview shows only the questions:
 *
 *     1. What does momentum add to SGD?
 *     <!-- A running average of past gradients. -->
 *
 * A comment is the author's hidden text, which the outputs leave out (left-out.ts), and one under a question is
 * most often a draft set aside. But where it is the whole answer of several questions of a note, hiding answers is
 * the note's way: each is read as its answer, with a note. A lone one stays left out, with a note that it may hold
 * the answer. In a Marp deck (front matter `marp: true`) comments are the slides' presenter notes, the speaker's
 * words on the slide: part of the answer of the slide's question; Marp's directives (`<!-- _class: lead -->`) are not.
 */
import type { Html, RootContent } from 'mdast';
import type { Document } from '../parse/document.js';
import { parseMarkdown } from '../parse/markdown.js';
import { excerpt } from '../report/excerpt.js';
import type { ExtractedQuestion } from './extracted-question.js';
import { isHiddenComment } from './left-out.js';
import { startsCommentToDo } from './to-do-marker.js';
import { LAST_QUESTION_MARK } from '../wording/marks.js';

/** Marp's directives, local (`_class`) or global: a comment that sets one is no note. */
const MARP_DIRECTIVE =
  /^_?(?:theme|style|headingDivider|lang|marp|size|math|title|description|author|image|keywords|url|transition|paginate|header|footer|class|backgroundColor|backgroundImage|backgroundPosition|backgroundRepeat|backgroundSize|color)[ \t]*:/;

/** A comment that tells a tool something, not a reader: `<!-- more -->`, `<!-- prettier-ignore -->`, `<!-- markdownlint-disable MD013 -->`, `<!-- ID: 1566052191670 -->`, `<!-- toc -->`. */
const TOOL_COMMENT = /^(?:more|toc|endtoc|omit in toc|prettier-ignore(?:-start|-end)?|markdownlint-[\w-]+\b.*|vale\b.*|textlint-[\w-]+\b.*|ID:[ \t]*\d+|[\w-]+:[ \t]*(?:true|false|\d+))$/i;

/** A line of markup set aside (`<div …>`, `## What is …?`, `![plot](…)`, `- [ ] …`): a draft of the note, not words of an answer. */
const MARKUP_LINE = /^(?:<\/?[a-z!]|#{1,6} |!\[|\[[ xX]\] |[-*+] \[[ xX]\] |```|~~~|\{\{|\{%|!!! |\?\?\? )/i;

/**
 * Each comment's prose as read, by its node and whether in a Marp deck: question-list.ts asks of a comment under a
 * list, then readCommentAnswers of each comment in an answer, once to count the hiding questions and once to read them.
 * The value read is kept with it, so a node whose comment was rewritten is read again.
 */
const proseRead = new WeakMap<RootContent, { value: string; prose: Map<boolean, string | undefined> }>();

/** The words a comment block hides, when they read as an answer could: prose, not a tool's directive, a to-do or markup set aside. */
export function hiddenProse(block: RootContent | undefined, marp = false): string | undefined {
  if (!block || block.type !== 'html') return undefined;
  let read = proseRead.get(block);
  if (read?.value !== block.value) proseRead.set(block, (read = { value: block.value, prose: new Map() }));
  if (!read.prose.has(marp)) read.prose.set(marp, readHiddenProse(block, marp));
  return read.prose.get(marp);
}

function readHiddenProse(block: Html, marp: boolean): string | undefined {
  if (!isHiddenComment(block)) return undefined;
  const comments = [...block.value.matchAll(/<!--([\s\S]*?)-->/g)].map((match) => match[1]!.trim()).filter((text) => text !== '');
  if (comments.length !== 1) return undefined;
  const text = comments[0]!;
  if (!/\p{L}/u.test(text) || TOOL_COMMENT.test(text) || startsCommentToDo(text) || (marp && MARP_DIRECTIVE.test(text))) return undefined;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  // A question set aside (`<!-- What is label smoothing? -->`) asks: it answers nothing.
  if (lines.some((line) => MARKUP_LINE.test(line)) || LAST_QUESTION_MARK.test(lines[0]!)) return undefined;
  return lines.join('\n');
}

/** Whether the note is a Marp deck, whose comments are presenter notes. */
function isMarpDeck(doc: Document): boolean {
  return doc.frontMatter?.marp === true;
}

/** Reads, in place, the answers of `questions` that `doc` hides in comments (see above), and notes each comment read or left. */
export function readCommentAnswers(doc: Document, questions: ExtractedQuestion[]): void {
  const marp = isMarpDeck(doc);
  const hiding = questions.filter((question) => question.answer.length > 0 && question.answer.every(isHiddenComment) && question.answer.some((block) => hiddenProse(block, marp) !== undefined));
  for (const question of marp ? questions : hiding.length >= 2 ? hiding : []) {
    question.answer = question.answer.flatMap((block) => {
      const prose = hiddenProse(block, marp);
      if (prose === undefined) return [block];
      const why = marp ? "the deck's presenter notes for its slide" : `the note hides ${hiding.length} answers so`;
      note(doc, block, `Read the HTML comment under "${excerpt(question.prompt)}" as part of its answer (${why}): "${excerpt(prose)}"`);
      return blocksOf(prose, block);
    });
  }
  if (marp || hiding.length !== 1) return;
  const [question] = hiding;
  for (const block of question!.answer) {
    const prose = hiddenProse(block);
    if (prose !== undefined) note(doc, block, `The HTML comment under "${excerpt(question!.prompt)}" may hold its answer, hidden from the preview: left out, as no other question of the note hides one: "${excerpt(prose)}"`);
  }
}

/** The blocks of `prose` read as Markdown, placed at the comment that held it. */
function blocksOf(prose: string, comment: RootContent): RootContent[] {
  const blocks = parseMarkdown(prose).tree.children;
  if (comment.position) for (const block of blocks) placeAt(block, comment.position);
  return blocks;
}

/** Gives `node` and all under it the place of the comment (their own places are in the comment's text, not the note's). */
function placeAt(node: RootContent, position: NonNullable<RootContent['position']>): void {
  node.position = { start: { ...position.start }, end: { ...position.end } };
  if ('children' in node) for (const child of node.children) placeAt(child as RootContent, position);
}

function note(doc: Document, block: RootContent, message: string): void {
  const place = block.position?.start;
  doc.source.vfile.info(message, { ...(place ? { place: { line: place.line, column: place.column } } : {}), ruleId: 'comment-answer', source: 'qbank' });
}
