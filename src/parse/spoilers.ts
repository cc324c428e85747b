/**
 * Answers hidden as spoilers, as a quiz posted to a chat or a forum hides them: Discord's `||…||`, Reddit's `>!…!<`.
 *
 *     Q1. Dropout은 추론 때 어떻게 동작하나요?
 *     ||끈다. 학습 때 1/(1-p)로 스케일해 둔다.||
 *
 *     1. What does the `[CLS]` token do in BERT? >!Its final hidden state represents the sequence.!<
 *
 * A spoiler that is a line of its own is read without its marks: the answer, under its question, as any line. One that
 * ends a line after what asks (a question mark, or a question's wording) is that question's answer: the line is cut
 * there, the question what stands before it and the answer the spoiler, under it, as on a line of its own. Read as
 * written, the marks stayed in every answer, and a question asked and answered on one line kept its answer in its
 * wording. Markdown reads Reddit's marks at a line's start as a quote (`> !…!<`): such a quote is the spoiler's line,
 * and under a list's last item, with no blank line between, that item's answer. A spoiler within a sentence, and
 * `||` or `>!` anywhere else (`a || b`, code), stay as written.
 */
import type { BlockContent, Blockquote, List, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { cardSides } from './inline-cards.js';
import { sourceLines, type SourceLines } from './prompt-runs.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { inlineText } from '../wording/prompt-text.js';

/** A spoiler ending a line (a backslash may escape Reddit's `>`): its opening mark, then what it hides, then its closing mark. */
const LINE_END_SPOILER = /(?:(\|\|)(?=\S)[^|\n]*?\S\|\||\\?(>!)\s?\S[^\n]*?!<)[ \t]*$/;
/** The closing mark of each opening one. */
const CLOSING: Readonly<Record<string, string>> = { '||': '||', '>!': '!<' };
/** Markdown's quote of Reddit's spoiler on a line of its own: `>!…!<` read as `>` and `!…!<`. */
const QUOTED_SPOILER = /^[ \t]{0,3}>!\s?\S.*!<[ \t]*$/;

/** Whether `text` may hold a spoiler: most notes hold no `||` nor `!<`, and are not walked. */
function mayHoldSpoilers(text: string): boolean {
  return text.includes('||') || text.includes('!<');
}

/** Reads the spoilers of `tree` (the note's `text`, split into `lines`) as above, in place. */
export function readSpoilers(tree: Root, text: string, lines: readonly string[]): void {
  if (!mayHoldSpoilers(text)) return;
  let source: SourceLines | undefined;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'blockquote' && isQuotedSpoiler(node, lines)) {
      const spoiler = unquoted(node);
      (parent as Parent).children.splice(index, 1, spoiler);
      // Right under a list's last item, it is that item's answer.
      const above = (parent as Parent).children[index - 1];
      if (above?.type === 'list' && answersLastItem(above, spoiler)) {
        above.children.at(-1)!.children.push(spoiler);
        above.position = { start: above.position!.start, end: spoiler.position!.end };
        (parent as Parent).children.splice(index, 1);
        return [SKIP, index];
      }
      return [SKIP, index + 1];
    }
    if (node.type !== 'paragraph' || !node.position) return undefined;
    const line = node.position.end.line;
    const found = LINE_END_SPOILER.exec(lines[line - 1] ?? '');
    if (!found) return SKIP;
    const opening = found[1] ?? found[2]!;
    const at = found.index + (found[0].startsWith('\\') ? 1 : 0);
    if (node.position.start.line === line && node.position.start.column - 1 >= found.index) {
      unwrap(node, opening);
      return SKIP;
    }
    source ??= sourceLines(text, lines);
    const sides = cardSides(node, { at, text: opening }, line, source, {});
    if (!sides || !asks(sides[0])) return SKIP;
    const [question, spoiler] = sides;
    // The question ends where its words do, not at the spoiler after the spaces: as written, it is the line up to there.
    const end = source.point(line, (lines[line - 1] ?? '').slice(0, found.index).trimEnd().length);
    question.position = { start: question.position!.start, end };
    const last = question.children.at(-1);
    if (last?.type === 'text' && last.position) last.position = { start: last.position.start, end };
    question.data = node.data ?? {};
    spoiler.data = {};
    if (!unwrapEnd(spoiler, CLOSING[opening]!)) return SKIP;
    (parent as Parent).children.splice(index, 1, question as never, spoiler as never);
    return [SKIP, index + 2];
  });
}

/** Whether the words before a spoiler ask: a question mark ends them, or they are worded as a question. */
function asks(question: Paragraph): boolean {
  const said = inlineText(question.children).trim();
  return endsWithQuestionMark(said) || isInterrogative(said);
}

/** Takes a spoiler's marks off its paragraph, the whole of which it is. */
function unwrap(paragraph: Paragraph, opening: string): void {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !first.value.startsWith(opening)) return;
  const closed = unwrapEnd(paragraph, CLOSING[opening]!);
  if (closed) first.value = first.value.slice(opening.length).trimStart();
}

/** Takes the closing mark off the end of the paragraph's last text; whether it was there. */
function unwrapEnd(paragraph: Paragraph, closing: string): boolean {
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return false;
  const value = last.value.trimEnd();
  if (!value.endsWith(closing)) return false;
  last.value = value.slice(0, -closing.length).trimEnd();
  return true;
}

/** A quote of one line, Reddit's spoiler as Markdown reads it (`>!…!<`). */
function isQuotedSpoiler(quote: Blockquote, lines: readonly string[]): boolean {
  const [only] = quote.children;
  const line = quote.position?.start.line;
  return quote.children.length === 1 && only?.type === 'paragraph' && line !== undefined && quote.position!.end.line === line && QUOTED_SPOILER.test(lines[line - 1] ?? '');
}

/** The quoted spoiler's paragraph, without its marks, where the quote stood. */
function unquoted(quote: Blockquote): Paragraph {
  const paragraph = quote.children[0] as Paragraph;
  const children: PhrasingContent[] = paragraph.children.map((child) => ({ ...child }));
  const spoiler: Paragraph = { type: 'paragraph', children, position: quote.position! };
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^!\s?/, '');
  unwrapEnd(spoiler, '!<');
  return spoiler;
}

/** Whether `spoiler` stands right under the last item of `list`, no blank line between them. */
function answersLastItem(list: List, spoiler: RootContent | BlockContent): boolean {
  const item = list.children.at(-1);
  return item !== undefined && item.position !== undefined && spoiler.position !== undefined && spoiler.position.start.line === item.position.end.line + 1;
}
