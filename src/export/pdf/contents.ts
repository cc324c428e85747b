/**
 * The sheet's front matter and page furniture: the title block across the
 * top of the first page, the contents list (topics with their page numbers,
 * each entry a link), and the footer with "n / N".
 */
import { translateItem, type DrawItem, type Row } from './display-list.js';
import { plainAtoms, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { COLOUR, TYPE } from './theme.js';

const TITLE: InlineStyle = { weight: 'bold', italic: false, code: false, size: TYPE.title, color: COLOUR.ink };
const SUBTITLE: InlineStyle = { weight: 'regular', italic: false, code: false, size: TYPE.subtitle, color: COLOUR.muted };
const ENTRY: InlineStyle = { weight: 'semibold', italic: false, code: false, size: TYPE.contents, color: COLOUR.ink };
const ENTRY_NOTE: InlineStyle = { ...ENTRY, weight: 'regular', color: COLOUR.faint };
const FOOTER: InlineStyle = { weight: 'regular', italic: false, code: false, size: TYPE.footer, color: COLOUR.faint };

export interface ContentsEntry {
  title: string;
  note: string;
  /** Named destination the entry links to and takes its page number from. */
  target: string;
}

export function titleRows(title: string, subtitle: string, width: number, context: LayoutContext): Row[] {
  const rows = [
    ...inlineRows(plainAtoms(title, TITLE), TITLE, width, context, { leading: 0.05 }),
    ...inlineRows(plainAtoms(subtitle, SUBTITLE), SUBTITLE, width, context),
  ];
  rows.push({ height: 6, items: [{ kind: 'line', x1: 0, y1: 3, x2: width, y2: 3, color: COLOUR.bandFill, width: 1.4 }] });
  return rows;
}

export function contentsRows(entries: readonly ContentsEntry[], width: number, context: LayoutContext): Row[] {
  const numberWidth = context.shaper.width('000', 'sans', ENTRY.size);
  const labelWidth = width - numberWidth - 14;
  const rows: Row[] = [];
  for (const entry of entries) {
    const lines = inlineRows(
      [...plainAtoms(`${entry.title} `, ENTRY), ...plainAtoms(entry.note, ENTRY_NOTE)],
      ENTRY,
      labelWidth,
      context,
      { leading: 0.35 },
    ).map((row) => ({ ...row, items: row.items.map((item) => ({ ...item })) }));
    const last = lines[lines.length - 1]!;
    const textEnd = Math.max(0, ...last.items.map((item) => (item.kind === 'text' ? item.x + item.width : 0)));
    const baseline = last.baseline ?? ENTRY.size;
    if (width - numberWidth - 3 > textEnd + 6) {
      last.items.push({
        kind: 'line',
        x1: textEnd + 3,
        y1: baseline,
        x2: width - numberWidth - 3,
        y2: baseline,
        color: COLOUR.rule,
        width: 0.6,
        dash: 0.6,
      });
    }
    last.items.push({ kind: 'pageRef', right: width, y: baseline, target: entry.target, font: 'sans-semibold', size: ENTRY.size, color: COLOUR.ink });
    const height = lines.reduce((sum, row) => sum + row.height, 0);
    lines[0]!.items.push({ kind: 'goto', x: 0, y: 0, w: width, h: height, target: entry.target });
    // An entry of several lines stays whole: its title is not cut from its page number by a column's end.
    rows.push(...lines.map((line, k) => (k < lines.length - 1 ? { ...line, keepWithNext: true } : line)));
  }
  return rows;
}

/** The footer of one page, baseline at y = 0: the sheet's title on the left, "n / N" in the middle. */
export function footerItems(title: string, page: number, pages: number, width: number, context: LayoutContext): DrawItem[] {
  const onBaseline = (row: Row | undefined): DrawItem[] =>
    row ? row.items.map((item) => translateItem(item, 0, -(row.baseline ?? 0))) : [];
  const number = inlineRows(plainAtoms(`${page} / ${pages}`, FOOTER), FOOTER, width, context, { align: 'center' })[0];
  const label = inlineRows(plainAtoms(title, FOOTER), FOOTER, width / 3, context)[0];
  return [...onBaseline(label), ...onBaseline(number)];
}
