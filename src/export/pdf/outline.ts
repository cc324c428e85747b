/**
 * PDF bookmarks: one entry per topic (and per extra section) with a child per
 * question, each jumping to the exact place on its page (pdfkit's outline
 * defaults would only open the page). Named destinations are set at the same
 * places for the contents links.
 */
import { toString } from 'mdast-util-to-string';
import type {} from 'pdfkit'; // the global PDFKit namespace (types only)
import type { Question } from '../../schema/question-bank.js';
import { breadcrumb } from '../../wording/marks.js';
import { wordingPhrasing } from '../../wording/plain-wording.js';
import { spelledFormula } from './math-spelling.js';
import type { BlockMark } from './placement.js';

/** pdfkit's outline item; its `left`/`top` options are missing from @types/pdfkit. */
interface OutlineItem {
  addItem(title: string, options: { left: number; top: number; expanded: boolean }): OutlineItem;
}

/** Room left above and beside a destination, so the jump shows the block's edge. */
const MARGIN = 6;

export class OutlineWriter {
  private topic: OutlineItem | undefined;
  private readonly root: OutlineItem;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly pageWidth: number,
  ) {
    this.root = doc.outline as unknown as OutlineItem;
  }

  /** Call while the mark's page is the current page; (x, y) is the block's top-left corner. */
  mark(mark: BlockMark, x: number, y: number): void {
    const left = Math.max(0, x - MARGIN);
    const top = Math.max(0, y - MARGIN);
    // pdfkit turns these into an XYZ destination as (pageWidth - left, pageHeight - top).
    const options = { left: this.pageWidth - left, top, expanded: false };
    if (mark.level === 0 || !this.topic) {
      const item = this.root.addItem(mark.title, options);
      if (mark.level === 0) this.topic = item;
    } else {
      this.topic.addItem(mark.title, options);
    }
    if (mark.anchor) this.doc.addNamedDestination(mark.anchor, 'XYZ', left, top, 0);
  }
}

/**
 * A wording (a question, a topic) as its bookmark says it: the viewer draws bookmarks in its own fonts
 * and typesets nothing, so each formula is spelled in Unicode (math-spelling.ts), not left as its TeX.
 */
export function bookmarkText(wording: string): string {
  const text = wordingPhrasing(wording)
    .map((node) => (node.type === 'inlineMath' ? (spelledFormula(node.value) ?? node.value) : toString(node)))
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

/** A question's bookmark: a follow-up with what it asks about (`What is an SVM? › What are its pros and cons?`). */
export function questionBookmark(question: Question): string {
  const asked = bookmarkText(question.question);
  return question.about === undefined ? asked : breadcrumb(bookmarkText(question.about), asked);
}
