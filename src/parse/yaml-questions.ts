/**
 * Questions and answers kept as a YAML list, as a script's or a site's data file keeps them, pasted into a note in
 * a fence:
 *
 *     ```yaml
 *     - q: What is overfitting?
 *       a: |
 *         When the model fits noise in the training set.
 *     ```
 *
 * Each item's question (`q`, `question`, Anki's `front`, `질문`, `문제`, in any case: as a table names its columns) is a
 * question however it is worded, and its answer (`a`, `answer`, `back`, `답변`, `정답`) is its answer, read as Markdown (a list of values as a Markdown list); an
 * item with no answer is a question not answered yet. Read only in a fence of YAML (`yaml`, `yml`) or of no language,
 * standing at the note's top level, whose content is such a list: a sequence of mappings, each naming a question and
 * one at least an answer too (also as the value of a key of a mapping, `faq:`). Any other YAML (a config shown as an
 * answer, a manifest, a workflow) stays code, and so does a list in the answer of a heading or a line that asks: it
 * shows that question's answer. An item's other keys (`tags`, `id`) are left out with a note.
 *
 * The question stands at its key's line. The cards are marked as Obsidian_to_Anki's are (anki-block-cards.ts): the
 * question's paragraph `cardFront`, the blocks of its answer `inCardBack` (the front's line), the last `cardBack`.
 */
import type { Code, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseMarkdown } from './markdown.js';
import { inlineText } from '../wording/prompt-text.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';
import { ANSWER_HEADER, joinedWords, QUESTION_HEADER } from '../wording/column-names.js';

/**
 * Whether a key names an item's question: as a question bank names its question column (column-names.ts: `q`,
 * `question`, `question_text`, `질문`, `문제`, `问题`), in any case, or as a flashcard names its `front`.
 */
function namesQuestion(key: string): boolean {
  const words = joinedWords(key).toLowerCase();
  return QUESTION_HEADER.test(words) || words === 'front';
}

/** Whether a key names an item's answer: as a question bank names its answer column (`a`, `answer`, `ideal_answer`, `답변`, `정답`, `答案`), or a flashcard's `back`. */
function namesAnswer(key: string): boolean {
  const words = joinedWords(key).toLowerCase();
  return ANSWER_HEADER.test(words) || words === 'back';
}
/** A fence's language that says it holds YAML. */
const YAML_LANGUAGE = /^ya?ml$/i;
/** An item that names a question on its line (`- q: …`): a fence of no language is parsed only when it holds one. */
const ITEM_KEY = /^[ \t]*-[ \t]+([^:\n]{1,60}?)[ \t]*:/gm;
function hasAskingItem(yaml: string): boolean {
  for (const item of yaml.matchAll(ITEM_KEY)) if (namesQuestion(item[1]!)) return true;
  return false;
}

/** An item of a Q/A list: its question and its answer, as YAML nodes, and its other keys. */
interface ListedQuestion {
  question: Scalar;
  questionKey: string;
  answer?: YamlNode;
  answerKey?: string;
  otherKeys: Pair[];
  item: YAMLMap;
}

/** The text of a scalar key (`q`), or undefined for a key that is no plain word. */
function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value.trim() : undefined;
}

/** `node`'s items as questions, when it is a Q/A list: a sequence of mappings, each naming a question, one at least an answer. */
function qaList(node: unknown): ListedQuestion[] | undefined {
  if (!isSeq(node) || node.items.length === 0) return undefined;
  const listed: ListedQuestion[] = [];
  for (const item of (node as YAMLSeq).items) {
    if (!isMap(item)) return undefined;
    const pairs = (item as YAMLMap).items as Pair[];
    const asked = pairs.find((pair) => namesQuestion(keyName(pair) ?? ''));
    const question = asked?.value;
    if (!asked || !isScalar(question) || typeof question.value !== 'string' || question.value.trim() === '') return undefined;
    const answered = pairs.find((pair) => namesAnswer(keyName(pair) ?? ''));
    listed.push({
      question,
      questionKey: keyName(asked)!,
      ...(answered?.value ? { answer: answered.value as YamlNode, answerKey: keyName(answered)! } : {}),
      otherKeys: pairs.filter((pair) => pair !== asked && pair !== answered),
      item: item as YAMLMap,
    });
  }
  return listed.some((question) => question.answerKey !== undefined) ? listed : undefined;
}

/** The Q/A lists a YAML document holds: itself, or the values of its top-level keys (`faq:`), and those keys' others. */
function qaLists(contents: unknown): { lists: ListedQuestion[][]; otherKeys: Pair[] } | undefined {
  const whole = qaList(contents);
  if (whole) return { lists: [whole], otherKeys: [] };
  if (!isMap(contents)) return undefined;
  const pairs = (contents as YAMLMap).items as Pair[];
  const lists = pairs.map((pair) => qaList(pair.value));
  if (lists.every((list) => list === undefined)) return undefined;
  return { lists: lists.filter((list): list is ListedQuestion[] => list !== undefined), otherKeys: pairs.filter((_, index) => lists[index] === undefined) };
}

/** A value that is no string as Markdown: a sequence a list, a mapping a list of `key: value` items, a number its digits. */
function markdownOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const indent = (text: string) => text.replaceAll('\n', '\n  ');
  if (Array.isArray(value)) return value.map((item) => `- ${indent(markdownOf(item))}`).join('\n');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => (item !== null && typeof item === 'object' ? `- ${key}:\n  ${indent(markdownOf(item))}` : `- ${key}: ${indent(markdownOf(item))}`))
    .join('\n');
}

/** Reads each fence of a Q/A list at the top level of `tree` (parsed from `text`) as its questions, in place. */
export function readYamlQuestionLists(tree: Root, text: string, lines: readonly string[], vfile: VFile): void {
  if (!tree.children.some((block) => block.type === 'code' && mayHoldQuestions(block))) return;
  let places: ReturnType<typeof location> | undefined;
  const offsetOf = (point: Point) => (places ??= location(text)).toOffset(point);
  tree.children = tree.children.flatMap((block, index) => {
    if (block.type !== 'code' || !mayHoldQuestions(block) || answersAbove(tree.children, index)) return [block];
    return fenceQuestions(block, lines, offsetOf, vfile) ?? [block];
  });
}

function mayHoldQuestions(code: Code): boolean {
  return code.position !== undefined && (code.lang ? YAML_LANGUAGE.test(code.lang) : hasAskingItem(code.value));
}

/** Whether the block at `index` stands in a question's answer: right under a line that asks, or under a heading that does. */
function answersAbove(blocks: readonly RootContent[], index: number): boolean {
  const above = blocks[index - 1];
  if (above?.type === 'paragraph' && endsWithQuestionMark(inlineText(above.children))) return true;
  const heading = blocks.slice(0, index).findLast((block): block is Heading => block.type === 'heading');
  return heading !== undefined && endsWithQuestionMark(inlineText(heading.children));
}

/** The blocks the fence's questions are, or undefined when it holds no Q/A list. */
function fenceQuestions(code: Code, lines: readonly string[], offsetOf: (point: Point) => number | undefined, vfile: VFile): RootContent[] | undefined {
  const counter = new LineCounter();
  const document = parseDocument(code.value, { lineCounter: counter });
  if (document.errors.length > 0) return undefined;
  const found = qaLists(document.contents);
  if (!found) return undefined;
  const fence = new FencePlaces(code, lines, counter, offsetOf);
  const listed = found.lists.flat();
  const { questionKey } = listed[0]!;
  const answerKey = listed.find((question) => question.answerKey !== undefined)!.answerKey!;
  const count = listed.length;
  vfile.info(`Read the YAML list in this fence as ${count} ${count === 1 ? 'question' : 'questions'}: each item's \`${questionKey}\` its question, its \`${answerKey}\` its answer`, {
    place: code.position!.start,
    ruleId: 'yaml-questions',
    source: 'qbank',
  });
  const out: RootContent[] = [];
  for (const { question, answer, otherKeys, item } of listed) {
    const front = questionParagraph(question, fence);
    const back = answer ? fence.blocksOf(answer) : [];
    for (const part of back) part.data = { ...part.data, inCardBack: front.position!.start.line };
    const last = back.at(-1) ?? front;
    last.data = { ...last.data, cardBack: true };
    out.push(front, ...back);
    if (otherKeys.length > 0) {
      vfile.info(`Left out ${keysNamed(otherKeys)} of this YAML list's item: only its question and its answer are read`, {
        place: fence.point(item.range![0]),
        ruleId: 'yaml-questions',
        source: 'qbank',
      });
    }
  }
  if (found.otherKeys.length > 0) {
    vfile.info(`Left out ${keysNamed(found.otherKeys)} of the YAML in this fence: only its lists of questions are read`, {
      place: fence.point((found.otherKeys[0]!.key as YamlNode | null)?.range?.[0] ?? 0),
      ruleId: 'yaml-questions',
      source: 'qbank',
    });
  }
  return out;
}

/**
 * The question's paragraph, a card's front, standing where its value does on its key's line (inside its quotes): its
 * Markdown when that is one paragraph (`What does \`np.where\` do?`), its words when Markdown reads more in them.
 */
function questionParagraph(question: Scalar, fence: FencePlaces): Paragraph {
  const [start, end] = question.range!;
  const quote = isQuoted(question) ? 1 : 0;
  const asked = fence.blocksOf(question);
  const children: PhrasingContent[] = asked.length === 1 && asked[0]!.type === 'paragraph' ? asked[0].children : [{ type: 'text', value: String(question.value).trim() }];
  return { type: 'paragraph', children, position: { start: fence.point(start + quote), end: fence.point(end - quote) }, data: { cardFront: true } };
}

function isQuoted(node: YamlNode): boolean {
  return isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
}

/** Where the YAML in a fence stands in the note: an offset of its content, and its values' Markdown, at the note's lines. */
class FencePlaces {
  private readonly valueLines: string[];

  constructor(
    private readonly code: Code,
    private readonly lines: readonly string[],
    private readonly counter: LineCounter,
    private readonly offsetOf: (point: Point) => number | undefined,
  ) {
    this.valueLines = code.value.split('\n');
  }

  /** The note's point at `offset` into the fence's content. */
  point(offset: number): Point {
    const { line, col } = this.counter.linePos(offset);
    return this.inNote(line, col);
  }

  /** `node`'s value parsed as Markdown, each node at its place in the note. */
  blocksOf(node: YamlNode): RootContent[] {
    const { markdown, at } = this.placed(node);
    if (markdown.trim() === '') return [];
    const { tree } = parseMarkdown(markdown);
    visit(tree, (inner) => {
      if (inner.position) inner.position = { start: at(inner.position.start), end: at(inner.position.end) };
    });
    return tree.children;
  }

  /**
   * `node`'s value as Markdown, and where a point of that Markdown stands: line for line from the value's first line
   * (a block scalar's, `|`, under its header), at the value's indentation, the lines YAML folds kept to its last.
   */
  private placed(node: YamlNode): { markdown: string; at: (point: Point) => Point } {
    const [start, end] = node.range!;
    const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    const first = this.counter.linePos(start).line + (block ? 1 : 0);
    const last = Math.max(first, this.counter.linePos(Math.max(start, end - 1)).line);
    const blockIndent = block ? this.indentOf(first + Math.max(0, this.valueLines.slice(first - 1, last).findIndex((line) => line.trim() !== ''))) : 0;
    const firstColumn = block ? blockIndent + 1 : this.counter.linePos(start).col + (isQuoted(node) ? 1 : 0);
    const value = node.toJSON() as unknown;
    return {
      markdown: (typeof value === 'string' ? value : markdownOf(value)).trimEnd(),
      at: ({ line, column }) => {
        const valueLine = Math.min(first + line - 1, last);
        return this.inNote(valueLine, (line === 1 ? firstColumn - 1 : block ? blockIndent : this.indentOf(valueLine)) + column);
      },
    };
  }

  private indentOf(line: number): number {
    return /^[ \t]*/.exec(this.valueLines[line - 1] ?? '')![0].length;
  }

  /** A point of the fence's content (1-based line and column) at the note's: its fence's indentation put back. */
  private inNote(line: number, column: number): Point {
    const noteLine = this.code.position!.start.line + line;
    const written = this.lines[noteLine - 1] ?? '';
    const valueLine = this.valueLines[line - 1] ?? '';
    const indentation = written.endsWith(valueLine) ? written.length - valueLine.length : 0;
    const point = { line: noteLine, column: Math.min(column, valueLine.length + 1) + indentation };
    const offset = this.offsetOf(point);
    return offset === undefined ? point : { ...point, offset };
  }
}

/** `the key \`tags\``, `the keys \`tags\`, \`id\``. */
function keysNamed(pairs: readonly Pair[]): string {
  const names = pairs.map((pair) => `\`${keyName(pair) ?? '?'}\``);
  return `the ${names.length === 1 ? 'key' : 'keys'} ${names.join(', ')}`;
}
