/**
 * Wikipedia's marks in text pasted from its pages, the most pasted source of answers: a section's title copied with
 * its `[edit]` link (`Bias–variance tradeoff[edit]`), and the citation marks after the words they cite (`converges.[1][2]`,
 * `flexible.[4]:34`, `distributed.[citation needed]`). They are the page's, not the answer's: the title line is left
 * out, and the marks are taken off the text, each said. An AI answer page (Perplexity) sets its sources' marks so too,
 * and loses them alike. Only in a note that shows them as Wikipedia's (an `[edit]`
 * title, a maintenance tag, or marks after two sentences' punctuation): elsewhere a bracketed number may be the note's
 * own (`arr[1]`, `see [2]`). A `[1]` that a Markdown definition resolves is a link reference, no text, and stays; a
 * number indexing a name in such a note (`x[3]`, `data[3].shape`; code-index.ts) stays too, and inline code is never read.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { dropLines } from './left-out-lines.js';
import { codeNames, isCodeIndex } from './code-index.js';
import type { LeftOutLine } from './plaintext.js';

/** Wikipedia's maintenance tags, set in brackets where a claim wants work: `[citation needed]`, `[dubious – discuss]`. */
const MAINTENANCE_TAG = String.raw`citation needed|clarification needed|better source needed|verification needed|page needed|failed verification|according to whom\?|dubious\s*[–—-]\s*discuss|original research\?|(?:who|when|which|why)\?`;
/** A citation mark, right after a word or a sentence's punctuation: `[12]`, `[4]:34` (the page cited), or a maintenance tag; an `[edit]` link left on a heading. */
const CITATION_MARK = new RegExp(String.raw`(?<=\S)\[(?:[1-9]\d{0,2}|edit(?: source)?|${MAINTENANCE_TAG})\](?::\s?\d+(?:[–-]\d+)?)?`, 'gi');
/** A mark right after a sentence's punctuation (`converges.[1]`, `accuracy,[3]`): how Wikipedia places them. */
const MARK_AFTER_PUNCTUATION = /[.,;:)]\[[1-9]\d{0,2}\]/g;
const MAINTENANCE = new RegExp(String.raw`\S\[(?:${MAINTENANCE_TAG})\]`, 'i');
/** A section's title as copied with its edit link: `Bias–variance tradeoff[edit]`, `History[edit source]`. */
const EDIT_TITLE = /^\S.{0,150}?\[edit(?: source)?\]$/;

/** Whether the note's text shows Wikipedia's marks as such. */
function isWikipediaPaste(text: string, lines: readonly string[]): boolean {
  return lines.some((line) => EDIT_TITLE.test(line.trim())) || MAINTENANCE.test(text) || (text.match(MARK_AFTER_PUNCTUATION)?.length ?? 0) >= 2;
}

/** Takes Wikipedia's `[edit]` title lines and citation marks out of `tree` (the note's `text`, its `lines`); returns what was left out. */
export function dropWikipediaMarks(tree: Root, text: string, lines: readonly string[]): LeftOutLine[] {
  // Each sign of a paste, its titles' `[edit]` and its marks, holds a bracket.
  if (!text.includes('[') || !isWikipediaPaste(text, lines)) return [];
  const titles = new Set(lines.flatMap((line, index) => (EDIT_TITLE.test(line.trim()) ? [index + 1] : [])));
  const taken = dropLines(tree, text, lines, titles);
  const leftOut: LeftOutLine[] = [...taken].map((line) => ({ line, text: lines[line - 1]!.trim(), reason: 'wikipedia-title' as const }));
  const marks = new Map<number, string[]>();
  const names = codeNames(tree, text);
  visit(tree, 'text', (node: Text) => {
    if (!node.value.includes('[')) return;
    const first = node.position?.start.line;
    node.value = node.value.replace(CITATION_MARK, (mark: string, index: number, whole: string) => {
      if (/^\[\d/.test(mark) && isCodeIndex(whole.slice(0, index), whole.slice(index + mark.length), names)) return mark;
      if (first !== undefined) {
        const line = first + (whole.slice(0, index).match(/\n/g)?.length ?? 0);
        marks.set(line, [...(marks.get(line) ?? []), mark]);
      }
      return '';
    });
  });
  for (const [line, found] of marks) leftOut.push({ line, text: found.join(''), reason: 'citation-marks' });
  return leftOut.sort((a, b) => a.line - b.line);
}
