/**
 * A table used to lay a page out rather than to hold data, as HTML email newsletters are built
 * (`<table role="presentation">` around the whole issue, a cell for its header, its body, its footer): its cells'
 * content, in reading order, each cell a block of its own, not a GFM table whose one cell runs every heading,
 * paragraph and list of the issue into a line. A table is one when it says so (`role="presentation"` or `"none"`),
 * when a cell holds what no table's cell can hold as a table (a heading, another table), or, with no header cell
 * (`<th>`), when a cell holds paragraphs or lists. A data table, a header row over rows of text, stays a table.
 */
import type { Element, ElementContent } from 'hast';

/** What a cell holds when the table lays the page out: a cell of data holds none of it. */
const LAYOUT_CONTENT = /^(?:h[1-6]|table)$/;
/** What a cell of a table without a header row holds when the table lays the page out. */
const BLOCK_CONTENT = /^(?:p|ul|ol|dl|blockquote|pre|h[1-6]|table)$/;

/** `element`, each layout table in it, nested ones too, replaced by its cells' content. */
export function unwrapLayoutTables(element: Element): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    unwrapLayoutTables(child);
    if (child.tagName !== 'table' || !isLayoutTable(child)) return [child];
    // Each cell a `<div>`, so that a cell of text alone (`View in browser`) is a paragraph, not run into the next cell's.
    return cellsOf(child).map((cell): Element => ({ type: 'element', tagName: 'div', properties: {}, children: cell.children, ...(cell.position ? { position: cell.position } : {}) }));
  });
}

/** Whether a table says it lays the page out (`role="presentation"` or `"none"`), as an email's tables do. */
export function hasLayoutRole(table: Element): boolean {
  const role = table.properties.role;
  return role === 'presentation' || role === 'none';
}

function isLayoutTable(table: Element): boolean {
  if (hasLayoutRole(table)) return true;
  const cells = cellsOf(table);
  // Unwrapped already, the tables inside it are `<div>`s: what they held is looked for inside them.
  if (cells.some((cell) => holds(cell, LAYOUT_CONTENT))) return true;
  return !cells.some((cell) => cell.tagName === 'th') && !rowsOf(table).some((row) => row.tagName === 'thead') && cells.some((cell) => holds(cell, BLOCK_CONTENT));
}

/** The table's rows, and its row groups (`thead`, `tbody`, `tfoot`), not those of a table inside it. */
function rowsOf(table: Element): Element[] {
  return table.children.flatMap((child): Element[] => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    return /^(?:thead|tbody|tfoot)$/.test(child.tagName) ? [child, ...rowsOf(child)] : [];
  });
}

function cellsOf(table: Element): Element[] {
  return rowsOf(table)
    .filter((row) => row.tagName === 'tr')
    .flatMap((row) => row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')));
}

/** Whether an element whose tag `tags` names is in `element`, under a `<div>` or a `<center>` (email's wrappers) or not. */
function holds(element: Element, tags: RegExp): boolean {
  return element.children.some((child) => child.type === 'element' && (tags.test(child.tagName) || (/^(?:div|center|span)$/.test(child.tagName) && holds(child, tags))));
}
