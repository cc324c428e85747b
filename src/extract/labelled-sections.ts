/**
 * Notes that label their question and its answer with headings, one question to a note as
 * templates write them: `## Question` over the question's text, then `## Answer` over everything
 * that answers it, sub-headings and all (`## 문제` / `## 답변`, `## 题目描述` / `## 参考答案`). The
 * label asks nothing, and the sub-headings of the answer (`### Math`, `### When to use`) would be
 * read as questions of their own: the pair is read as one heading that asks the question's text,
 * at the label's depth, so that the answer runs to the next heading as deep as the label.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import { cleanPrompt, inlineText } from './prompt-text.js';

const QUESTION_LABEL = /^(?:(?:the |interview )?question|problem(?: statement)?|문제|질문|면접 ?질문|题目(?:描述)?|问题(?:描述)?|問題|質問)(?:\s*\d{1,3})?$/i;
/** Answers only: a coding problem's `## Solution` or `## 풀이` is read by problem-headings.ts. */
const ANSWER_LABEL = /^(?:(?:the |model |sample |suggested |reference )?answers?|답변|답|정답|모범 ?답안|参考答案|答案|回答|解答|回答例)(?:\s*\d{1,3})?$/i;

/**
 * The blocks with each `Question` heading, its one paragraph and the `Answer` heading after it made
 * one heading (its position the paragraph's, where the question is written), and the headings so
 * made. The same array when the note has none.
 */
export function withLabelledQuestions(blocks: RootContent[]): { blocks: RootContent[]; asked: ReadonlySet<RootContent> } {
  let out: RootContent[] | undefined;
  const asked = new Set<RootContent>();
  for (let at = 0; at < blocks.length; at++) {
    const label = blocks[at]!;
    const text = blocks[at + 1];
    const answer = blocks[at + 2];
    if (!isLabel(label, QUESTION_LABEL) || text?.type !== 'paragraph' || !isLabel(answer, ANSWER_LABEL) || answer.depth !== label.depth) {
      out?.push(label);
      continue;
    }
    out ??= blocks.slice(0, at);
    const question = headingOf(label, text);
    asked.add(question);
    out.push(question);
    at += 2;
  }
  return { blocks: out ?? blocks, asked };
}

function isLabel(block: RootContent | undefined, label: RegExp): block is Heading {
  return block?.type === 'heading' && label.test(cleanPrompt(inlineText(block.children)).replace(/[:：]$/, ''));
}

function headingOf(label: Heading, text: Paragraph): Heading {
  return { type: 'heading', depth: label.depth, children: text.children, ...(text.position ? { position: text.position } : {}) };
}
