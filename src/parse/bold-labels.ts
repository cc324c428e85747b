/**
 * `**질문** 드롭아웃이란?` over `**답변** 뉴런을 랜덤하게 끈다.`: question and answer labels in bold
 * without their colon, as many Korean notes write them (the bold sets the label apart instead). Each
 * such label is given the colon it leaves out, so that it reads as `**질문:**` does everywhere after
 * (QA_LINE, ANSWER_PREFIX) and is taken off the question and the answer the same way.
 *
 * Only a bold run that opens a paragraph's line and holds the label alone, text after it past a
 * space. A bold `**A**` opens many a sentence (`**A** matrix is …`): an answer label is read so only
 * under a question labelled so, on a later line of its paragraph or opening the paragraph right
 * after it.
 */
import type { Paragraph, Parents, PhrasingContent, Root } from 'mdast';
import { ANSWER_LABEL } from './answer-line.js';
import { QUESTION_LABEL as QUESTION_WORDS } from '../wording/prompt-text.js';

/** The words of a question label, a number after them allowed (`**질문 3**`). */
const QUESTION_LABEL = String.raw`${QUESTION_WORDS}\s*\d{0,3}`;
const QUESTION_WORD = new RegExp(`^${QUESTION_LABEL}$`, 'i');
const ANSWER_WORD = new RegExp(`^${ANSWER_LABEL}$`);

/** What follows a label that has no punctuation of its own: text after a space (`__Q__ : …` has its colon). */
const TEXT_AFTER = String.raw`[ \t]+[^\s:：.)]`;
const TEXT_AFTER_LABEL = new RegExp(`^${TEXT_AFTER}`);

/** A raw line that opens with such a question label (prompt-runs.ts cuts a paragraph before each). */
export const BOLD_QUESTION_LABEL_LINE = new RegExp(String.raw`^\s*(\*\*|__)${QUESTION_LABEL}\1${TEXT_AFTER}`, 'i');

/** A question label set apart in bold or italics anywhere in a note's text: every label read needs one. */
const SET_APART_QUESTION_LABEL = new RegExp(String.raw`(\*\*|__|\*|_)${QUESTION_LABEL}\1`, 'i');

/** `text`: the note's text, searched first, so that the tree of a note with no such label is not walked. */
export function readBoldLabels(tree: Root, text: string): void {
  if (!SET_APART_QUESTION_LABEL.test(text)) return;
  const walk = (parent: Parents): void => {
    let asked = false;
    for (const child of parent.children) {
      if (child.type === 'paragraph') asked = labelLines(child, asked);
      else {
        asked = false;
        if ('children' in child && child.type !== 'table') walk(child);
      }
    }
  };
  walk(tree);
}

/**
 * Gives the labels at the heads of the paragraph's lines their colon; `asked`: the paragraph follows one
 * whose question was labelled so. Returns whether this one's was.
 */
function labelLines(paragraph: Paragraph, asked: boolean): boolean {
  const { children } = paragraph;
  let questioned = false;
  for (let index = 0; index < children.length; index++) {
    if (!opensLine(children, index)) continue;
    const label = children[index]!;
    const next = children[index + 1];
    if ((label.type !== 'strong' && label.type !== 'emphasis') || label.children.length !== 1 || next?.type !== 'text' || !TEXT_AFTER_LABEL.test(next.value)) continue;
    const word = label.children[0]!;
    if (word.type !== 'text') continue;
    const text = word.value.trim();
    if (QUESTION_WORD.test(text)) questioned = true;
    else if (!(ANSWER_WORD.test(text) && (questioned || (index === 0 && asked)))) continue;
    word.value = `${text}:`;
  }
  return questioned;
}

/** Whether the inline node at `index` stands at the head of a line of its paragraph. */
function opensLine(children: readonly PhrasingContent[], index: number): boolean {
  if (index === 0) return true;
  const before = children[index - 1]!;
  return before.type === 'break' || (before.type === 'text' && /\n[ \t]*$/.test(before.value));
}
