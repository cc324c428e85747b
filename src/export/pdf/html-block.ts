/**
 * A raw HTML block as the sheet sets it: its parts in order (normalise/html-text.ts: text, pictures,
 * `<pre>`s), each `<table>` read as a grid (html-table.ts), its caption a line above it. A table
 * the sheet cannot set as a grid leaves the whole block printed as before, the table's rows as
 * lines of text, and `asText` says why: one holding another table in a cell (`nested`), or one
 * its block does not close (`unclosed`: a blank line inside a pasted table ends the HTML block
 * there, and Markdown follows before the rest of the table; cut only between HTML blocks, the
 * table was joined again, prepared-question.ts).
 */
import { htmlContent, type HtmlPart } from '../../normalise/html-text.js';
import { readHtmlTable, type HtmlTable } from './html-table.js';

export type SheetHtmlPart = Exclude<HtmlPart, { table: unknown }> | { table: HtmlTable };

export interface SheetHtml {
  parts: SheetHtmlPart[];
  asText?: 'nested' | 'unclosed';
}

const TABLE_OPENS = /<table\b/i;
const TABLE_CLOSES = /<\/table\s*>/i;

/** How many more `<table>`s the HTML opens than it closes. */
export function unclosedTables(html: string): number {
  return count(html, TABLE_OPENS) - count(html, TABLE_CLOSES);
}

export function sheetHtml(html: string): SheetHtml {
  if (!TABLE_OPENS.test(html)) return { parts: withoutTables(htmlContent(html)) };
  if (unclosedTables(html) > 0) return { parts: withoutTables(htmlContent(html)), asText: 'unclosed' };
  const parts: SheetHtmlPart[] = [];
  for (const part of htmlContent(html, { tables: true })) {
    if (!('table' in part)) {
      parts.push(part);
      continue;
    }
    const table = readHtmlTable(part.table);
    if (!table) return { parts: withoutTables(htmlContent(html)), asText: 'nested' };
    if (table.caption !== '') parts.push({ text: table.caption });
    parts.push({ table });
  }
  return { parts };
}

function count(html: string, tag: RegExp): number {
  return html.split(tag).length - 1;
}

/** The parts of a block read without setting its tables apart (there are none among them). */
function withoutTables(parts: HtmlPart[]): SheetHtmlPart[] {
  return parts.flatMap((part) => ('table' in part ? [] : [part]));
}
