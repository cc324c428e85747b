/**
 * The look of the cheat sheet in one place: sizes, spacing and colours.
 *
 * Every colour here is decoration only. Meaning is always carried by weight,
 * shape or words as well (bold questions, framed cards, underlined links,
 * labelled bands), so the sheet reads the same printed in black and white;
 * the fills are light enough, and the inks dark enough, to survive greyscale.
 */

export const TYPE = {
  /** Answer text. */
  body: 7.6,
  /** The question line of a card. */
  question: 8,
  /** A translation printed under the question. */
  translation: 7.3,
  /** Code blocks (inline code uses the body size). */
  code: 6.9,
  /** The smallest a table's text is set, to keep its longest words whole in a narrow column (table-layout.ts). */
  tableLeast: 6,
  /** Topic header bands. */
  band: 8.8,
  /** The small "(continued)" band at the top of a column. */
  continued: 7,
  title: 17,
  subtitle: 7.8,
  contents: 7.6,
  footer: 6.8,
  /** Extra space between lines, as a fraction of the font size. */
  leading: 0.14,
} as const;

export const SPACE = {
  /** Between the page columns. */
  columnGap: 12,
  /** Between two cards in a column. */
  cardGap: 4.5,
  /** Inside a card, left/right and top/bottom. */
  cardPadX: 4,
  cardPadY: 2.6,
  /** Between the question block and the answer. */
  questionGap: 2.2,
  /** Between blocks (paragraphs, lists, code) in an answer. */
  blockGap: 2.4,
  /** Indentation per list level. */
  listIndent: 9,
  /** Between a list item's bullet and its text. */
  bulletGap: 3.4,
  /** Inside code blocks. */
  codePadX: 3,
  codePadY: 2,
  /** Height of a topic band, and the gap under it. */
  bandHeight: 14,
  bandGap: 3.5,
  continuedHeight: 10,
  /** Space kept clear above the page bottom for the footer. */
  footerHeight: 14,
} as const;

export const COLOUR = {
  ink: '#1a1a1a',
  muted: '#4d4d4d',
  faint: '#6b6b6b',
  rule: '#9aa3ad',
  cardBorder: '#8f99a4',
  questionFill: '#e9eef4',
  bandFill: '#1f3f63',
  bandText: '#ffffff',
  continuedFill: '#dfe5ec',
  continuedText: '#1f3f63',
  codeFill: '#f2f3f5',
  codeRule: '#b9bec5',
  inlineCodeFill: '#eceef1',
  link: '#0b4fb3',
  quoteRule: '#9aa3ad',
  tableRule: '#9aa3ad',
  tableHeadFill: '#eef0f3',
  missingGlyph: '#8a1c1c',
} as const;

/**
 * Syntax colours, keyed by a small set of tones that highlight.js classes map
 * onto (see code-highlight.ts). Dark inks on a light fill: each stays clearly
 * darker than the fill in greyscale, and comments are also set oblique and
 * keywords bold, so the structure survives without colour.
 */
export const CODE_TONE = {
  plain: { color: '#1a1a1a', bold: false, oblique: false },
  keyword: { color: '#6f1d8f', bold: true, oblique: false },
  string: { color: '#1d6b24', bold: false, oblique: false },
  number: { color: '#9a3d00', bold: false, oblique: false },
  comment: { color: '#5f6670', bold: false, oblique: true },
  title: { color: '#1c4f9c', bold: false, oblique: false },
  builtIn: { color: '#00616f', bold: false, oblique: false },
  meta: { color: '#5f6670', bold: false, oblique: false },
} as const;

export type CodeTone = keyof typeof CODE_TONE;
