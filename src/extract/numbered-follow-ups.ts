/**
 * Sub-questions a heading question numbers under it: `## 1. 왜 … Multi-Head Attention을 사용해야 하는가?`
 * over a line that sets them up and `(1) 단일 Attention과 Multi-Head Attention의 차이를 설명하시오.`,
 * `(2) …설명하시오.`. Each labelled paragraph that asks is a question of its own, answered by what follows
 * it up to the next; the heading's answer is what comes before the first. Only when every such label
 * asks and they count on from (1): numbered points of an answer (`(1) Use dropout.`) state, they do not ask.
 */
import type { Paragraph, RootContent } from 'mdast';
import { candidate, type FoundQuestion } from './recognizers/recognizer.js';
import { endsAsking } from '../wording/interrogative.js';
import { inlineText } from '../wording/prompt-text.js';

const BRACKETED_NUMBER = /^\s*\((\d{1,2})\)\s*\S/;

export interface NumberedFollowUps {
  /** The heading question's own answer: the blocks before the first sub-question. */
  answer: RootContent[];
  followUps: FoundQuestion[];
}

/** The answer's numbered sub-questions, or undefined when it has none (or its numbered lines do not all ask). */
export function numberedFollowUps(answer: readonly RootContent[]): NumberedFollowUps | undefined {
  const labelled = answer.flatMap((block, index) => {
    const number = block.type === 'paragraph' ? BRACKETED_NUMBER.exec(inlineText(block.children))?.[1] : undefined;
    return number === undefined ? [] : [{ index, number: Number(number), paragraph: block as Paragraph }];
  });
  if (labelled.length < 2 || labelled.some((line, k) => line.number !== k + 1)) return undefined;
  const followUps: FoundQuestion[] = [];
  for (const [k, { index, paragraph }] of labelled.entries()) {
    if (!paragraph.position) return undefined;
    const found = candidate('line', paragraph.children, paragraph.position);
    if (!found.prompt || !(found.interrogative || endsAsking(found.prompt))) return undefined;
    followUps.push({ candidate: found, answer: answer.slice(index + 1, labelled[k + 1]?.index ?? answer.length) });
  }
  return { answer: answer.slice(0, labelled[0]!.index), followUps };
}
