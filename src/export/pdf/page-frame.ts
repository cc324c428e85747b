/**
 * Page geometry: paper sizes (landscape), margins, columns and the footer
 * band, as the column frame placement works in.
 */
import type { ColumnFrame } from './placement.js';
import { SPACE } from './theme.js';

export type Paper = 'A4' | 'Letter';

/** Landscape page sizes in points. */
export const PAPER_SIZE: Record<Paper, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  Letter: { width: 792, height: 612 },
};

export const MARGIN = { top: 24, side: 24, bottom: 10 } as const;

export interface PageFrame extends ColumnFrame {
  pageWidth: number;
  pageHeight: number;
  contentWidth: number;
  /** Baseline of the footer line. */
  footerBaseline: number;
}

export function pageFrame(paper: Paper, columns: number, titleHeight: number): PageFrame {
  const { width, height } = PAPER_SIZE[paper];
  const contentWidth = width - 2 * MARGIN.side;
  const columnWidth = (contentWidth - (columns - 1) * SPACE.columnGap) / columns;
  const bottom = height - MARGIN.bottom - SPACE.footerHeight;
  return {
    columns,
    columnWidth,
    columnGap: SPACE.columnGap,
    left: MARGIN.side,
    top: MARGIN.top,
    firstTop: MARGIN.top + titleHeight,
    bottom,
    pageWidth: width,
    pageHeight: height,
    contentWidth,
    footerBaseline: height - MARGIN.bottom - 2,
  };
}
