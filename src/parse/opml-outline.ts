/**
 * An OPML file, the outline Workflowy, Dynalist, Logseq and mind maps (MindNode, XMind) export:
 *
 *     <outline text="NLP interview">
 *       <outline text="What is teacher forcing?" _note="Feeding the ground-truth previous token …" />
 *
 * read as the Markdown outline it stands for: each `<outline>` a bullet of its `text`, nested as the file nests
 * them, its `_note` (Workflowy's and Dynalist's note under a bullet) a bullet under it, and the `<head>`'s `<title>`
 * the note's title. Every reading of a bulleted outline then applies (a section bullet names its questions' topic,
 * the bullets under a question answer it), at the lines of the file where each outline stands.
 */
import type { Element } from 'xast';
import { childElements, elementText, readXml } from './xml-file.js';

export interface OpmlNote {
  markdown: string;
  /** The file's line of each line of `markdown` (both 1-based). */
  lineOf(line: number): number;
  title?: string;
}

/** An OPML file opens with its `<opml>` element, after the XML declaration and comments. */
const OPML_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<opml\b/;

export function isOpml(text: string): boolean {
  return OPML_START.test(text);
}

/** The outline as Markdown, or why the file could not be read as XML. */
export function opmlToMarkdown(text: string): OpmlNote | { broken: { line: number; column: number; reason: string } } {
  const read = readXml(text);
  if ('broken' in read) return read;
  const [opml] = childElements(read.root, 'opml');
  const [head] = opml ? childElements(opml, 'head') : [];
  const [body] = opml ? childElements(opml, 'body') : [];
  const [titleElement] = head ? childElements(head, 'title') : [];
  const title = titleElement ? elementText(titleElement).trim() : '';
  const lines: string[] = [];
  const fileLines: number[] = [];
  const write = (line: string, at: number) => {
    lines.push(line);
    fileLines.push(at);
  };
  const outline = (element: Element, depth: number) => {
    const indent = '  '.repeat(depth);
    const at = element.position?.start.line ?? 1;
    const said = oneLine(element.attributes.text ?? '');
    const note = (element.attributes._note ?? '').trim();
    const children = childElements(element, 'outline');
    if (said !== '') write(`${indent}- ${said}`, at);
    const under = said === '' ? depth : depth + 1;
    if (note !== '') note.split(/\r?\n/).forEach((line, k) => write(`${'  '.repeat(under)}${k === 0 ? '- ' : '  '}${line}`, at));
    for (const child of children) outline(child, under);
  };
  for (const element of body ? childElements(body, 'outline') : []) outline(element, 0);
  return { markdown: lines.join('\n'), lineOf: (line) => fileLines[line - 1] ?? fileLines.at(-1) ?? 1, ...(title ? { title } : {}) };
}

/** A bullet's text on one line: an outliner's item holds no line break, and one in its attribute would end the bullet. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
