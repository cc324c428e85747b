/**
 * Cleaning the blocks of an answer: the `<details>`/`<summary>`/`<div>`
 * wrappers that hide an answer are markup around it, not part of it, and an
 * `A:` prefix (or, in an interview transcript, the answering speaker's `Me:`) only
 * says "here is the answer". The options of a multiple-choice question go with the question, and so
 * do the hints that open an answer (hints.ts).
 */
import type { Code, Emphasis, List, Paragraph, PhrasingContent, RootContent, Strong, Text } from 'mdast';
import { hasWords, isAnswerLabel } from '../wording/interrogative.js';
import { inlineText } from '../wording/prompt-text.js';
import { ANSWER_PREFIX, withoutAnswerArrow } from '../parse/answer-line.js';
import { summaryText } from '../parse/summary-text.js';
import { kindTitledBody } from '../parse/callouts.js';
import { quotedAlone } from './recognizers/callout.js';
import { splitChoices, startsWithLabelledLines, type ChoicesSplit } from './choices.js';
import { withoutSpeakerLabel } from '../parse/speaker-labels.js';
import { revealedAnswer, withoutAnswerHead, type QuestionMetadata } from './answer-head.js';
import { splitOpeningHints } from './hints.js';
import { withoutTranslationLine, type TranslationLine } from './translation-line.js';
import { keptOf, withoutAuthorToDos, type AuthorToDos } from './author-to-dos.js';
import { withoutClosingDateStamp } from './date-stamps.js';
import { pointedNotesOf } from '../parse/note-embeds.js';
import { LEAD_IN_END, leadsIn } from './lead-in.js';

const WRAPPER = /<\/?(?:details|div|section|article|center|p)\b[^>]*>|<summary\b[^>]*>[\s\S]*?<\/summary>|<br\s*\/?>|<hr\s*\/?>/gi;

/** An html block made only of wrapper tags (and a summary that just says "Answer"). */
function isWrapperHtml(block: RootContent): boolean {
  if (block.type !== 'html') return false;
  const summary = summaryText(block.value);
  if (summary !== undefined && !isAnswerLabel(summary)) return false;
  return block.value.replace(WRAPPER, '').trim() === '';
}

/** `<details><summary>💡 Show Answer</summary>`: a fold that opens an answer (its summary only says so). */
export function opensAnswerFold(block: RootContent | undefined): boolean {
  if (block?.type !== 'html') return false;
  const summary = summaryText(block.value);
  return summary !== undefined && isAnswerLabel(summary);
}

export function isBreakHtml(block: RootContent): boolean {
  return block.type === 'html' && /^(?:<br\s*\/?>\s*)+$/i.test(block.value.trim());
}

/**
 * The answer of `prompt`'s question, the options it offers when it is a multiple-choice question
 * (choices.ts), taken out before an `A:` prefix is, as `A)` letters an option too, and the hints
 * given before it (`hints`, shown with the question). `keyEntry`: the first block of the entry an
 * answers section gave it (a paragraph: wrappers leave it as it is).
 */
export function cleanAnswer(
  blocks: readonly RootContent[],
  prompt: string,
  keyEntry?: RootContent,
): ChoicesSplit & {
  metadata: QuestionMetadata;
  hints: RootContent[];
  codeToWrite: Code[];
  /** The page's navigation lines that closed the answer, in order: left out (isNavigationLine). */
  navigation: Paragraph[];
  translation?: TranslationLine;
  toDos?: AuthorToDos;
  stamp?: Paragraph;
} {
  // An empty code block (an exercise notebook's empty code cell, or one that says `# Solution goes here`) holds the
  // place of the code the question asks for, still to write.
  const codeToWrite: Code[] = [];
  const written: RootContent[] = [];
  for (const block of blocks) {
    if (isBlankCode(block)) codeToWrite.push(block);
    else written.push(block);
  }
  // The question's translation stands right under it, before all else (`(결측치는 어떻게 처리하나요?)`).
  const { translation, rest: translated } = withoutTranslationLine(written, prompt);
  // Hints open the answer, before the lines that describe the question or after them; a hint's fold before its wrapper is unwrapped as an answer's.
  const folded = splitOpeningHints(translated);
  const { rest: unlabelled, metadata } = withoutAnswerHead(withoutWrappers(folded.rest), isHeadMarkup);
  const { hints: opening, rest } = splitOpeningHints(unlabelled);
  const hints = [...folded.hints, ...opening];
  // The author's to-do list or reminder to review closes the answer, a rule perhaps under it or over it: neither is the answer's.
  // So do the page's navigation links that close it (`[⬆️ Back to Top](#top)`), which are said to be left out.
  const navigation: Paragraph[] = [];
  const { rest: done, toDos } = withoutAuthorToDos(withoutClosingRules(rest, navigation), prompt);
  // So does the page's date stamp (`Updated: 2024-03-16`), a rule perhaps over it.
  const { rest: undated, stamp } = withoutClosingDateStamp(toDos ? withoutClosingRules(done, navigation) : done, prompt);
  const split = splitChoices(prompt, withoutAnswererLabels(stamp ? withoutClosingRules(undated, navigation) : undated), keyEntry);
  const { answer } = split;
  const [first] = answer;
  if (first?.type === 'paragraph' && !startsWithLabelledLines(answer)) {
    if (!first.data?.rightOption) unlabel(answer, 0);
  }
  else if (first && isLabelledAnswerItem(first)) answer.splice(0, 1, ...labelledItemAnswer(first));
  else if (first?.type === 'blockquote') {
    const quoted = quotedLabelledAnswer(first);
    if (quoted) answer.splice(0, 1, ...quoted);
    else {
      // `> [the post it cites](…)` over `A: …`: the author's answer after the quote it starts from keeps no label either.
      const at = answer.findIndex((block) => block.type !== 'blockquote');
      const after = answer[at];
      if (after?.type === 'paragraph' && !startsWithLabelledLines(answer.slice(at))) unlabel(answer, at);
    }
  }
  return { ...split, metadata, hints, codeToWrite, navigation: navigation.reverse(), ...(translation ? { translation } : {}), ...(toDos ? { toDos } : {}), ...(stamp ? { stamp } : {}) };
}

/**
 * A comment that holds the place of code to write (`# Solution goes here`, `# Solution 1`, `# YOUR CODE HERE`,
 * `// TODO`), as exercise notebooks leave them for the reader. Not a statement that does nothing (`pass`), which
 * may be what answers (`Which statement does nothing in Python?`).
 */
const PLACEHOLDER_LINE =
  /^\s*(?:#|\/\/|--)\s*(?:(?:your |the )?(?:code|solution|answer)s?(?: goes)? here|(?:solution|answer)\s*\d*\s*:?|your (?:code|solution|answer)\b.*|todo\b.*|write (?:your|the) (?:code|solution)\b.*|fill (?:in|this)\b.*)\s*$/i;

/** Code still to write: an empty code block, or one that only holds its place (`# Solution goes here`). */
function isBlankCode(block: RootContent): block is Code {
  return block.type === 'code' && block.value.split('\n').every((line) => line.trim() === '' || PLACEHOLDER_LINE.test(line));
}

/** `- *A:* ReLU avoids …` under a question item: a list of one item that is the labelled answer, not a list. */
function isLabelledAnswerItem(block: RootContent): block is List {
  if (block.type !== 'list' || block.children.length !== 1) return false;
  const lead = block.children[0]!.children[0];
  return lead?.type === 'paragraph' && withoutAnswerPrefix(lead) !== lead;
}

/** The labelled answer item's content, without its label. */
function labelledItemAnswer(list: List): RootContent[] {
  const [lead, ...rest] = list.children[0]!.children;
  return [withoutAnswerPrefix(lead as Paragraph), ...rest];
}

/**
 * `> A: …` or `> * A: …` under each question, a quote (not a callout) that holds a labelled answer and nothing
 * else: the answer alone, without its label, the quote and the bullet (they only set it apart); so is a quote
 * headed by the label alone (`> **Answer**` over `> …`, as a callout titled so is), and a callout titled only with
 * its kind over a labelled answer. Undefined for any other block.
 */
function quotedLabelledAnswer(block: RootContent): RootContent[] | undefined {
  const boxed = kindTitledBody(block);
  if (boxed) {
    // A box titled only with its kind (`{% hint style="success" %}`, `> [!success]`) over `**Answer:** …` is that answer.
    const [lead, ...rest] = boxed;
    const unlabelled = lead?.type === 'paragraph' ? withoutAnswerPrefix(lead) : lead;
    return unlabelled && unlabelled !== lead ? [unlabelled, ...rest] : undefined;
  }
  if (block.type === 'blockquote') {
    const head = withoutAnswerHead(block.children, () => false);
    if (head.rest !== block.children && head.metadata.fields.length === 0 && head.rest.length > 0) return head.rest;
  }
  const only = quotedAlone(block);
  if (only && isLabelledAnswerItem(only)) return labelledItemAnswer(only);
  if (only?.type !== 'paragraph') return undefined;
  const unlabelled = withoutAnswerPrefix(only);
  return unlabelled === only ? undefined : [unlabelled];
}

/**
 * What stands at an answer's head and says nothing (answer-head.ts takes the labels and the question's
 * metadata): a rule, a line break, a heading that only labels it (`#### Ans:`).
 */
function isHeadMarkup(block: RootContent): boolean {
  return isRule(block) || isBreakHtml(block) || isAnswerLabelHeading(block);
}

/**
 * A question's own blocks, read alone, without what that reading left out and said so: the author's to-do list
 * that closes them (`- [ ] write answer`, todo-note) and a pointer to another note that was all they said
 * (`See [[Batch norm]]`, answer-elsewhere). What an answers section gives the question goes on after the rest.
 */
export function ownBlocksKept(blocks: readonly RootContent[], prompt: string): RootContent[] {
  const { answer, toDos } = cleanAnswer(blocks, prompt);
  const pointer = pointedNotesOf(answer).length > 0;
  const kept = blocks.flatMap((block) => (toDos ? (keptOf(block, toDos) ?? []) : block)).filter((block) => !(pointer && pointedNotesOf([block]).length > 0));
  return toDos ? withoutClosingRules(kept) : kept;
}

/**
 * The blocks without the rules at their end (`---`, `<hr>`): notes set their questions apart with them
 * (`## 1. What is an LLM?` … `---` `## 2. …`), and a rule says nothing at the end of an answer. Nor does
 * an anchor heading at its end (`#### #1-1` over the follow-up after it): it numbers what comes next. Nor
 * does the page's navigation (isNavigationLine), which has words, so it is put in `navigation` (last first)
 * for the walk to say it was left out; not when the answer's words lead into it (leadsIntoNavigation:
 * `See the index:`), as then the answer points there.
 */
function withoutClosingRules(blocks: RootContent[], navigation?: Paragraph[]): RootContent[] {
  let end = blocks.length;
  for (; end > 0; end--) {
    const block = blocks[end - 1]!;
    if (isRule(block) || isBreakHtml(block) || isAnchorHeading(block)) continue;
    if (!isNavigationLine(block) || (end > 1 && leadsIntoNavigation(blocks[end - 2]!, block))) break;
    navigation?.push(block);
  }
  return withoutClosingBreaks(end === blocks.length ? blocks : blocks.slice(0, end));
}

/**
 * Whether the answer's words lead into the navigation line under them (`See the index:` over `[Home](README.md)`), so
 * that it is the answer's: a sentence's words, three or more, over a link out of the page. Not a label over it (`A:`,
 * `**Navigate:**`, `Your answer:`), which says nothing of where it goes, nor over a link within the page (`[Top](#top)`),
 * which is the page's wherever it stands (review s67b).
 */
function leadsIntoNavigation(above: RootContent, navigation: Paragraph): boolean {
  if (!leadsIn(above) || above.type !== 'paragraph') return false;
  const words = inlineText(above.children).replace(LEAD_IN_END, '').trim().split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word));
  return words.length >= 3 && navigation.children.some((child) => child.type === 'link' && !child.url.startsWith('#'));
}

/** What a page's navigation links say: `⬆️ Back to Top`, `🏠 Back to Main Index`, `Next question`, `返回目录`, `맨 위로`. */
const NAVIGATION = /^(?:back to (?:the )?(?:top|main index|index|home|contents|table of contents|readme|questions)|(?:main )?index|home|top|(?:next|previous|prev) (?:question|page|chapter|section)|返回(?:顶部|目录|首页)|回到顶部|目录|맨 ?위로|목차로|처음으로)$/i;

/**
 * `[⬆️ Back to Top](#table-of-contents) | [🏠 Back to Main Index](./README.md)` closing each question of a README:
 * links that move about the page or the repository, not part of the answer they follow.
 */
function isNavigationLine(block: RootContent): block is Paragraph {
  if (block.type !== 'paragraph') return false;
  const links = block.children.filter((child) => child.type === 'link');
  if (links.length === 0) return false;
  const between = block.children.filter((child) => child.type !== 'link');
  if (between.some((child) => child.type !== 'text' || !/^[\s|·•/\-–—]*$/.test(child.value))) return false;
  return links.every((link) => NAVIGATION.test(inlineText(link.children).replace(/[\p{Extended_Pictographic}\ufe0f\u200d↑⬆^]/gu, '').trim()));
}

/**
 * The blocks without the `<br>` tags that close them (`… cumulative reward.\n<br>`, as READMEs space
 * their questions, also at the end of a list's last item): a line break says nothing at the end of an answer.
 */
function withoutClosingBreaks<Block extends RootContent>(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && isBreakHtml(blocks[end - 1]!)) end--;
  const last = blocks[end - 1];
  let ended: RootContent | undefined = last;
  if (last?.type === 'paragraph') ended = paragraphWithoutClosingBreaks(last);
  else if (last?.type === 'list' && last.children.length > 0) {
    const item = last.children.at(-1)!;
    const children = withoutClosingBreaks(item.children);
    if (children !== item.children) ended = { ...last, children: [...last.children.slice(0, -1), { ...item, children }] };
  }
  if (ended === last && end === blocks.length) return blocks;
  return [...blocks.slice(0, end - 1), ...(ended ? [ended as Block] : [])];
}

/** The paragraph without the `<br>` tags (and line breaks) that close it; undefined when nothing is left. */
function paragraphWithoutClosingBreaks(paragraph: Paragraph): Paragraph | undefined {
  const children = [...paragraph.children];
  const isBreak = (node: PhrasingContent) => (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim())) || node.type === 'break' || (node.type === 'text' && node.value.trim() === '');
  while (children.length > 0 && isBreak(children.at(-1)!)) children.pop();
  if (children.length === paragraph.children.length) return paragraph;
  if (children.length === 0) return undefined;
  const last = children.at(-1)!;
  if (last.type === 'text') children[children.length - 1] = { ...last, value: last.value.trimEnd() };
  return { ...paragraph, children };
}

/** `#### Ans:`, `### Answer` over an answer: a label, as `A:` before one is. */
function isAnswerLabelHeading(block: RootContent): boolean {
  return block.type === 'heading' && isAnswerLabel(inlineText(block.children).replace(/[:：]\s*$/, ''));
}

function isAnchorHeading(block: RootContent): boolean {
  return block.type === 'heading' && !hasWords(inlineText(block.children));
}

function isRule(block: RootContent): boolean {
  return block.type === 'thematicBreak' || (block.type === 'html' && /^<hr\s*\/?>$/i.test(block.value.trim()));
}

const WRAPPER_TAG = /<(\/?)(details|div|section|article|center|p)\b[^>]*>/gi;

/**
 * The blocks without their wrapper html, but for the closing tags of what
 * the kept blocks open: an answer that holds a `<details>` of its own
 * ("Example") opens it in a kept block (its summary says something), and its
 * `</details>` often shares a wrapper block with the question's own
 * (`</details>\n</details>`). Each closing tag closes the innermost open tag
 * of its name; it is kept when that tag was.
 */
function withoutWrappers(blocks: readonly RootContent[]): RootContent[] {
  const kept: RootContent[] = [];
  const open: Array<{ tag: string; kept: boolean }> = [];
  for (const block of blocks) {
    const wrapper = isWrapperHtml(block);
    if (block.type !== 'html') {
      // A callout that answers (`> [!answer]- Answer`) wraps the answer, as a `<details>` titled `Answer` does.
      kept.push(...(revealedAnswer(block) ?? [block]));
      continue;
    }
    const closings: string[] = [];
    for (const [tag, slash, name] of block.value.matchAll(WRAPPER_TAG)) {
      const lower = name!.toLowerCase();
      if (!slash) {
        open.push({ tag: lower, kept: !wrapper });
        continue;
      }
      const innermost = open.findLastIndex((entry) => entry.tag === lower);
      if (innermost === -1) continue;
      if (open[innermost]!.kept) closings.push(tag);
      open.splice(innermost, 1);
    }
    if (!wrapper) kept.push(block);
    else if (closings.length > 0) kept.push({ type: 'html', value: closings.join('\n'), ...(block.position ? { position: block.position } : {}) });
  }
  return kept;
}

/**
 * The lines of the speaker who answers are the answer: their label says who speaks, not what. Once
 * the speaker who asks has a line in the answer (the interviewer's "Good.", or a whole transcript
 * under a heading that asks), the labels from there on tell the two apart, and stay.
 */
function withoutAnswererLabels(blocks: RootContent[]): RootContent[] {
  const asked = blocks.findIndex((block) => block.type === 'paragraph' && block.data?.speaker?.role === 'asks');
  return blocks.map((block, k) =>
    (asked === -1 || k < asked) && block.type === 'paragraph' && block.data?.speaker?.role === 'answers' ? withoutSpeakerLabel(block) : block,
  );
}

/**
 * The paragraph at `at` without its answer label (`A:`, `**Answer:**`) or the arrow leading it (`→`); a paragraph that was only the label
 * (`**A:**` on a line of its own, over a list or a formula) goes whole, not as an empty paragraph.
 */
function unlabel(answer: RootContent[], at: number): void {
  const paragraph = answer[at] as Paragraph;
  const unlabelled = withoutAnswerArrow(withoutAnswerPrefix(paragraph));
  const emptied = unlabelled !== paragraph && unlabelled.children.every((child) => child.type === 'break' || (child.type === 'text' && child.value.trim() === ''));
  if (emptied) answer.splice(at, 1);
  else answer[at] = unlabelled;
}

function withoutAnswerPrefix(paragraph: Paragraph): Paragraph {
  const [head, ...rest] = paragraph.children;
  const lead = head?.type === 'text' ? ANSWER_PREFIX.exec(head.value) : null;
  if (head?.type === 'text' && lead) {
    const value = head.value.slice(lead[0].length);
    return { ...paragraph, children: value ? [{ ...head, value }, ...rest] : rest };
  }
  const emphasised = (head?.type === 'strong' || head?.type === 'emphasis') && head.children.length === 1 && head.children[0]!.type === 'text' ? head.children[0].value : undefined;
  if (emphasised === undefined) return paragraph;
  const [next, ...after] = rest;
  // `**A:** text`, `*A:* text`
  const label = ANSWER_PREFIX.exec(emphasised + ' ');
  if (label && label[0].length > emphasised.length) {
    const children = next?.type === 'text' ? [{ ...next, value: next.value.trimStart() }, ...after] : rest;
    return { ...paragraph, children };
  }
  // `**Answer: the whole answer, in bold.**`: the label goes, the answer stays as bold as written.
  if (label) {
    const emphasis = head as Strong | Emphasis;
    const text = emphasis.children[0] as Text;
    return { ...paragraph, children: [{ ...emphasis, children: [{ ...text, value: emphasised.slice(label[0].length) }] }, ...rest] };
  }
  // `__A__ : text`, `**Answer**: text`: the word in bold, its punctuation after it.
  const prefix = next?.type === 'text' ? ANSWER_PREFIX.exec(emphasised + next.value) : null;
  if (next?.type === 'text' && prefix && prefix[0].length > emphasised.length) {
    const value = (emphasised + next.value).slice(prefix[0].length);
    return { ...paragraph, children: value ? [{ ...next, value }, ...after] : after };
  }
  return paragraph;
}
