/**
 * Questions asked only in a table of contents: a study group's note lists
 * its questions as links to anchors, and answers each under a heading that
 * is only that anchor:
 *
 *     ## Questions
 *     * [What is deep learning?](#1)
 *     * [What are cost and activation functions?](#2)
 *
 *     ## Answers
 *     ### #1
 *     Deep learning is …
 *
 * The entry's text is the question, the section under its anchor heading the
 * answer. An entry linking to a heading that names something (`[Dropout](#dropout)`)
 * is an ordinary table of contents, left out as before, and so is one whose
 * anchor headings each title their question again under them.
 */
import type { Heading, List, RootContent } from 'mdast';
import { candidate, type PromptCandidate } from './recognizers/recognizer.js';
import { contentsLink } from './recognizers/question-list.js';
import { hasWords } from '../wording/interrogative.js';
import { inlineText } from '../wording/prompt-text.js';

export interface ContentsQuestions {
  /** Per anchor heading after the table of contents, the question its entry asks. */
  answeredUnder: Map<Heading, PromptCandidate>;
  /** Entries that ask but link to no heading of the note, when others do: questions with no answer. */
  unanswered: PromptCandidate[];
}

export function questionsOfContents(list: List, blocks: readonly RootContent[], after: number): ContentsQuestions {
  const anchors = new Map<string, Heading>();
  for (let k = after + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'heading') continue;
    const title = inlineText(block.children).trim();
    // `### #1`, `### 1`: a heading that only anchors; one that names something is a section of its own.
    if (!hasWords(title) && !titledUnder(blocks, k)) anchors.set(slug(title), block);
  }
  const answeredUnder = new Map<Heading, PromptCandidate>();
  const unanswered: PromptCandidate[] = [];
  if (anchors.size === 0) return { answeredUnder, unanswered };
  for (const item of list.children) {
    const link = contentsLink(item);
    const first = link?.children[0]?.position?.start;
    const last = link?.children.at(-1)?.position?.end;
    if (!link || !first || !last) continue;
    const heading = anchors.get(slug(decodeAnchor(link.url.slice(1))));
    const found = candidate('heading', link.children, { start: first, end: last }, heading ? { depth: heading.depth } : {});
    if (!found.prompt || !found.interrogative) continue;
    if (heading && !answeredUnder.has(heading)) answeredUnder.set(heading, found);
    else unanswered.push(found);
  }
  return answeredUnder.size > 0 ? { answeredUnder, unanswered } : { answeredUnder, unanswered: [] };
}

/**
 * Whether a heading with words stands right under the anchor heading at `index`, or in its section: the
 * note asks its question again there (`## #1` over `### What is an eigenvector?`, or over
 * `## What is an eigenvector?`), and the entry only points at it.
 */
function titledUnder(blocks: readonly RootContent[], index: number): boolean {
  const { depth } = blocks[index] as Heading;
  for (let k = index + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'heading') continue;
    if (hasWords(inlineText(block.children))) return block.depth > depth || k === index + 1;
    if (block.depth <= depth) return false;
  }
  return false;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
