/**
 * GitBook writes its blocks in Liquid's braces (liquid-tags.ts reads the tags), each tag on a line of its own:
 *
 *     {% tabs %}
 *     {% tab title="Horizontal" %}
 *     Add more machines.
 *     {% endtab %}
 *     {% endtabs %}
 *
 *     {% hint style="info" %}
 *     Read DDIA chapter 6.
 *     {% endhint %}
 *
 * The book shows each tab's title over its body: a tab is read as its title in bold (`**Horizontal**`), as
 * Docusaurus's `<TabItem label>` is (mdx-tabs.ts), and `tabs`, `endtab`, `endtabs` vanish. A hint is a box: read as
 * a callout of its style (`> **Info**`), as an MDX page's `<Info>` is (mdx-callouts.ts). A note that holds one of
 * GitBook's own tags is a GitBook page, and its other tags (`{% embed %}`) are left out as GitBook's, not Jekyll's.
 */
import { closeBoxCallout } from './mdx-callouts.js';
import { findAfter, type MarkupReading, type ProseLine } from './site-markup.js';

/** Tags no Jekyll site writes: one of them tells a GitBook page. */
const GITBOOK_TAG = /\{%-?[ \t]*(?:hint|endhint|tabs|endtabs|tab|endtab|embed|content-ref|endcontent-ref|swagger|endswagger)\b/;
/** A hint's closing tag alone on its line (multiline, for `findAfter`). */
const END_HINT_LINE = /^[ \t>]*\{%-?[ \t]*endhint[ \t]*-?%\}[ \t]*$/gm;
const STYLE = /\bstyle[ \t]*=[ \t]*(["'])(\w+)\1/;
const TITLE = /\btitle[ \t]*=[ \t]*(["'])(.*?)\1/;

/** A tag found on a line: its name, its arguments, and where it stands in the text. */
export interface LiquidTag {
  name: string;
  args: string;
  start: number;
  end: number;
}

const gitbookNotes = new WeakMap<MarkupReading, boolean>();

/** Whether the note being read is a GitBook page (told once per note). */
export function isGitbookNote(reading: MarkupReading): boolean {
  let known = gitbookNotes.get(reading);
  if (known === undefined) {
    known = GITBOOK_TAG.test(reading.source);
    gitbookNotes.set(reading, known);
  }
  return known;
}

/** Reads a tag of GitBook's tabs or hints: true when it was read, false for any other tag (left to liquid-tags.ts). */
export function readGitbookTag(tag: LiquidTag, line: ProseLine, reading: MarkupReading): boolean {
  if (!isGitbookNote(reading)) return false;
  const { name, args, start, end } = tag;
  if (name === 'tabs' || name === 'endtabs' || name === 'endtab') {
    reading.text.blank(start, end);
    return true;
  }
  if (name === 'tab') {
    const title = TITLE.exec(args)?.[2]?.trim();
    if (title) reading.text.overwrite(start, end, `**${title}**`);
    else reading.text.blank(start, end);
    return true;
  }
  if (name === 'hint') return openHint(tag, line, reading);
  if (name === 'endhint') return closeBoxCallout(reading, line, start, end);
  return false;
}

/** A hint alone on its line and closed by an `endhint` alone on a later one: its body is a callout. */
function openHint(tag: LiquidTag, line: ProseLine, reading: MarkupReading): boolean {
  const alone = reading.text.slice(line.start, line.end).trim() === reading.text.slice(tag.start, tag.end);
  if (!alone || !findAfter(reading, END_HINT_LINE, line.end + 1)) return false;
  const type = STYLE.exec(tag.args)?.[2]?.toLowerCase() ?? 'info';
  const place = {
    start: { line: line.number, column: tag.start - line.start + 1, offset: tag.start },
    end: { line: line.number, column: tag.end - line.start + 1, offset: tag.end },
  };
  reading.components.push({ kind: 'callout', line: line.number, callout: { from: line.number + 1, to: line.number + 1, type, tag: place } });
  reading.text.blank(tag.start, tag.end);
  return true;
}
