/**
 * A question read once for the sheet: its answer as mdast (via the shared
 * Markdown reader, which knows all four TeX delimiters; pictures by reference
 * made plain pictures), and its wording and
 * translations as phrasing content, read as every export reads them
 * (`wordingPhrasing`, src/export/wording.ts).
 */
import type { PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../parse/markdown.js';
import type { Question } from '../../schema/question-bank.js';
import { wordingPhrasing } from '../wording.js';
import { sheetHtml } from './html-block.js';

export interface PreparedQuestion {
  question: Question;
  answer: Root | null;
  wording: PhrasingContent[];
  /** Translations that differ from the wording (Korean first). */
  translations: PhrasingContent[][];
}

export function prepareQuestion(question: Question, withAnswer: boolean): PreparedQuestion {
  const translations = [question.translations.ko, question.translations.en]
    .filter((text): text is string => typeof text === 'string' && text.trim().length > 0)
    .filter((text) => text.trim() !== question.question.trim());
  return {
    question,
    answer: withAnswer && question.answer ? withPicturesByReference(parseMarkdown(question.answer.markdown, { unbalancedTex: 'escape' }).tree) : null,
    wording: wordingPhrasing(question.question),
    translations: [...new Set(translations)].map(wordingPhrasing),
  };
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
    if (prepared.answer) collect(prepared.answer);
    collect({ type: 'root', children: prepared.wording });
    for (const translation of prepared.translations) collect({ type: 'root', children: translation });
  }
  return requests;
}
