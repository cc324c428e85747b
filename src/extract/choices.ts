/**
 * The options of a multiple-choice question, taken out of its answer: a card
 * that asks "Which of the following reduces overfitting?" is no question
 * without them, so they go with the question (the front of a card) and the
 * answer keeps what says which one is right.
 *
 * Options are the answer's first block when it is a run of labelled lines or
 * items (`a)`, `(B)`, `C.`, `①`, `(1)`, inline as `(A) … (B) …` too, items as `- A …`), a task
 * list (`- [ ]`, `- [x]`) or a numbered list, with the labels in order from
 * the first. Lettered lines also letter sub-questions and the points of an
 * answer ("a) L1, b) L2"), so the run is read as options only when something
 * says they are: a line after them naming the right one (`Answer: c`,
 * `정답은 ③번`, `A: b`, an answer opening with `**B**`), a mark after the one right option (`B) tanh ✅`,
 * right-mark.ts), or, for letters, circled numbers and boxes, a
 * question that asks to choose among given options ("Which of the
 * following…", "다음 중 … 것은?"; not "How do you choose k?"). Numbers
 * (`1.`, `(1)`) need the line or the mark naming the right one. A box's tick says which
 * option is right; boxes alone are no quiz (a checklist answers too).
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { choiceMark } from '../schema/choice-mark.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';
import { withoutRightMark } from './right-mark.js';
import { CIRCLED_LABEL, OPTION_LABEL, type LabelKind, labelPlace, lineLabel, placeIn, runKind } from './line-label.js';
import { OPTION_ANSWER_PREFIX } from '../parse/answer-line.js';
import { joinLines, linesOf } from './paragraph-lines.js';

declare module 'mdast' {
  interface ParagraphData {
    /** The right option as the answer (`B) the layer inputs`): its label letters it, and is no `A)` answer label. */
    rightOption?: true;
  }
}

export interface Choice {
  /** As written, without its brackets or point: `a`, `B`, `1`, `③`; empty for a task-list box. */
  label: string;
  content: PhrasingContent[];
  /** Whether it is the right one, when the note says (a ticked box, an answer line naming it); null when it does not. */
  correct: boolean | null;
}

export interface ChoicesSplit {
  choices: Choice[];
  /** The answer without the options. */
  answer: RootContent[];
  /**
   * The answer is only a run of labelled lines that nothing says are options yet: an answers
   * section whose entry names one by its label (`1. b`) would, so the question awaits one.
   */
  unconfirmedOptions: boolean;
}

const { letters: LETTER, numbers: NUMBER } = OPTION_LABEL;
/** Labels inside one line, each after a space: `(A) the weights (B) the layer inputs`. */
const INLINE_LABEL = new RegExp(String.raw`(?:^|[ \t\u00a0])(?:\((${LETTER}|${NUMBER})\)|(${CIRCLED_LABEL}))[ \t\u00a0]*`, 'g');
/**
 * A label the answer line names: bracketed or circled, anything may follow (`(b) because…`, `② K-평균`);
 * a bare letter or number only at the end, before punctuation, a dash set apart (`b - tanh is…`), `and`
 * or `번` (`Answer: A common trap` names no option).
 */
const LABEL_TOKEN = new RegExp(
  String.raw`^(?:\((${LETTER}|${NUMBER})\)|(${CIRCLED_LABEL})|(${LETTER}|${NUMBER})(?=\s*$|\s*[,.;:)/(]|\s+(?:and|or|&|및)\s|\s+[-–—]\s|\s*번))\s*번?`,
);
/**
 * A question that asks to choose among given options. Not a bare "which" ("Which metrics would you
 * use? a) precision b) recall" is answered by its lettered points), nor "choose" or 고르다 ("How do
 * you choose k?", "분포가 고르지 않을 때"), nor "the following" alone ("Explain each of the following"). Japanese
 * exams ask `…はどれか。` ("which of them is…").
 */
const CHOOSING =
  /\b(?:which (?:\w+ ){0,2}of the following|of the following (?:is|are|statements?|options?)|all that apply|true or false|which (?:one|of these|of them|statement)|(?:choose|select|pick) (?:the|one|all|an?) (?:correct|best|right|wrong|incorrect|false|true|option|answer|statement)|the (?:correct|best|right|wrong|incorrect|false|true) (?:answer|option|statement|choice))\b|다음\s*중|(?:옳은|옳지\s*않은|틀린|맞는|아닌|적절한|적절하지\s*않은)\s*것(?:은|을|는)|はどれか/i;

/** Whether a question asks to choose among given options (`Which of the following…`, `다음 중 … 것은?`). */
export function asksToChoose(prompt: string): boolean {
  return CHOOSING.test(prompt);
}

/** Labels 1, 2, 3… of one kind from the first. */
function inSequence(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  const kind = runKind(labels[0]!);
  return kind !== undefined && labels.every((label, k) => placeIn(label, kind) === k);
}

/** The content of each line of a paragraph. */
function lineContents(paragraph: Paragraph): PhrasingContent[][] {
  return linesOf(paragraph).map((line) => line.children);
}

/** The content after a label at the start of `line`, or undefined when it has none. */
function afterLabel(line: readonly PhrasingContent[]): { label: string; content: PhrasingContent[] } | undefined {
  const [head, ...rest] = line;
  if (head?.type !== 'text') return undefined;
  const found = lineLabel(head.value, OPTION_LABEL);
  if (!found) return undefined;
  const value = head.value.slice(found.length);
  return { label: found.label, content: trimmed(value ? [{ type: 'text', value }, ...rest] : rest) };
}

/**
 * `A 计算量太大`: a capital letter and a space lead an item, as quiz sites letter their options. Read only
 * for a whole list whose items go A, B, C… from the first (a list of sentences starting with the article
 * "A" has no item starting with "B ").
 */
function afterSpacedCapital(line: readonly PhrasingContent[]): { label: string; content: PhrasingContent[] } | undefined {
  const [head, ...rest] = line;
  if (head?.type !== 'text') return undefined;
  const found = /^([A-J])[ \t\u00a0]+(?=\S)/.exec(head.value);
  if (!found) return undefined;
  return { label: found[1]!, content: trimmed([{ type: 'text', value: head.value.slice(found[0].length) }, ...rest]) };
}

function trimmed(content: PhrasingContent[]): PhrasingContent[] {
  const out = [...content];
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

/** `(A) the weights (B) the layer inputs (C) the labels`: one text line, labels in sequence. */
function inlineOptions(line: readonly PhrasingContent[]): Array<{ label: string; content: PhrasingContent[] }> | undefined {
  if (line.length !== 1 || line[0]!.type !== 'text') return undefined;
  const text = line[0].value;
  const marks = [...text.matchAll(INLINE_LABEL)];
  if (marks.length < 2 || text.slice(0, marks[0]!.index).trim() !== '') return undefined;
  if (!inSequence(marks.map((mark) => (mark[1] ?? mark[2])!))) return undefined;
  return marks.map((mark, k) => {
    const start = mark.index + mark[0].length;
    const end = marks[k + 1]?.index ?? text.length;
    return { label: (mark[1] ?? mark[2])!, content: [{ type: 'text', value: text.slice(start, end).trim() }] };
  });
}

interface Options {
  options: Array<{ label: string; content: PhrasingContent[]; checked?: boolean }>;
  /** What the block held after the options (a paragraph's further lines). */
  rest: RootContent[];
  numbered: boolean;
}

/**
 * Whether the blocks begin with lines labelled in sequence (`A) …`, `B) …`), or lettered with dashes (`A - More layers`
 * over `B - Dropout`): then `A)` or `A - ` letters a line, and is no answer label.
 */
export function startsWithLabelledLines(blocks: readonly RootContent[]): boolean {
  return lineOptions(blocks) !== undefined || startsWithDashedLetters(blocks);
}

/** `A - …` then `B - …`, the first two lines of the blocks (a line per paragraph, as copied text holds them). */
function startsWithDashedLetters(blocks: readonly RootContent[]): boolean {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' || lines.length >= 2) break;
    lines.push(...toString(block).split('\n'));
  }
  return lines.length >= 2 && DASHED_LETTER_A.test(lines[0]!) && DASHED_LETTER_B.test(lines[1]!);
}
const DASHED_LETTER_A = /^\s*A\s*[-–]\s/;
const DASHED_LETTER_B = /^\s*B\s*[-–]\s/;

/** Whether `label` is the next in the sequence `labels` begins (the first of one when empty). */
function follows(labels: readonly string[], label: string): boolean {
  const kind = runKind(labels[0] ?? label);
  return kind !== undefined && placeIn(label, kind) === labels.length;
}

/**
 * Labelled lines from the first block on, across paragraphs: copied text holds a line per paragraph.
 * `used`: the blocks they took (the last may go on with other lines: `rest`).
 */
function lineOptions(blocks: readonly RootContent[]): (Options & { used: number }) | undefined {
  const [first] = blocks;
  if (first?.type !== 'paragraph') return undefined;
  const firstLines = lineContents(first);
  const inline = firstLines.length > 0 ? inlineOptions(firstLines[0]!) : undefined;
  if (inline) return { options: inline, rest: restParagraph(firstLines.slice(1)), numbered: false, used: 1 };
  const options: Options['options'] = [];
  let rest: RootContent[] = [];
  let used = 0;
  for (const block of blocks) {
    if (block.type !== 'paragraph') break;
    const lines = lineContents(block);
    let k = 0;
    for (; k < lines.length; k++) {
      const option = afterLabel(lines[k]!);
      if (!option || !follows(options.map((taken) => taken.label), option.label)) break;
      options.push(option);
    }
    if (k === 0) break;
    used++;
    if (k < lines.length) {
      rest = restParagraph(lines.slice(k));
      break;
    }
  }
  if (options.length < 2) return undefined;
  return { options, rest, numbered: false, used };
}

/** The lines left after the options, as a paragraph of their own (none when no line is left). */
function restParagraph(lines: readonly PhrasingContent[][]): RootContent[] {
  return lines.length === 0 ? [] : [{ type: 'paragraph', children: joinLines(lines) }];
}

function withUsed(options: Options | undefined, used: number): (Options & { used: number }) | undefined {
  return options && { ...options, used };
}

/** An item of one paragraph: its content. */
function itemContent(item: ListItem): PhrasingContent[] | undefined {
  const [only] = item.children;
  return item.children.length === 1 && only?.type === 'paragraph' ? only.children : undefined;
}

function listOptions(list: List): Options | undefined {
  const contents = list.children.map(itemContent);
  if (contents.length < 2 || contents.some((content) => content === undefined)) return undefined;
  if (list.children.every((item) => typeof item.checked === 'boolean')) {
    return { options: list.children.map((item, k) => ({ label: '', content: contents[k]!, checked: item.checked! })), rest: [], numbered: false };
  }
  for (const read of [afterLabel, afterSpacedCapital]) {
    const labelled = contents.map((content) => read(content!));
    if (labelled.every((option) => option !== undefined) && inSequence(labelled.map((option) => option!.label))) {
      return { options: labelled as Options['options'], rest: [], numbered: false };
    }
  }
  if (list.ordered && (list.start ?? 1) === 1) {
    return { options: contents.map((content, k) => ({ label: String(k + 1), content: content! })), rest: [], numbered: true };
  }
  return undefined;
}

/**
 * The labels a line names as the right answer (`Answer: a, c`), when it is such a line; `only`: the
 * block says nothing else (`Answer: B`). `keyEntry`: the block opens an answers section's entry
 * (answer-key.ts), where a label alone on its line (`1. b`, `2. ②번`, `**Q3. Answer: B**` over an
 * explanation) names the option as `Answer: b` does, and so does one a dash sets apart from its
 * explanation (`1. b — tanh is…`); a label followed by more on its line (`1. a) L1 gives sparsity`) may
 * letter the points of that answer. `lineOnly`: the first line
 * says nothing else, and more lines follow.
 */
function namedLabels(block: RootContent | undefined, keyEntry: boolean): { labels: string[]; only: boolean; lineOnly: boolean } | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const text = toString(block);
  const line = text.split('\n')[0]!;
  const head = OPTION_ANSWER_PREFIX.exec(line);
  if (!head && !keyEntry) return undefined;
  const labels = labelsIn(head ? line.slice(head[0].length) : line);
  if (!labels) return undefined;
  // A label alone on the entry's first line names the option even when an explanation follows on the next ones.
  const lineOnly = /^[\s*.)]*$/.test(labels.rest);
  const only = line === text && lineOnly;
  // So does a label set apart from the explanation after it by a dash (`1. b — tanh is a rescaled sigmoid.`).
  const explained = /^[-–—]\s/.test(labels.rest);
  return head || lineOnly || explained ? { labels: labels.labels, only, lineOnly: lineOnly && !only } : undefined;
}

/** The paragraph of a list of one bullet and nothing more (`- Answer: C` under options written on the question's line). */
function bulletAlone(block: RootContent | undefined): Paragraph | undefined {
  if (block?.type !== 'list' || block.children.length !== 1) return undefined;
  const [only] = block.children[0]!.children;
  return block.children[0]!.children.length === 1 && only?.type === 'paragraph' ? only : undefined;
}

/** A label alone in bold (`**B**`, `**(b)**`, `**③**`). */
const BOLD_LABEL = new RegExp(String.raw`^\(?(${LETTER}|${NUMBER}|${CIRCLED_LABEL})[.)]?$`);

/**
 * `**B** 分支过多，容易过拟合。`: below the options, an answer that opens with one of their labels in bold
 * names it, as `Answer: B` does.
 */
function boldLabel(block: RootContent | undefined, options: Options['options']): { labels: string[]; only: boolean; lineOnly: boolean } | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const [head, ...rest] = block.children;
  if (head?.type !== 'strong') return undefined;
  const label = BOLD_LABEL.exec(toString(head).trim())?.[1];
  if (label === undefined || !options.some((option) => option.label === label)) return undefined;
  const only = toString({ type: 'paragraph', children: rest }).trim() === '';
  return { labels: [label], only, lineOnly: false };
}

/** A paragraph without its first line (the paragraph goes on below a line that named the option). */
function withoutFirstLine(paragraph: Paragraph): Paragraph {
  const [, ...rest] = linesOf(paragraph);
  const { position, ...kept } = paragraph;
  const start = rest[0] && { line: rest[0].line, column: 1 };
  return { ...kept, children: joinLines(rest.map((line) => line.children)), ...(position && start ? { position: { ...position, start } } : {}) };
}

/** Whether a line names the right option (`Answer: c`, `정답은 ②번`): an answer, never a section title. */
export function namesAnOption(line: string): boolean {
  const head = OPTION_ANSWER_PREFIX.exec(line);
  return head !== null && labelsIn(line.slice(head[0].length)) !== undefined;
}

/** The labels at the head of what an answer line says (`a, c`, `(b) because…`), and what follows them. */
function labelsIn(said: string): { labels: string[]; rest: string } | undefined {
  const labels: string[] = [];
  let rest = said.replace(/^\*+\s*/, '');
  for (let found = LABEL_TOKEN.exec(rest); found; found = LABEL_TOKEN.exec(rest)) {
    labels.push((found[1] ?? found[2] ?? found[3])!);
    rest = rest.slice(found[0].length).replace(/^\s*(?:,|and|or|&|및)?\s*/, '');
  }
  return labels.length > 0 ? { labels, rest } : undefined;
}

/** Whether `a` and `b` name the same option of a run in the sequence `kind`: `ロ` is `イ`'s next in iroha, `2` names `②`. */
function sameLabel(a: string, b: string, kind: LabelKind | undefined): boolean {
  const placeOf = (label: string) => (kind && placeIn(label, kind)) ?? labelPlace(label)?.ordinal;
  const x = placeOf(a);
  return x !== undefined && x === placeOf(b);
}

/**
 * The options of `prompt`'s question at the head of its answer `blocks` (wrappers already left out),
 * and the answer without them; no choices, and the blocks as they are, when the head is no options.
 * `keyEntry`: the first block of the entry an answers section gave the question, when it has one
 * (the blocks hold the question's own blocks, then the entry's).
 */
export function splitChoices(prompt: string, blocks: readonly RootContent[], keyEntry?: RootContent): ChoicesSplit {
  const none = { choices: [], answer: [...blocks], unconfirmedOptions: false };
  const [first] = blocks;
  const found = first?.type === 'list' ? withUsed(listOptions(first), 1) : lineOptions(blocks);
  if (!found) return none;
  const { options, numbered } = found;
  // Options ask nothing: lettered lines that do are sub-questions.
  if (options.some((option) => endsWithQuestionMark(toString({ type: 'paragraph', children: option.content })))) return none;
  if (options.some((option) => option.content.length === 0)) return none;
  const answer = [...found.rest, ...blocks.slice(found.used)];
  // The line that names the option may be a bullet of its own: its paragraph is read, and goes on as the answer.
  const said = bulletAlone(answer[0]) ?? answer[0];
  const named = namedLabels(said, answer[0] !== undefined && answer[0] === keyEntry) ?? boldLabel(answer[0], options);
  const marked = markedOption(options);
  const boxes = options.filter((option) => option.checked !== undefined);
  const ticked = boxes.some((option) => option.checked);
  const numberedOnly = numbered || options.every((option) => labelPlace(option.label)?.kind === 'number');
  const kind = options[0] && runKind(options[0].label);
  if (!(named || marked || (!numberedOnly && asksToChoose(prompt)))) return { ...none, unconfirmedOptions: answer.length === 0 };
  const choices = options.map((option, k): Choice => {
    const content = k === marked?.index ? marked.content : option.content;
    // Unticked boxes all round say nothing of which is right.
    const correct =
      option.checked !== undefined ? (ticked ? option.checked : null) : named ? named.labels.some((label) => sameLabel(label, option.label, kind)) : marked ? k === marked.index : null;
    return { label: option.label, content, correct };
  });
  // `Answer: B` alone says only a letter: the answer is the option it names; on a line of its own over an
  // explanation, the option stands in for that line.
  if (named?.only && choices.some((choice) => choice.correct)) return { choices, answer: [...rightOptions(choices), ...answer.slice(1)], unconfirmedOptions: false };
  if (named?.lineOnly && choices.some((choice) => choice.correct)) {
    return { choices, answer: [...rightOptions(choices), withoutFirstLine(said as Paragraph), ...answer.slice(1)], unconfirmedOptions: false };
  }
  return { choices, answer: answer.length > 0 ? answer : rightOptions(choices), unconfirmedOptions: false };
}

/**
 * The one labelled option marked right (`B) tanh ✅`, right-mark.ts), and its content without the
 * mark. Marks on several say nothing: a ✅ after each of two points is no answer key.
 */
function markedOption(options: Options['options']): { index: number; content: PhrasingContent[] } | undefined {
  const unmarked = options.map((option) => (option.label === '' ? undefined : withoutRightMark(option.content)));
  const index = unmarked.findIndex((content) => content !== undefined);
  if (index === -1 || unmarked.findLastIndex((content) => content !== undefined) !== index) return undefined;
  return { index, content: unmarked[index]! };
}

/**
 * The right options as an answer: a paragraph, a list when several; each led by its label, as the
 * front shows it (`B) the layer inputs`). Used where the note's answer is only a ticked box or a letter.
 */
function rightOptions(choices: readonly Choice[]): RootContent[] {
  const right = choices.filter((choice) => choice.correct === true);
  const labelled = (choice: Choice): Paragraph => ({
    type: 'paragraph',
    children: choice.label ? [{ type: 'text', value: `${choiceMark(choice.label)} ` }, ...choice.content] : choice.content,
    data: { rightOption: true },
  });
  if (right.length <= 1) return right.map(labelled);
  return [{ type: 'list', ordered: false, spread: false, children: right.map((choice): ListItem => ({ type: 'listItem', spread: false, children: [labelled(choice)] })) }];
}
