/**
 * The mdast nodes of copied text's lines (plaintext.ts and the readers of wiki markup's blocks, wiki-markup-blocks.ts):
 * a line's paragraph, placed in the note, the lines of one wrapped sentence joined into one, code from a run of lines.
 */
import type { Code, Paragraph, PhrasingContent } from 'mdast';
import type { Position } from 'unist';
import { guessCodeLanguage, lostIndentation } from './code-lines.js';
import { isBrokenWord } from './broken-words.js';
import { indentWidth } from './indented-outline.js';

declare module 'mdast' {
  interface CodeData {
    /** Python-like code whose indentation was lost when it was copied. */
    indentationLost?: boolean;
  }
}

/** A line of the note, its number (from 1) and the offset of its start in the note. */
export interface Line {
  text: string;
  number: number;
  offset: number;
  /** The length from which the line filled the width its copy wrapped at, where narrower than a page's: a column's (two-column-page.ts). */
  wrapsAt?: number;
}

const INLINE_MATH = /\\\((.+?)\\\)/g;

/** A line that ends in a word's letters and a hyphen (`min-`): the word may go on at the next line's start (broken-words.ts). */
export const BROKEN_LINE_END = /(\p{L}+)[-\u2010\u00ad]$/u;
/** The lower-case letters that open a line. */
export const LOWER_CASE_START = /^\p{Ll}+/u;

/** Code from `first` to `last`, in the language named (a widget's label) or else guessed. */
export function codeBlock(source: string[], first: Line, last: Line, lang?: string): Code {
  const node: Code = {
    type: 'code',
    lang: lang ?? guessCodeLanguage(source) ?? null,
    meta: null,
    value: dedent(source).join('\n'),
    position: span(first, last),
  };
  if (lostIndentation(source)) node.data = { indentationLost: true };
  return node;
}

/** A paragraph of one line, or of the lines of one wrapped sentence, joined by their line breaks. */
export function paragraph(lines: readonly Line[]): Paragraph {
  return joined(lines.map(lineParagraph));
}

export function lineParagraph(line: Line): Paragraph {
  const leading = line.text.length - line.text.trimStart().length;
  return paragraphFrom(line, line.text.trim(), leading + 1);
}

/** The paragraphs of consecutive lines as one, with a soft break between lines. */
export function joined(parts: readonly Paragraph[]): Paragraph {
  if (parts.length === 1) return parts[0]!;
  const children = parts.flatMap((part, k): PhrasingContent[] => {
    if (k === 0) return part.children;
    // The line break and the indentation around it, as Markdown keeps a soft break in its text; none within a word
    // the line's end broke (`min-` over `imizing`), whose hyphen goes too.
    if (joinBrokenWord(parts[k - 1]!, part)) return part.children;
    const lineBreak: PhrasingContent = { type: 'text', value: '\n', position: { start: parts[k - 1]!.position!.end, end: part.position!.start } };
    return [lineBreak, ...part.children];
  });
  return { type: 'paragraph', children, position: { start: parts[0]!.position!.start, end: parts.at(-1)!.position!.end } };
}

/**
 * Takes the hyphen off the end of `before`'s line when it breaks a word that the line of `after` finishes
 * (broken-words.ts); returns whether it did, and the two lines then join with no break between them.
 */
function joinBrokenWord(before: Paragraph, after: Paragraph): boolean {
  const last = before.children.at(-1);
  const first = after.children[0];
  if (last?.type !== 'text' || first?.type !== 'text') return false;
  const head = BROKEN_LINE_END.exec(last.value)?.[1];
  const tail = LOWER_CASE_START.exec(first.value)?.[0];
  if (head === undefined || tail === undefined || !isBrokenWord(head, tail)) return false;
  last.value = last.value.slice(0, -1);
  return true;
}

export function paragraphFrom(line: Line, content: string, column: number): Paragraph {
  const text = content.trimEnd();
  const startOffset = line.offset + column - 1;
  return {
    type: 'paragraph',
    children: inlineContent(text, line.number, column, startOffset),
    position: {
      start: { line: line.number, column, offset: startOffset },
      end: { line: line.number, column: column + text.length, offset: startOffset + text.length },
    },
  };
}

/** Text with `\(...\)` math; plain text has no other inline syntax. */
function inlineContent(text: string, lineNumber: number, column: number, offset: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const at = (index: number) => ({ line: lineNumber, column: column + index, offset: offset + index });
  let last = 0;
  for (const match of text.matchAll(INLINE_MATH)) {
    const index = match.index;
    if (index > last) nodes.push({ type: 'text', value: text.slice(last, index), position: { start: at(last), end: at(index) } });
    nodes.push({
      type: 'inlineMath',
      value: match[1]!.trim(),
      data: { delimiter: '\\(' },
      position: { start: at(index), end: at(index + match[0].length) },
    });
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last), position: { start: at(last), end: at(text.length) } });
  return nodes;
}

export function splitLines(textLines: readonly string[]): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  textLines.forEach((lineText, index) => {
    lines.push({ text: lineText, number: index + 1, offset });
    offset += lineText.length + 1;
  });
  return lines;
}

export function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => indentWidth(/^[ \t]*/.exec(l)![0]));
  // A loop, not Math.min(...indents): spread over a long block's lines, it overflows the stack.
  const min = indents.reduce((least, indent) => Math.min(least, indent), Infinity);
  return lines.map((l) => l.replace(/\t/g, '    ').slice(Math.min(min, indentWidth(/^[ \t]*/.exec(l)![0]))));
}

export function span(first: Line, last: Line): Position {
  const leading = first.text.length - first.text.trimStart().length;
  return {
    start: { line: first.number, column: leading + 1, offset: first.offset + leading },
    end: { line: last.number, column: last.text.length + 1, offset: last.offset + last.text.length },
  };
}
