/**
 * Block layout: mdast block content (paragraphs, lists, code, display math,
 * quotes, tables, headings, rules) to rows at a given width.
 */
import type { BlockContent, DefinitionContent, List, ListItem, RootContent } from 'mdast';
import { codeBlockRows } from './code-block.js';
import { indentRows, mapRows, stackBlocks, type Row } from './display-list.js';
import { inlineAtoms, plainAtoms, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { mathBox, texSource } from './math-layout.js';
import { htmlRows, paragraphRows } from './paragraph.js';
import { tableRows } from './table-layout.js';
import { COLOUR, SPACE } from './theme.js';

type Block = RootContent | BlockContent | DefinitionContent;

const BULLETS = ['•', '◦', '▪'];
const TIGHT_ITEM_GAP = 0.9;
const QUOTE_INDENT = 6;
/** Indentation stops growing when less than this is left for the text (deeply nested lists). */
const MIN_TEXT_WIDTH = 90;

/** How far a footnote's text stands in from its label. */
const FOOTNOTE_INDENT = 14;

/** `wanted` indentation, or less when it would leave the content too narrow. */
function indentFor(wanted: number, width: number): number {
  return Math.max(0, Math.min(wanted, width - MIN_TEXT_WIDTH));
}

export function blockRows(nodes: readonly Block[], width: number, context: LayoutContext, base: InlineStyle, depth = 0): Row[] {
  return stackBlocks(
    nodes.map((node) => nodeRows(node, width, context, base, depth)),
    SPACE.blockGap,
  );
}

function nodeRows(node: Block, width: number, context: LayoutContext, base: InlineStyle, depth: number): Row[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphRows(node, width, context, base);
    case 'heading': {
      const style: InlineStyle = { ...base, weight: 'bold', size: node.depth <= 2 ? base.size + 0.6 : base.size };
      // A heading in an answer titles what follows it: never left alone at a column's foot.
      return inlineRows(inlineAtoms(node.children, style, COLOUR.link), style, width, context).map((row) => ({ ...row, keepWithNext: true }));
    }
    case 'list':
      return listRows(node, width, context, base, depth);
    case 'code':
      return codeBlockRows(node.value, node.lang, width, context);
    case 'math':
      return displayMathRows(node.value, node.data?.delimiter ?? '$$', width, context, base);
    case 'blockquote': {
      const indent = Math.max(3, indentFor(QUOTE_INDENT, width));
      return quoteRows(blockRows(node.children, width - indent, context, base, depth), indent);
    }
    case 'table':
      return tableRows(node, width, context, base);
    case 'thematicBreak':
      return [{ height: 5, items: [{ kind: 'line', x1: 0, y1: 2.5, x2: width, y2: 2.5, color: COLOUR.rule, width: 0.4 }] }];
    case 'html':
      return htmlRows(node.value, width, context, base);
    case 'footnoteDefinition':
      return footnoteRows(`[${node.label ?? node.identifier}]`, node.children, width, context, base, depth);
    default:
      return [];
  }
}

/**
 * A footnote's text under its label. A label as narrow as a number (`[1]`, `[12]`) stands in the indent
 * beside the text, as it always did; a wider one (`[kingma2014adam]`) on a line of its own over it, whole: cut to the
 * indent, it printed as `[kin`, and the note could not be matched to its mark.
 */
function footnoteRows(label: string, children: readonly Block[], width: number, context: LayoutContext, base: InlineStyle, depth: number): Row[] {
  const indent = indentFor(FOOTNOTE_INDENT, width);
  const content = blockRows(children, width - indent, context, base, depth);
  if (context.shaper.width(label, 'sans', base.size) <= indent) return markedRows(label, content, indent, context, base);
  return [...inlineRows(plainAtoms(label, { ...base, color: COLOUR.muted }), base, width, context), ...indentRows(content, indent)];
}

function listRows(list: List, width: number, context: LayoutContext, base: InlineStyle, depth: number): Row[] {
  const start = list.start ?? 1;
  const markers = list.children.map((item, index) => markerOf(list, item, start + index, depth));
  const markerWidth = Math.max(...markers.map((marker) => context.shaper.width(marker, 'sans', base.size)));
  const indent = indentFor(list.ordered ? markerWidth + SPACE.bulletGap : SPACE.listIndent, width);
  const gap = list.spread ? SPACE.blockGap : TIGHT_ITEM_GAP;
  const items = list.children.map((item, index) => {
    // In a tight list, a nested list sits as close to its item's text as the items sit to each other.
    const content = stackBlocks(
      item.children.map((child) => blockRows([child], width - indent, context, base, depth + 1)),
      gap,
    );
    return markedRows(markers[index]!, content, indent, context, base);
  });
  return stackBlocks(items, gap);
}

function markerOf(list: List, item: ListItem, number: number, depth: number): string {
  // Box glyphs, as wide as a bullet: "[x]" did not fit a bullet's indent and lost its "]".
  if (item.checked === true) return '☑';
  if (item.checked === false) return '☐';
  return list.ordered ? `${number}.` : BULLETS[depth % BULLETS.length]!;
}

/** Content indented by `indent` with a marker (bullet, number) on its first line. */
function markedRows(marker: string, content: Row[], indent: number, context: LayoutContext, base: InlineStyle): Row[] {
  const rows = indentRows(content, indent);
  if (rows.length === 0) rows.push({ height: base.size * 1.2, items: [], baseline: base.size });
  const first = rows[0]!;
  const baseline = first.baseline ?? context.shaper.fonts.ascent('sans', base.size);
  const markerRows = inlineRows(plainAtoms(marker, { ...base, color: COLOUR.muted }), base, indent, context);
  const markerItems = markerRows[0]?.items ?? [];
  const right = Math.max(...markerItems.map((item) => (item.kind === 'text' ? item.x + item.width : 0)), 0);
  const shiftX = indent - SPACE.bulletGap - right;
  const shiftY = baseline - (markerRows[0]?.baseline ?? baseline);
  rows[0] = {
    ...first,
    baseline,
    items: [
      ...first.items,
      ...markerItems.map((item) => (item.kind === 'text' ? { ...item, x: item.x + Math.max(0, shiftX), y: item.y + shiftY } : item)),
    ],
  };
  return rows;
}

function quoteRows(content: Row[], indent: number): Row[] {
  return mapRows(indentRows(content, indent), (row) => ({
    ...row,
    gap: false,
    items: [{ kind: 'rect', x: 0.5, y: 0, w: 1.5, h: row.height, fill: COLOUR.quoteRule }, ...row.items],
  }));
}

function displayMathRows(tex: string, delimiter: string, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  const box = mathBox(tex, true, base.size, width, context.math, context.shaper, context.reporter);
  if (!('kind' in box)) {
    context.reporter.badTex(tex, box.error);
    const style: InlineStyle = { ...base, code: true, weight: 'regular' };
    return inlineRows(plainAtoms(texSource(tex, delimiter, true), style), style, width, context);
  }
  const pad = 1.5;
  return [
    {
      height: box.ascent + box.descent + 2 * pad,
      baseline: pad + box.ascent,
      items: [{ kind: 'svg', x: (width - box.width) / 2, y: pad, w: box.width, h: box.ascent + box.descent, svg: box.svg }],
    },
  ];
}
