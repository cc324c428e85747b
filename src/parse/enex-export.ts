/**
 * An Evernote export (`.enex`): notes in XML, each with its `<title>` and its `<content>`, the note's body as ENML
 * (Evernote's XHTML, `<en-note><div><b>Q1. …?</b></div><div>…</div>`) in a CDATA section. Read as the Markdown the
 * notes stand for: each note's title a heading over its body, the body read as the web page it is (html-page.ts), at
 * the lines of the file it stands on. The export's dates, tags and attributes are Evernote's records, not the notes'.
 */
import type { Element } from 'xast';
import { readHtmlPage } from './html-page.js';
import { childElements, elementText, readXml } from './xml-file.js';

export interface EnexExport {
  markdown: string;
  /** The file's line of each line of `markdown` (both 1-based). */
  lineOf(line: number): number;
  /** The note's title, when the file holds one note (an export of several has none of its own). */
  title?: string;
  notes: number;
}

/** An Evernote export opens with its `<en-export>` element, after the XML declaration and doctype. */
const ENEX_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<en-export\b/i;

export function isEnexExport(text: string): boolean {
  return ENEX_START.test(text);
}

export function enexToMarkdown(text: string): EnexExport | { broken: { line: number; column: number; reason: string } } {
  const read = readXml(text);
  if ('broken' in read) return read;
  const [root] = childElements(read.root, 'en-export');
  const notes = root ? childElements(root, 'note') : [];
  const lines: string[] = [];
  const fileLines: number[] = [];
  const write = (line: string, at: number) => {
    lines.push(line);
    fileLines.push(at);
  };
  let firstTitle: string | undefined;
  for (const note of notes) {
    const [titleElement] = childElements(note, 'title');
    const title = titleElement ? elementText(titleElement).trim() : '';
    firstTitle ??= title || undefined;
    if (title !== '') {
      const at = titleElement!.position?.start.line ?? 1;
      if (lines.length > 0) write('', at);
      write(`# ${title}`, at);
      write('', at);
    }
    const body = noteBody(note);
    if (!body) continue;
    const page = readHtmlPage(body.html);
    page.markdown.split('\n').forEach((line, k) => write(line, body.line + page.lineOf(k + 1) - 1));
  }
  return { markdown: lines.join('\n'), lineOf: (line) => fileLines[line - 1] ?? fileLines.at(-1) ?? 1, ...(firstTitle && notes.length === 1 ? { title: firstTitle } : {}), notes: notes.length };
}

/** A note's ENML and the file's line its first line is on (the line of its CDATA section). */
function noteBody(note: Element): { html: string; line: number } | undefined {
  const [content] = childElements(note, 'content');
  if (!content) return undefined;
  const section = content.children.find((child) => child.type === 'cdata' || (child.type === 'text' && child.value.trim() !== ''));
  if (!section || (section.type !== 'cdata' && section.type !== 'text')) return undefined;
  return { html: section.value, line: section.position?.start.line ?? content.position?.start.line ?? 1 };
}
