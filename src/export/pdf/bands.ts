/**
 * Header bands: a dark full-width band with the topic's name in bold white
 * (it reads as a black bar with white words when printed in greyscale), and a
 * light "(continued)" band at the top of a column a topic runs into.
 */
import type { Row } from './display-list.js';
import { plainAtoms, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { COLOUR, SPACE, TYPE } from './theme.js';

const BAND: InlineStyle = { weight: 'bold', italic: false, code: false, size: TYPE.band, color: COLOUR.bandText };
const BAND_COUNT: InlineStyle = { ...BAND, weight: 'regular', size: TYPE.band - 1.4 };
const CONTINUED: InlineStyle = { weight: 'semibold', italic: false, code: false, size: TYPE.continued, color: COLOUR.continuedText };

const PAD_X = 5;

function band(
  label: string,
  note: string | undefined,
  style: InlineStyle,
  noteStyle: InlineStyle,
  fill: string,
  minHeight: number,
  width: number,
  context: LayoutContext,
): Row[] {
  const noteWidth = note ? context.shaper.width(note, 'sans', noteStyle.size) : 0;
  const textRows = inlineRows(plainAtoms(label, style), style, width - 2 * PAD_X - (note ? noteWidth + 6 : 0), context, { leading: 0.1 });
  const textHeight = textRows.reduce((sum, row) => sum + row.height, 0);
  const height = Math.max(minHeight, textHeight + 3);
  let y = (height - textHeight) / 2;
  const items: Row['items'] = [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill }];
  for (const row of textRows) {
    for (const item of row.items) {
      items.push(item.kind === 'text' ? { ...item, x: item.x + PAD_X, y: item.y + y } : item);
    }
    y += row.height;
  }
  if (note && textRows[0]?.baseline !== undefined) {
    const noteRows = inlineRows(plainAtoms(note, noteStyle), noteStyle, noteWidth + 1, context);
    const baseline = (height - textHeight) / 2 + textRows[0].baseline;
    for (const item of noteRows[0]?.items ?? []) {
      if (item.kind === 'text') items.push({ ...item, x: width - PAD_X - noteWidth + item.x, y: baseline });
    }
  }
  return [{ height, items }];
}

/** The band opening a topic or section, with a note (such as its number of questions) on the right. */
export function sectionBand(title: string, note: string | undefined, width: number, context: LayoutContext): Row[] {
  return band(title, note, BAND, BAND_COUNT, COLOUR.bandFill, SPACE.bandHeight, width, context);
}

export function questionCount(count: number): string {
  return count === 1 ? '1 question' : `${count} questions`;
}

/**
 * The small band repeating a topic's name where it continues into a new
 * column; naming the question too when a long card is what continues.
 */
export function continuedBand(title: string, question: string | undefined, width: number, context: LayoutContext): Row[] {
  const label = question ? `${title} · ${question} (continued)` : `${title} (continued)`;
  return band(label, undefined, CONTINUED, CONTINUED, COLOUR.continuedFill, SPACE.continuedHeight, width, context);
}
