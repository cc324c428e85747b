/**
 * Notion's callout, as its Markdown export writes it: the box's emoji and text between `<aside>` and `</aside>`, each
 * tag alone on its line.
 *
 *     <aside>
 *     ✅ **답변**
 *
 *     테스트셋이 학습 데이터에 섞여 점수가 부풀려지는 것.
 *
 *     </aside>
 *
 * The box is the page's own text, set off: under a question, its answer. To Markdown each tag is raw HTML (its own
 * block, html-blocks.ts), which the outputs do not keep: each was told as HTML left out, twice an answer, and the
 * opening tag, the answer's first block, hid the label under it (`✅ **답변**`), kept in the answer. The tags vanish
 * (as Docusaurus's tabs' do, mdx-tabs.ts): what they wrap is read as the page's Markdown, its label an answer's label
 * as `**답변**` alone is.
 */
import { findAfter, isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';
import { closeComponent } from './mdx-bodies.js';

/** An aside's tag alone on its line, as Notion writes it (no attribute): 1 its `/`. */
const ASIDE_TAG_LINE = /^[ \t]*<(\/?)aside>[ \t]*$/;
/** Its closing tag alone on its line (multiline, for `findAfter`). */
const ASIDE_CLOSING_LINE = /^[ \t]*<\/aside>[ \t]*$/gm;

/** Whether a text may hold such a tag: without one no line is read. */
export const ANY_ASIDE = /<aside>/;

export function readAsideTags(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const tag = ASIDE_TAG_LINE.exec(text);
  if (!tag || isLiteral(reading, line.start, line.end)) return;
  // Only a pair goes: an opening tag with no closing one after it, or a closing one with none open, is left as written.
  if (tag[1] ? !closeComponent(reading, 'aside') : !findAfter(reading, ASIDE_CLOSING_LINE, line.end + 1)) return;
  if (!tag[1]) reading.components.push({ kind: 'aside', line: line.number });
  reading.text.blank(line.start, line.end);
}
