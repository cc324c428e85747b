/**
 * Notes that label their question and its answer with headings, one question to a note as
 * templates write them: `## Question` over the question's text, then `## Answer` over everything
 * that answers it, sub-headings and all (`## 문제` / `## 답변`, `## 题目描述` / `## 参考答案`, `# 题目` /
 * `# 标准答案` over `# 必答点`), and as Anki's fields (`** Front` / `** Back`) and a chat's turns (`## Prompt:` /
 * `## Response:`) are labelled. The
 * label asks nothing, and the sub-headings of the answer (`### Math`, `### When to use`) would be
 * read as questions of their own: the pair is read as one heading that asks the question's text,
 * at the label's depth, so that the answer runs to the next heading as deep as the label.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { PROBLEM_STATEMENT } from '../wording/problem-statement-names.js';
import { isInterrogative } from '../wording/interrogative.js';
import { ASSISTANT_TURN_LABEL, USER_TURN_LABEL } from '../parse/assistant-chat.js';
import { clozeCard } from '../parse/cloze.js';

declare module 'mdast' {
  interface HeadingData {
    /** A part of the answer above it (`# 必答点` after `# 标准答案`): what it holds answers, asking or not. */
    answerPart?: true;
  }
}

/** The label over the question's text: a question's, or a problem's statement's (PROBLEM_STATEMENT), numbered or not. */
const QUESTION_LABEL = new RegExp(String.raw`^(?:(?:the |interview )?question|${PROBLEM_STATEMENT}|질문|면접 ?질문|问题|質問)(?:\s*\d{1,3})?$`, 'i');
/** Answers only: a coding problem's `## Solution` or `## 풀이` is read by problem-headings.ts. */
const ANSWER_LABEL =
  /^(?:(?:the |model |sample |suggested |reference |standard |short |one-line )?answers?|답변|답|정답|모범 ?답안|参考答案|标准答案|答案|回答|解答|回答例|一句话(?:结论|答案|回答))(?:\s*\d{1,3})?$/i;
/**
 * Sections that go on with the answer, as interview cards add them after it (after a one-line answer,
 * the full one too: `# 一句话结论`, `# 标准答案`): the points an answer must make (`# 必答点`, `## Key
 * points`), the wrong answers to avoid, how it is graded. Read as sub-headings of the answer, not sections
 * of their own (whose checklist, `1. 说明 Tokenizer 和 token budget`, would read as tasks).
 */
const ANSWER_PART_LABEL = /^(?:必答点|要点|答题要点|得分点|评分要点|评分标准|加分点|常见误答|常见错误|易错点|key points|must[- ]mention|common mistakes|grading|rubric|핵심 ?포인트|채점 ?기준)$/i;

/** A label over the question's text and the label over its answer that goes with it. */
interface LabelPair {
  question: RegExp;
  answer: RegExp;
  /** A chat's turns: the user's is a question only where it asks (`고마워!` thanks the assistant). */
  turns?: true;
}

const LABEL_PAIRS: readonly LabelPair[] = [
  { question: QUESTION_LABEL, answer: ANSWER_LABEL },
  // Anki's fields, as anki-editor's Org cards write them (`** Front` over `** Back`; a Cloze's `** Text` over `** Back Extra`).
  { question: /^front$/i, answer: /^back$/i },
  { question: /^text$/i, answer: /^back extra$/i },
  // A chat with an assistant saved by an exporter (`## Prompt:` over `## Response:`, `#### You:` over `#### ChatGPT:`).
  { question: USER_TURN_LABEL, answer: ASSISTANT_TURN_LABEL, turns: true },
];

/**
 * The blocks with each `Question` heading, its one paragraph and the `Answer` heading after it made
 * one heading (its position the paragraph's, where the question is written), and the headings so
 * made. The same array when the note has none.
 */
export function withLabelledQuestions(blocks: RootContent[]): { blocks: RootContent[]; asked: ReadonlySet<RootContent>; context: ReadonlyMap<RootContent, RootContent[]> } {
  let out: RootContent[] | undefined;
  const asked = new Set<RootContent>();
  const context = new Map<RootContent, RootContent[]>();
  // The blocks as read on: a copy once an answer's part is pushed down a level.
  let source = blocks;
  for (let at = 0; at < source.length; at++) {
    const label = source[at]!;
    const named = label.type === 'heading' ? labelText(label) : undefined;
    const pair = named === undefined ? undefined : LABEL_PAIRS.find(({ question }) => question.test(named));
    const prompt = pair && promptUnder(source, at, pair);
    if (!pair || !prompt) {
      out?.push(label);
      continue;
    }
    out ??= source.slice(0, at);
    const { depth } = label as Heading;
    // A Cloze note's text (anki-editor's `** Text`, `{{c1::turned off}}`) asks with its deletions blanked, and its
    // answer opens with the sentence whole, as a cloze card's does (parse/cloze.ts).
    const cloze = clozeCard(prompt.text.children, []);
    const question = headingOf(depth, cloze ? { ...prompt.text, children: cloze.front } : prompt.text);
    asked.add(question);
    if (prompt.shown.length > 0) context.set(question, prompt.shown);
    out.push(question);
    if (cloze) out.push({ type: 'paragraph', children: cloze.back, ...(prompt.text.position ? { position: prompt.text.position } : {}) });
    at = prompt.answer;
    // The answer runs to the next heading as deep as the label: its parts after it go one level down.
    for (let next = at + 1; next < source.length; next++) {
      const block = source[next]!;
      if (block.type !== 'heading' || block.depth > depth) continue;
      const part = labelText(block);
      if (!ANSWER_PART_LABEL.test(part) && !pair.answer.test(part)) break;
      if (source === blocks) source = [...blocks];
      source[next] = { ...block, depth: Math.min(6, depth + 1) as Heading['depth'], data: { ...block.data, answerPart: true } };
    }
  }
  return { blocks: out ?? blocks, asked, context };
}

/**
 * The question under the label at `at`: its one paragraph, right over the answer's label at its depth; `answer`, the
 * index of that label. A chat's prompt may run over more blocks (`Here is my code:`, the code, `Why does it fail?`):
 * its last paragraph that asks is the question, the others what it shows (`shown`, as a notebook's task cell shows
 * its code). None when the prompt does not ask, or no answer's label follows it.
 */
function promptUnder(source: readonly RootContent[], at: number, pair: LabelPair): { text: Paragraph; shown: RootContent[]; answer: number } | undefined {
  const depth = (source[at] as Heading).depth;
  let answer = at + 1;
  while (answer < source.length && source[answer]!.type !== 'heading') answer++;
  const label = source[answer];
  if (!isLabel(label, pair.answer) || label.depth !== depth) return undefined;
  const blocks = source.slice(at + 1, answer);
  if (!pair.turns) return blocks.length === 1 && blocks[0]!.type === 'paragraph' ? { text: blocks[0], shown: [], answer } : undefined;
  const text = blocks.findLast((block): block is Paragraph => block.type === 'paragraph' && isInterrogative(inlineText(block.children)));
  return text ? { text, shown: blocks.filter((block) => block !== text), answer } : undefined;
}

/** A heading's words as the labels are matched against them, without its colon (`## Answer:`): read once for all of them. */
function labelText(heading: Heading): string {
  return cleanPrompt(inlineText(heading.children)).replace(/[:：]$/, '');
}

function isLabel(block: RootContent | undefined, label: RegExp): block is Heading {
  return block?.type === 'heading' && label.test(labelText(block));
}

function headingOf(depth: Heading['depth'], text: Paragraph): Heading {
  return { type: 'heading', depth, children: text.children, ...(text.position ? { position: text.position } : {}) };
}
