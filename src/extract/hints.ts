/**
 * A hint given with a question, before its answer: `(**hint**: np.zeros)` under each of an exercise
 * notebook's tasks, `Hint: think of two tables.`, `**힌트:** …`, `提示：…`, a fold summarised `Hint 1`, a paragraph
 * under its own title line (`Hint 1` over `Use a hash map.`).
 * It helps with the question and answers nothing: an exercise whose solution is left blank has no
 * answer, only a hint, and one solved in code is answered by its code alone. So the hints that open an
 * answer go with the question, shown with it (after what it shows, in its context), but are no part of
 * what it asks: a hint edited leaves the question's id as it was.
 */
import type { Blockquote, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { HINT_LABEL, HINT_TITLE } from '../wording/interrogative.js';
import { summaryText } from '../parse/summary-text.js';
import { kindTitledBody } from '../parse/callouts.js';
import { firstLineOf } from './recognizers/recognizer.js';
import { ANSWER_PREFIX } from '../parse/answer-line.js';

/**
 * The word a hint's first text opens with, past a bracket, an emoji or a tag (`<b>Hint</b>:`, `💡 Hint:`): a
 * cheap test before reading the whole paragraph.
 */
const HINT_WORD = /^(?:[\s(（[\ufe0f\u200d]|<[^>]*>|\p{Extended_Pictographic})*(?:hints?|힌트|提示|ヒント)/iu;

/** A paragraph that gives a hint, or a callout titled as one (`??? info "Hint 1"`, `> [!tip] Hint`). */
export function isHint(block: RootContent | undefined): boolean {
  if (block?.type === 'blockquote') return isHintCallout(block);
  // Most answers open with no hint: their first words say so without cleaning the paragraph's text.
  return block?.type === 'paragraph' && HINT_WORD.test(openingText(block.children)) && HINT_LABEL.test(cleanPrompt(inlineText(block.children)));
}

function isHintCallout(block: Blockquote): boolean {
  const [title] = block.children;
  if (block.data?.callout === undefined || title?.type !== 'paragraph' || title.data?.calloutTitle !== true) return false;
  return HINT_TITLE.test(inlineText(title.children).trim()) || boxedHint(block) !== undefined;
}

/**
 * The hint a callout titled only with its kind holds, and nothing else (`::: {.callout-note}` around `Hint: set up a
 * recurrence.`): the box only sets it apart, as a fold does. Undefined for any other block.
 */
function boxedHint(block: Blockquote): Paragraph | undefined {
  const [only, ...more] = kindTitledBody(block) ?? [];
  if (more.length > 0 || only?.type !== 'paragraph') return undefined;
  return isHint(only) ? only : undefined;
}

/** The first characters of some inline content, emphasis and links passed through. */
function openingText(nodes: readonly PhrasingContent[], text = ''): string {
  for (const node of nodes) {
    if (text.length >= 12) break;
    if ('value' in node) text += node.value;
    else if ('children' in node) text = openingText(node.children, text);
  }
  return text;
}

/**
 * A hint paragraph's first line and the lines after it, when they answer: labelled so (`Hint: two tables.` over
 * `A: every row of the left table.`). A hint may go on over lines (`Then call its most_common method.`), and so may
 * an answer: what is not labelled stays the hint, shown with the question, lost to neither.
 */
function lineAfterHint(paragraph: Paragraph): { hint: Paragraph; rest: Paragraph } | undefined {
  if (!paragraph.position) return undefined;
  const line = firstLineOf(paragraph.children, paragraph.position);
  if (!line || !ANSWER_PREFIX.test(inlineText(line.answer).trim())) return undefined;
  return {
    hint: { type: 'paragraph', children: line.prompt, position: { start: paragraph.position.start, end: line.end } },
    rest: { type: 'paragraph', children: line.answer, ...(line.answerStart ? { position: { start: line.answerStart, end: paragraph.position.end } } : {}) },
  };
}


/** A paragraph that only titles a hint: `Hint 1`, `💡 Hint`, `힌트`. */
function isHintTitle(block: RootContent | undefined): boolean {
  return block?.type === 'paragraph' && HINT_WORD.test(openingText(block.children)) && HINT_TITLE.test(inlineText(block.children).trim());
}

/**
 * Where the hint fold opening at `at` ends (past its `</details>`), when a fold (`<details><summary>Hint 1</summary>`)
 * opens there: its summary names a hint, and its content stands in the blocks up to a `</details>` of its own.
 */
function hintFoldEnd(answer: readonly RootContent[], at: number): number | undefined {
  const block = answer[at];
  if (block?.type !== 'html' || !/^<details\b/i.test(block.value.trim())) return undefined;
  const summary = summaryText(block.value);
  if (summary === undefined || !HINT_TITLE.test(summary)) return undefined;
  // The whole fold in one block (`<details><summary>Hint</summary>Use E[X²].</details>`, with nothing after it).
  if (/<\/details>\s*$/i.test(block.value) && block.value.match(/<details\b/gi)!.length === 1) return at + 1;
  for (let end = at + 1; end < answer.length; end++) {
    const closing = answer[end]!;
    if (closing.type === 'html' && /^<details\b/i.test(closing.value.trim())) return undefined;
    if (closing.type === 'html' && closing.value.trim() === '</details>') return end + 1;
  }
  return undefined;
}

/**
 * The hints an answer opens with (paragraphs, and folds whose summary names a hint: their content, or the fold
 * written in one HTML block), and the answer after them.
 */
export function splitOpeningHints(answer: readonly RootContent[]): { hints: RootContent[]; rest: RootContent[] } {
  const hints: RootContent[] = [];
  let at = 0;
  for (;;) {
    const block = answer[at];
    if (block?.type === 'blockquote' && isHint(block)) {
      hints.push(boxedHint(block) ?? block);
      at++;
      continue;
    }
    if (block?.type === 'paragraph' && isHint(block)) {
      at++;
      // `Hint: two tables.` over the answer on the next line, in one paragraph: the hint is its first line.
      const said = lineAfterHint(block);
      if (!said) {
        hints.push(block);
        continue;
      }
      hints.push(said.hint);
      return { hints, rest: [said.rest, ...answer.slice(at)] };
    }
    // A hint titled on a line of its own (`Hint 1` over `Use a hash map.`, as LeetCode lists its hints): the two.
    if (isHintTitle(block) && answer[at + 1]?.type === 'paragraph' && !isHintTitle(answer[at + 1])) {
      hints.push(block!, answer[at + 1]!);
      at += 2;
      continue;
    }
    const end = hintFoldEnd(answer, at);
    if (end === undefined) break;
    hints.push(...(end === at + 1 ? [answer[at]!] : answer.slice(at + 1, end - 1)));
    at = end;
  }
  return { hints, rest: answer.slice(at) };
}
