/**
 * Docusaurus's tabs in an MDX page:
 *
 *     <Tabs>
 *       <TabItem value="xgb" label="XGBoost" default>
 *
 *     ```python
 *     model = xgb.XGBClassifier()
 *     ```
 *
 *       </TabItem>
 *     </Tabs>
 *
 * The site shows each tab's label over its body. To Markdown the tags are raw HTML, which the outputs do not
 * keep: the labels were lost, and the lines of the tags stood as blank lines in the answer. A tag alone on its
 * line is read as the site shows it: a tab's opening tag as its label in bold (`**XGBoost**`, its `value` when it
 * has no label), as MkDocs content tabs are read (mkdocs-admonitions.ts); `<Tabs>`, `</TabItem>` and `</Tabs>`
 * vanish.
 */
import { isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';

/** A tag of Docusaurus's tabs alone on its line, after a quote's markers or an indent: 1 its `/`, 2 its name, 3 its attributes. */
const TAB_TAG_LINE = /^[ \t>]*<(\/?)(Tabs|TabItem)\b([^<>]*?)\/?>[ \t]*$/;
/** A tab's label, or its value, in quotes (or a JSX string: `label={'XGBoost'}`). */
const LABEL = /\blabel=(?:\{[ \t]*)?(["'])(.*?)\1/;
const VALUE = /\bvalue=(?:\{[ \t]*)?(["'])(.*?)\1/;

/** Whether a text may hold such a tag: without one no line is read. */
export const ANY_TAB_TAG = /<\/?Tab(?:s|Item)\b/;

export function readTabTags(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const tag = TAB_TAG_LINE.exec(text);
  if (!tag) return;
  const indent = /^[ \t>]*/.exec(text)![0].length;
  if (isLiteral(reading, line.start + indent, line.end)) return;
  const [, closing, name, attributes] = tag;
  const label = closing || name !== 'TabItem' ? undefined : (LABEL.exec(attributes!) ?? VALUE.exec(attributes!))?.[2]?.trim();
  if (label) reading.text.overwrite(line.start + indent, line.end, `**${label}**`);
  else reading.text.blank(line.start + indent, line.end);
}
