/**
 * The lines at the head of an answer that are not the answer: a label that only says "here it comes"
 * (`*solution*`, `**Answer:**`, `Sample Answer:`), and the question's own metadata that sites and
 * scraped lists print over it (`**Type:** 📝 Question`, `**Access:** 🔒 Premium`, `**Category:** ML
 * Basics`, `**Difficulty:** Easy | **Tags:** `Autograd``, `- [Company](…) 기술면접 질문`). A label says nothing and
 * goes; metadata is told (the walk reports it), and its tags and categories become the question's tags. A callout
 * that is the answer (`??? success "View Answer"`, `> [!answer]-`) is told here too (`revealedAnswer`), and
 * answer-blocks.ts unwraps it before the head is read.
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import { linesOf, withoutFirstLine } from './paragraph-lines.js';
import { inlineText } from '../wording/prompt-text.js';
import { EMOJI_CHARACTERS } from '../wording/marks.js';
import { BOLD_AND_ITALIC_MARKS, withoutEmphasisEnds } from '../wording/emphasis-ends.js';

/** A line that labels the answer below it and says nothing else. */
const ANSWER_HEAD_LABEL =
  /^(?:(?:the |model |sample |suggested |reference |short |full |detailed )?(?:answers?|ans|solutions?|explanation)|답변|답|정답|모범 ?답안|풀이|해설|参考答案|答案|回答|解答)\s*[:：.]?$/i;

/**
 * Names of a question's metadata fields, as the sites that print them call them. `Source` is not one:
 * the book or paper an answer comes from belongs with the answer.
 */
const METADATA_KEY =
  /^(?:type|access|category|categories|difficulty|level|tags?|topics?|company|companies|asked (?:in|at|by)|frequency|난이도|분류|카테고리|태그|유형|기업|회사)$/i;
/** The fields whose values are tags of the question, as a note's front matter `tags:` and `categories:` are. */
const TAG_KEY = /^(?:category|categories|tags?|topics?|분류|카테고리|태그)$/i;

/** Whether a field (or a table's column, question-table.ts) of this name holds the question's tags. */
export function namesTags(key: string): boolean {
  return TAG_KEY.test(key);
}

/** A field's value as tags: `ML, basics`, `ML; basics`, `#ml #basics`. */
export function tagsOf(value: string): string[] {
  return value.split(/\s*[,;]\s*|\s+#|^#/).filter(Boolean);
}

/** `Key: value` on a line of its own (emphasis and list bullets already read as text). */
const FIELD_LINE = /^\s*([\p{L} ]{2,24}?)\s*[:：]\s*(.*\S)?\s*$/u;

/** `[포자랩스](…) 기술면접 질문`, `Asked at Google`: where the question was asked, over its answer. */
const ASKED_WHERE_LINE = /^(?:.{1,40}\s(?:기술\s*)?면접\s*질문|asked (?:at|by|in) .{1,60})$/iu;

export interface QuestionMetadata {
  /** Each field as written, `Key: value`, in order: what the report tells. */
  fields: string[];
  /** The values of its tag and category fields, as written. */
  tags: string[];
  /** Where the first of them stands. */
  place?: Point;
}

export interface AnswerHead {
  /** The blocks after the labels and the metadata. */
  rest: RootContent[];
  metadata: QuestionMetadata;
}

/**
 * `blocks` without the labels and metadata at their head, and that metadata. `skip` tells what else the
 * head may hold before the answer (rules, line breaks, label headings), which goes too.
 */
export function withoutAnswerHead(blocks: RootContent[], skip: (block: RootContent) => boolean): AnswerHead {
  const metadata: QuestionMetadata = { fields: [], tags: [] };
  let start = 0;
  for (; start < blocks.length; start++) {
    const block = blocks[start]!;
    if (skip(block) || isAnswerHeadLabel(block)) continue;
    const fields = metadataFields(block);
    if (!fields) {
      const answer = block.type === 'paragraph' ? withoutLabelLine(block) : block;
      if (answer !== block) return { rest: [answer, ...blocks.slice(start + 1)], metadata };
      break;
    }
    metadata.place ??= block.position?.start;
    for (const field of fields) {
      metadata.fields.push(field.value === undefined ? field.key : `${field.key}: ${field.value}`);
      if (field.value !== undefined && namesTags(field.key)) metadata.tags.push(...tagsOf(field.value));
    }
  }
  return { rest: start === 0 ? blocks : blocks.slice(start), metadata };
}

/**
 * What a callout that is the answer holds, without what only says so; undefined for any other block. A callout
 * is the answer by its type, a note's own named as an answer label is (`> [!answer]-`, `[!solution]`, `[!답변]`),
 * or by its title (`??? success "View Answer"`, `> [!note]- Answer`: a button that reveals the answer on the
 * site, the answer itself in a note). The title of an answer callout that says more than that it answers
 * (`> [!solution] An encoder …`, set in bold by callouts.ts) is the answer's first line.
 */
export function revealedAnswer(block: RootContent): RootContent[] | undefined {
  const callout = block.type === 'blockquote' ? block.data?.callout : undefined;
  if (callout === undefined) return undefined;
  const [title, ...body] = (block as Blockquote).children;
  const titled = title?.type === 'paragraph' && title.data?.calloutTitle === true;
  if (isLabelText(callout.type)) {
    if (!titled) return (block as Blockquote).children;
    const strong = title.children[0];
    const says = callout.titled && strong?.type === 'strong' && !isLabelText(inlineText(strong.children));
    return says ? [{ ...title, children: strong.children }, ...body] : body;
  }
  if (!titled || body.length === 0) return undefined;
  return isLabelText(toString(title).trim().replace(REVEAL, '')) ? body : undefined;
}

/** The button's verb before the label: `View Answer`, `Click to see the solution`. */
const REVEAL = /^(?:view|show|reveal|see|click (?:for|to see))\s+(?:the\s+)?/i;

/** A paragraph that only labels the answer under it (`**Answer:**`, `Sample Answer:`, `*solution*`). */
export function isAnswerHeadLabel(block: RootContent): boolean {
  return block.type === 'paragraph' && spans(block) <= LONGEST_LABEL && isLabelText(toString(block));
}

/** A label is short: a longer paragraph is not read as one (nor written out as text to find that out). */
const LONGEST_LABEL = 40;
/** Metadata lines are few and short. */
const LONGEST_METADATA = 600;

/** How many characters of the file a block spans (0 when it has no offsets). */
function spans(block: RootContent): number {
  const { start, end } = block.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? 0 : end.offset - start.offset;
}

/** Whether `text` only labels an answer (`Answer:`, `**Solution**`, `💡 답변`): also an answer callout's type (`[!answer]`, callout.ts). */
export function isLabelText(text: string): boolean {
  // Emphasis marks stay as text in a note read as copied text; an emoji may mark the label (`💡 Answer`, `✅ 답변`).
  return ANSWER_HEAD_LABEL.test(withoutEmphasisEnds(text.trim(), BOLD_AND_ITALIC_MARKS).replace(LEADING_EMOJI, ''));
}

const LEADING_EMOJI = new RegExp(String.raw`^[${EMOJI_CHARACTERS}\s]+`, 'u');

/** A paragraph whose first line only labels the rest (`**Sample Answer:**` over the answer's lines), without that line. */
function withoutLabelLine(paragraph: Paragraph): Paragraph {
  const [first] = lineTexts(paragraph);
  if (first === undefined || !isLabelText(first)) return paragraph;
  return withoutFirstLine(paragraph) ?? paragraph;
}

/** The fields of a paragraph (or a list of one-line items) that is all metadata lines; undefined when any line is not one. */
function metadataFields(block: RootContent): Array<{ key: string; value: string | undefined }> | undefined {
  if (spans(block) > LONGEST_METADATA) return undefined;
  const lines =
    block.type === 'paragraph'
      ? lineTexts(block)
      : block.type === 'list' && block.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph')
        ? block.children.flatMap((item) => lineTexts(item.children[0] as Paragraph))
        : undefined;
  if (!lines || lines.length === 0) return undefined;
  const fields: Array<{ key: string; value: string | undefined }> = [];
  // `**Difficulty:** Easy | **Tags:** `Autograd` | **Asked by:** Meta`: several fields on one line.
  for (const line of lines.flatMap((line) => line.split(/\s+\|\s+/))) {
    const field = FIELD_LINE.exec(line);
    if (field && METADATA_KEY.test(field[1]!.trim())) fields.push({ key: field[1]!.trim(), value: field[2]?.trim() });
    else if (ASKED_WHERE_LINE.test(line.trim())) fields.push({ key: line.trim(), value: undefined });
    else return undefined;
  }
  return fields;
}

/** A paragraph's lines as text, cut where paragraph-lines.ts cuts them (line ends, hard breaks). */
function lineTexts(paragraph: Paragraph): string[] {
  return linesOf(paragraph).map((line) => inlineText(line.children));
}
