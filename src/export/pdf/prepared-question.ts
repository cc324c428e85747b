/**
 * A question read once for the sheet: its answer as mdast (via the shared
 * Markdown reader, which knows all four TeX delimiters; pictures by reference
 * made plain pictures; a raw HTML table a blank line cut joined again), and its wording and
 * translations as phrasing content, read as every export reads them
 * (`wordingPhrasing`, src/export/wording.ts); a multiple-choice question's
 * options, labelled, as phrasing content too.
 */
import type { Html, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { parseMarkdown } from '../../parse/markdown.js';
import type { Question } from '../../schema/question-bank.js';
import { wordingPhrasing } from '../../wording/plain-wording.js';
import { ABOUT_MARK } from '../../wording/marks.js';
import { sheetHtml, unclosedTables } from './html-block.js';
import { choiceMark } from '../../schema/choice-mark.js';

/** How to read Markdown qbank wrote: the serialiser escapes every literal bracket (`\[`), which opens no formula inside a line. */
const QBANK_MARKDOWN = { unbalancedTex: 'escape', displayTex: 'line-head' } as const;

export interface PreparedQuestion {
  question: Question;
  /** What the question shows (its context), read as the answer is. */
  context: Root | null;
  answer: Root | null;
  wording: PhrasingContent[];
  /** What a follow-up asks about, set over its wording as a breadcrumb (`What is an SVM? ›`); null for any other question. */
  about: PhrasingContent[] | null;
  /** Translations that differ from the wording (Korean first). */
  translations: PhrasingContent[][];
  /** A multiple-choice question's options, each led by its label (`a) `). */
  choices: PhrasingContent[][];
}

export function prepareQuestion(question: Question, withAnswer: boolean): PreparedQuestion {
  const translations = [question.translations.ko, question.translations.en]
    .filter((text): text is string => typeof text === 'string' && text.trim().length > 0)
    .filter((text) => text.trim() !== question.question.trim());
  return {
    question,
    context: question.context ? blocksOf(question.context.markdown) : null,
    answer: withAnswer && question.answer ? blocksOf(question.answer.markdown) : null,
    wording: wordingPhrasing(question.question),
    about: question.about === undefined ? null : [...wordingPhrasing(question.about), { type: 'text', value: ` ${ABOUT_MARK}` }],
    translations: [...new Set(translations)].map(wordingPhrasing),
    choices: question.choices.map((choice) => [
      { type: 'text' as const, value: `${choiceMark(choice.label)} ` },
      ...optionPhrasing(choice.markdown),
    ]),
  };
}

/** Markdown qbank wrote (an answer, a context) as the sheet sets it. */
function blocksOf(markdown: string): Root {
  return withCutTablesJoined(withPicturesByReference(parseMarkdown(markdown, QBANK_MARKDOWN).tree));
}

/**
 * An option's Markdown (one paragraph, as normalise/choices.ts writes it) as phrasing content. Read
 * alone, an option that is only `$$…$$` is a display formula: on its line, it is set inline.
 */
function optionPhrasing(markdown: string): PhrasingContent[] {
  const { tree } = parseMarkdown(markdown, QBANK_MARKDOWN);
  const [only] = tree.children;
  if (tree.children.length !== 1) return [{ type: 'text', value: markdown }];
  if (only?.type === 'paragraph') return only.children;
  if (only?.type === 'math') return [{ type: 'inlineMath', value: only.value }];
  return [{ type: 'text', value: markdown }];
}

/** `![alt][name]` made `![alt](url)` from the answer's `[name]: url`, so that the sheet draws it as it draws the others. */
function withPicturesByReference(tree: Root): Root {
  const urls = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
  });
  if (urls.size === 0) return tree;
  visit(tree, 'imageReference', (node, index, parent) => {
    const url = urls.get(node.identifier);
    if (url === undefined || !parent || index === undefined) return;
    parent.children.splice(index, 1, { type: 'image', url, alt: node.alt ?? '', ...(node.position ? { position: node.position } : {}) });
  });
  return tree;
}

/** Where a block of raw HTML may stand (elsewhere raw HTML is inline: one tag). */
const HOLDS_BLOCKS: ReadonlySet<string> = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A raw HTML `<table>` cut by a blank line (Markdown ends an HTML block at one: pasted tables often
 * hold one between rows) made one HTML block again, when the blocks that follow up to its closing
 * `</table>` are all raw HTML; the sheet then sets it as one table. Cut by Markdown content (a cell
 * written in Markdown), it stays cut, and is printed as lines (html-block.ts).
 */
function withCutTablesJoined(tree: Root): Root {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !HOLDS_BLOCKS.has(parent.type)) return undefined;
    let open = unclosedTables(node.value);
    if (open <= 0) return undefined;
    let end = index + 1;
    for (let next = parent.children[end]; open > 0 && next?.type === 'html'; next = parent.children[++end]) open += unclosedTables(next.value);
    if (open > 0) return undefined;
    const cut = parent.children.slice(index, end) as Html[];
    const start = cut[0]!.position?.start;
    const stop = cut.at(-1)!.position?.end;
    parent.children.splice(index, end - index, { type: 'html', value: cut.map((piece) => piece.value).join('\n\n'), ...(start && stop ? { position: { start, end: stop } } : {}) });
    return [SKIP, index + 1];
  });
  return tree;
}

/** Every formula the sheet will typeset, so they can be rendered up front. */
export function mathRequests(questions: readonly PreparedQuestion[]): Array<{ tex: string; display: boolean }> {
  const requests: Array<{ tex: string; display: boolean }> = [];
  const collect = (node: Root | { type: 'root'; children: PhrasingContent[] }): void => {
    visit(node as Root, (child) => {
      if (child.type === 'inlineMath') requests.push({ tex: child.value, display: false });
      else if (child.type === 'math') requests.push({ tex: child.value, display: true });
      // The cells of a raw HTML table are read as the sheet will read them (html-block.ts), formulas and all.
      else if (child.type === 'html' && /<table\b/i.test(child.value)) {
        for (const part of sheetHtml(child.value).parts) if ('table' in part) collect({ type: 'root', children: [part.table.table] });
      }
    });
  };
  for (const prepared of questions) {
    if (prepared.context) collect(prepared.context);
    if (prepared.answer) collect(prepared.answer);
    collect({ type: 'root', children: prepared.wording });
    if (prepared.about) collect({ type: 'root', children: prepared.about });
    for (const translation of prepared.translations) collect({ type: 'root', children: translation });
    for (const choice of prepared.choices) collect({ type: 'root', children: choice });
  }
  return requests;
}
