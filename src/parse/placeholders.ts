/**
 * Placeholders a reader of another markup (Org, AsciiDoc, reStructuredText) writes in a line while it escapes
 * the rest for Markdown: the Markdown it has written already (a link, a code span), set aside, and the marks
 * of its emphasis. Each is made of characters no note writes (NUL, Unicode's private use); a note's own such
 * characters are replaced first (`withoutPlaceholders`), so that none is taken for one.
 */

/** Where emphasis stands: each mark is the Markdown mark it becomes (`emphasisMarkdown`). */
export const EMPHASIS_MARK = { bold: '\uE000', italic: '\uE001', strike: '\uE002', highlight: '\uE003' } as const;
const MARKDOWN_OF_MARK: Readonly<Record<string, string>> = {
  [EMPHASIS_MARK.bold]: '**',
  [EMPHASIS_MARK.italic]: '*',
  [EMPHASIS_MARK.strike]: '~~',
  [EMPHASIS_MARK.highlight]: '==',
};
const MARKS = /[\uE000-\uE003]/g;
const SET_ASIDE = /\u0000(\d+)\u0000/g;

/** A line with the characters placeholders are made of replaced by U+FFFD: in a note they mean nothing. */
export function withoutPlaceholders(line: string): string {
  return line.replace(/[\u0000\uE000-\uE003]/g, '\uFFFD');
}

/** A line's emphasis marks as Markdown's. */
export function emphasisMarkdown(text: string): string {
  return text.replace(MARKS, (mark) => MARKDOWN_OF_MARK[mark]!);
}

/** The Markdown set aside from one line, each piece standing in it as a placeholder until it is put back. */
export class SetAside {
  private readonly kept: string[] = [];

  /** The placeholder that stands for `markdown`. */
  readonly keep = (markdown: string): string => `\u0000${this.kept.push(markdown) - 1}\u0000`;

  /** `text` with each placeholder it holds as the Markdown it stands for. */
  restored(text: string): string {
    return text.replace(SET_ASIDE, (_, k: string) => this.kept[Number(k)]!);
  }
}
