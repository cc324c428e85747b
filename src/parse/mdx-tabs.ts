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
 * Mintlify and Nextra write `<Tabs>` around `<Tab title="PyTorch">`, their bodies indented under the tags.
 *
 * The site shows each tab's label over its body. To Markdown the tags are raw HTML, which the outputs do not
 * keep: the labels were lost, and the lines of the tags stood as blank lines in the answer (and an indented body
 * under a blank line, code). A tag alone on its line is read as the site shows it: a tab's opening tag as its label
 * in bold (`**XGBoost**`: its `label` or `title`, its `value` when it has neither), as MkDocs content tabs are read
 * (mkdocs-admonitions.ts), its body without its indentation (mdx-bodies.ts); `<Tabs>`, `</TabItem>`, `</Tab>` and
 * `</Tabs>` vanish.
 */
import { findAfter, isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';
import { closeComponent } from './mdx-bodies.js';

/** A tag of Docusaurus's tabs alone on its line, after a quote's markers or an indent: 1 its `/`, 2 its name, 3 its attributes. */
const TAB_TAG_LINE = /^[ \t>]*<(\/?)(Tabs|TabItem|Tab)\b([^<>]*?)\/?>[ \t]*$/;
/** A tab's label (Mintlify's and Nextra's `title`), or its value, in quotes (or a JSX string: `label={'XGBoost'}`). */
const LABEL = /\b(?:label|title)=(?:\{[ \t]*)?(["'])(.*?)\1/;
const VALUE = /\bvalue=(?:\{[ \t]*)?(["'])(.*?)\1/;

/** A tab's closing tag alone on its line (multiline, for `findAfter`). */
const TAB_CLOSING_LINE = /^[ \t>]*<\/Tab(?:Item)?>[ \t]*$/gm;

/** Whether a text may hold such a tag: without one no line is read. */
export const ANY_TAB_TAG = /<\/?Tab(?:s|Item)?\b/;

export function readTabTags(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const tag = TAB_TAG_LINE.exec(text);
  if (!tag) return;
  const indent = /^[ \t>]*/.exec(text)![0].length;
  if (isLiteral(reading, line.start + indent, line.end)) return;
  const [, closing, name, attributes] = tag;
  const label = closing || name === 'Tabs' ? undefined : (LABEL.exec(attributes!) ?? VALUE.exec(attributes!))?.[2]?.trim();
  // A tab's body is read without its indentation (mdx-bodies.ts), from its opening tag to its closing one.
  if (name !== 'Tabs' && closing) closeComponent(reading, 'tab');
  else if (name !== 'Tabs' && !text.trimEnd().endsWith('/>') && findAfter(reading, TAB_CLOSING_LINE, line.end + 1)) reading.components.push({ kind: 'tab', line: line.number });
  if (label) reading.text.overwrite(line.start + indent, line.end, `**${label}**`);
  else reading.text.blank(line.start + indent, line.end);
}
