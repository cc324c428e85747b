/**
 * Sub-questions a heading question asks under it, each a question of its own, answered by what follows it up
 * to the next; the heading's answer is what comes before the first:
 * - numbered or lettered: `## 1. 왜 … Multi-Head Attention을 사용해야 하는가?` over a line that sets them up and `(1) 단일
 *   Attention과 Multi-Head Attention의 차이를 설명하시오.`, `(2) …설명하시오.`; `a) 1-stage와 2-stage detector의 차이는?`,
 *   `b) …`. Only when every such label asks and they count on from (1) or a): numbered points of an answer
 *   (`(1) Use dropout.`, `a) L1 gives sparsity.`) state, they do not ask.
 * - labelled: `Follow-Up Question: How does it choose a split?`, `Follow-up:`, `꼬리 질문:`, `追问：` (prompt-text.ts) on a paragraph
 *   that asks, as a labelled interview writes them, after the arrow that leads an answer's lines too (`→ Follow-up: …?
 *   → …`, its answer after the second arrow), on a quote's first paragraph (`> 꼬리 질문: …?`), or on each item
 *   of a list, its answer nested under it (`- **꼬리질문 1: …?**` over `  - …`); a labelled line that does not ask
 *   stays in the answer.
 * Under any question, a labelled follow-up nested in its answer's points (`- …` over `  - 꼬리1) …?` over its answer) is
 * one too, as under a heading.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { candidate, splitAfterQuestion, type FoundQuestion, type PromptCandidate } from './recognizers/recognizer.js';
import { endsAsking, readsAsTask } from '../wording/interrogative.js';
import { FOLLOW_UP_HEAD, inlineText } from '../wording/prompt-text.js';

/** `(1)`, `(a)` or `a)` before a sub-question's words: the number, or the lower-case letter, of a sub-question. */
const SUB_QUESTION_LABEL = /^\s*(?:\((\d{1,2}|[a-z])\)|([a-z])\))\s*\S/;

/** `1` → 1, `a` → 1: a sub-question's place in its sequence, and which sequence. */
function placeOf(label: string): { letter: boolean; place: number } {
  return /\d/.test(label) ? { letter: false, place: Number(label) } : { letter: true, place: label.charCodeAt(0) - 96 };
}

export interface HeadingFollowUps {
  /** The heading question's own answer: the blocks before the first sub-question (and after a quoted one). */
  answer: RootContent[];
  followUps: FoundQuestion[];
  /** Numbered or lettered (`(1)`, `a)`), not labelled: an exam's parts, which a stem may set up (partsOfStem). */
  numbered?: true;
}

/** The answer's sub-questions, numbered or labelled, or undefined when it has none. */
function headingFollowUps(answer: readonly RootContent[]): HeadingFollowUps | undefined {
  return numberedFollowUps(answer) ?? labelledFollowUps(answer);
}

/**
 * The follow-ups in a question's answer, each with what answers it: a heading question's numbered or labelled
 * sub-questions; any other question's labelled ones only where a quote sets them apart (`> 꼬리 질문: …?` over
 * `> …`), for a `Follow-up:` line of its own is a question of its own before it is read as an answer; and any
 * question's labelled ones among its answer's points (nestedFollowUps).
 */
export function followUpsIn(found: { depth?: number }, answer: readonly RootContent[]): HeadingFollowUps | undefined {
  const asked = found.depth !== undefined ? headingFollowUps(answer) : answer.some((block) => block.type === 'blockquote') ? labelledFollowUps(answer, true) : undefined;
  const own = nestedFollowUps(asked?.answer ?? answer);
  const followUps = [...own.followUps, ...(asked?.followUps ?? []).flatMap(withNestedFollowUps)];
  if (followUps.length === 0) return undefined;
  // In the note's order: the answer's own may go on after a quoted follow-up.
  followUps.sort((a, b) => a.candidate.position.start.line - b.candidate.position.start.line || a.candidate.position.start.column - b.candidate.position.start.column);
  return { ...asked, answer: own.answer, followUps };
}

/** A question, then the follow-ups nested in its answer's points (nestedFollowUps), its answer without them. */
export function withNestedFollowUps(question: FoundQuestion): FoundQuestion[] {
  const nested = nestedFollowUps(question.answer);
  return nested.followUps.length === 0 ? [question] : [{ ...question, answer: nested.answer }, ...nested.followUps];
}

/**
 * The labelled follow-ups an answer's lists hold as items, at any depth, the answer without them: a follow-up hangs
 * under the point it follows (`- 미니배치의 평균/분산으로 정규화` over `  - 꼬리1) 학습할 때와 추론할 때 동작이 다른가요?`),
 * answered by what is nested under it, where a follow-up of its own may hang in turn (`    - 꼬리2) …?`). A list with
 * an item labelled so that does not ask is the answer's points, as listedFollowUps reads it.
 */
function nestedFollowUps(answer: readonly RootContent[]): { answer: RootContent[]; followUps: FoundQuestion[] } {
  const followUps: FoundQuestion[] = [];
  /** `blocks` without the follow-ups their lists hold, each taken in the note's order, before those nested in its answer. */
  const lift = (blocks: readonly RootContent[]): RootContent[] => blocks.flatMap((block): RootContent[] => (block.type === 'list' ? liftFrom(block) : [block]));
  const liftFrom = (list: List): List[] => {
    const items: ListItem[] = [];
    // One item labelled so that does not ask (`- Follow-up: see the chapter on forests.`) makes them all points.
    const points = list.children.some((item) => item.children[0]?.type === 'paragraph' && labelledNotAsking(item.children[0]));
    for (const item of list.children) {
      const [first, ...rest] = item.children;
      const found = first?.type === 'paragraph' && !points ? followUpOf(first) : undefined;
      if (!found) {
        items.push({ ...item, children: lift(item.children) as ListItem['children'] });
        continue;
      }
      const followUp: FoundQuestion = { candidate: found, answer: [] };
      followUps.push(followUp);
      followUp.answer = lift([...found.answerLead, ...rest]);
    }
    return items.length === 0 ? [] : [{ ...list, children: items }];
  };
  const kept = lift(answer);
  return { answer: followUps.length === 0 ? [...answer] : kept, followUps };
}

/**
 * The answer's labelled follow-ups that ask (`Follow-Up Question: How does it choose a split?`), each answered by
 * the blocks after it up to the next (with `quotedOnly`, only those set apart in a quote). One set apart in a quote
 * (`> 꼬리 질문: …?` over `> …`) is answered by the rest of the quote; what follows the quote is the question's own
 * answer again.
 */
function labelledFollowUps(answer: readonly RootContent[], quotedOnly = false): HeadingFollowUps | undefined {
  const followUps: FoundQuestion[] = [];
  const own: RootContent[] = [];
  /** The follow-up the next blocks answer: the last one, unless it was quoted. */
  let open: FoundQuestion | undefined;
  for (const block of answer) {
    // A list of follow-ups (`- **꼬리질문 1: …?**` over its answer nested under it): each item a follow-up.
    const listed = quotedOnly ? undefined : listedFollowUps(block);
    if (listed) {
      followUps.push(...listed);
      open = undefined;
      continue;
    }
    const quoted = block.type === 'blockquote' ? block.children[0] : undefined;
    const head = quoted?.type === 'paragraph' ? quoted : block;
    const found = head.type === 'paragraph' && (!quotedOnly || quoted !== undefined) ? followUpOf(head) : undefined;
    if (!found) (open?.answer ?? own).push(block);
    else if (block.type === 'blockquote') {
      followUps.push({ candidate: found, answer: [...found.answerLead, ...block.children.slice(1)] });
      open = undefined;
    } else followUps.push((open = { candidate: found, answer: [...found.answerLead] }));
  }
  return followUps.length === 0 ? undefined : { answer: own, followUps };
}

/**
 * A list whose every item opens with a labelled follow-up that asks, each answered by the rest of its item (its
 * nested answer); undefined for any other list: one item that does not ask so makes it the answer's list of points.
 */
function listedFollowUps(block: RootContent): FoundQuestion[] | undefined {
  if (block.type !== 'list' || block.children.length === 0) return undefined;
  const followUps: FoundQuestion[] = [];
  for (const item of block.children) {
    const [first, ...rest] = item.children;
    const found = first?.type === 'paragraph' ? followUpOf(first) : undefined;
    if (!found) return undefined;
    followUps.push({ candidate: found, answer: [...found.answerLead, ...rest] });
  }
  return followUps;
}

/** `Follow-up: see the chapter on forests.`: a follow-up's label over a line that does not ask. */
function labelledNotAsking(paragraph: Paragraph): boolean {
  return FOLLOW_UP_HEAD.test(inlineText(paragraph.children)) && !followUpOf(paragraph);
}

/**
 * The follow-up a paragraph asks under its label, or undefined (no label, or a labelled line that does not ask). One
 * answered after its question on its line (`꼬리 1) 추론 때도 같은가요? 네, 배치 통계를 쓰지 않으므로 동일합니다.`) asks up
 * to its question, what follows it its answer.
 */
function followUpOf(paragraph: Paragraph): ReturnType<typeof candidate> | undefined {
  if (!paragraph.position || !FOLLOW_UP_HEAD.test(inlineText(paragraph.children))) return undefined;
  const found = candidate('line', paragraph.children, paragraph.position);
  if (found.prompt && (found.interrogative || endsAsking(found.prompt))) return found;
  const split = splitAfterQuestion(paragraph.children, paragraph.position);
  return split && candidate('line', split.prompt, split.position, { answerLead: [split.answer] });
}

/** The answer's numbered sub-questions, or undefined when it has none (or its numbered lines do not all ask). */
function numberedFollowUps(answer: readonly RootContent[]): HeadingFollowUps | undefined {
  const labelled = answer.flatMap((block, index) => {
    const label = block.type === 'paragraph' ? SUB_QUESTION_LABEL.exec(inlineText(block.children)) : null;
    return label ? [{ index, ...placeOf((label[1] ?? label[2])!), paragraph: block as Paragraph }] : [];
  });
  if (labelled.length < 2 || labelled.some((line, k) => line.place !== k + 1 || line.letter !== labelled[0]!.letter)) return undefined;
  const followUps: FoundQuestion[] = [];
  for (const [k, { index, paragraph }] of labelled.entries()) {
    if (!paragraph.position) return undefined;
    const found = candidate('line', paragraph.children, paragraph.position);
    if (!found.prompt || !(found.interrogative || endsAsking(found.prompt))) return undefined;
    followUps.push({ candidate: found, answer: answer.slice(index + 1, labelled[k + 1]?.index ?? answer.length) });
  }
  return { answer: answer.slice(0, labelled[0]!.index), followUps, numbered: true };
}

/**
 * A heading that asks nothing itself (`## Q1. Consider binary logistic regression with weights w.`), right over
 * its numbered sub-questions, is the stem an exam sets them in: no question of its own (a card asking "Consider …"
 * has nothing to answer), and each part asks after it (`Consider … w. What is its gradient?`), as a question
 * nested under a scene does (leads.ts). Undefined when the heading asks or a task, or text stands between it and
 * its first part (its own answer, kept as today).
 */
export function partsOfStem(found: PromptCandidate, followUps: HeadingFollowUps): FoundQuestion[] | undefined {
  if (found.depth === undefined || !followUps.numbered || followUps.answer.length > 0) return undefined;
  if (found.interrogative || endsAsking(found.prompt) || readsAsTask(found.prompt)) return undefined;
  const stem = { prompt: found.prompt, position: found.position };
  return followUps.followUps.map(({ candidate, answer }) => ({ candidate: { ...candidate, leads: [...(found.leads ?? []), stem, ...(candidate.leads ?? [])] }, answer }));
}
