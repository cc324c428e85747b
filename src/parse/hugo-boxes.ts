/**
 * The tabs and boxes of Hugo's documentation themes, as GitBook's are (gitbook-tags.ts), each tag on a line of its own:
 * - a tab (Book's `{{< tab "MacOS" >}}`, Docsy's `{{< tab header="MacOS" >}}`) is its title in bold over its body, as
 *   Docusaurus's `<TabItem label>` is (mdx-tabs.ts); `tabs` and Docsy's `tabpane` vanish;
 * - a box (Book's `{{< hint warning >}}`, Docsy's `{{< alert title="Note" color="warning" >}}`, Hextra's
 *   `{{< callout type="info" >}}`, hugo-notice's and Relearn's `{{< notice tip >}}`, `{{% notice style="tip" %}}`,
 *   LoveIt's `{{< admonition warning "Careful" >}}`) is a callout quote titled with its title or its kind
 *   (`> **Warning**`), as an MDX `<Warning>` is (mdx-callouts.ts). An admonition that folds a question under its
 *   title is a `details` fold instead (hugo-shortcodes.ts), read before it comes here.
 */
import { closeBoxCallout } from './mdx-callouts.js';
import { columnOf, findAfter, type MarkupReading, type ProseLine } from './site-markup.js';

/** A shortcode found on a line: its name (lower-cased), whether it closes, its arguments, where it stands. */
export interface Shortcode {
  name: string;
  closing: boolean;
  args: string;
  start: number;
  end: number;
}

const TAB_GROUPS: ReadonlySet<string> = new Set(['tabs', 'tabpane']);
const BOXES: ReadonlySet<string> = new Set(['hint', 'alert', 'callout', 'notice', 'admonition']);
const THEME_COLOURS: ReadonlySet<string> = new Set(['primary', 'secondary', 'light', 'dark']);
/** A box's closing shortcode alone on its line (multiline, for `findAfter`). */
const BOX_CLOSING_LINE = /^[ \t>]*\{\{[<%][ \t]*\/[ \t]*(?:hint|alert|callout|notice|admonition)[ \t]*[>%]\}\}[ \t]*$/gm;

/** The kind, positional, then a quoted title (`warning "Careful"`). */
const QUOTED_AFTER_KIND = /^[ \t]*[^\s"'=]+[ \t]+(?:"([^"]*)"|'([^']*)')/;

/** The patterns a box's tags are read with; exported for the test that none of them backtracks. */
export const HUGO_BOX_PATTERNS: readonly RegExp[] = [BOX_CLOSING_LINE, QUOTED_AFTER_KIND];

/** Reads a tab's or a box's shortcode: true when it was read, false for any other (left to hugo-shortcodes.ts). */
export function readShortcodeBox(code: Shortcode, line: ProseLine, reading: MarkupReading): boolean {
  const { name, closing, args, start, end } = code;
  if (TAB_GROUPS.has(name) || (name === 'tab' && closing)) {
    reading.text.blank(start, end);
    return true;
  }
  if (name === 'tab') {
    const title = named(args, 'header') ?? named(args, 'title') ?? named(args, 'name') ?? positional(args);
    if (title && title.length + 4 <= end - start) reading.text.overwrite(start, end, `**${title}**`);
    else reading.text.blank(start, end);
    return true;
  }
  if (!BOXES.has(name)) return false;
  if (closing) return closeBoxCallout(reading, line, start, end);
  const alone = reading.text.slice(line.start, line.end).trim() === reading.text.slice(start, end);
  if (!alone || !findAfter(reading, BOX_CLOSING_LINE, line.end + 1)) return false;
  const written = (named(args, 'type') ?? named(args, 'style') ?? named(args, 'color') ?? positional(args))?.toLowerCase();
  // Docsy's theme colours (`primary`) name no kind.
  const kind = written && !THEME_COLOURS.has(written) ? written : name === 'hint' ? 'info' : 'note';
  const title = named(args, 'title') ?? quotedAfterKind(args);
  const tag = { start: { line: line.number, column: columnOf(line, start), offset: start }, end: { line: line.number, column: columnOf(line, end), offset: end } };
  reading.components.push({ kind: 'callout', line: line.number, callout: { from: line.number + 1, to: line.number + 1, type: kind, ...(title ? { title } : {}), tag } });
  reading.text.blank(start, end);
  return true;
}

/** A named argument's value (`header="MacOS"`). */
function named(args: string, key: string): string | undefined {
  const found = new RegExp(`\\b${key}[ \\t]*=[ \\t]*(?:"([^"]*)"|'([^']*)'|([^\\s"'=]+))`).exec(args);
  const value = found ? (found[1] ?? found[2] ?? found[3]!).trim() : undefined;
  return value || undefined;
}

/** A quoted argument after the kind, an admonition's or a notice's title (`warning "Careful"`); not a flag (`tip false`). */
function quotedAfterKind(args: string): string | undefined {
  const found = QUOTED_AFTER_KIND.exec(args);
  const value = found ? (found[1] ?? found[2]!).trim() : undefined;
  return value || undefined;
}

/** The first argument when it is positional (`"MacOS"`, `warning`), not `key=value`. */
function positional(args: string): string | undefined {
  const found = /^[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'=]+)(?=\s|$))/.exec(args);
  const value = found ? (found[1] ?? found[2] ?? found[3]!).trim() : undefined;
  return value || undefined;
}
