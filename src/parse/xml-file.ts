/**
 * The XML files notes are exported in (OPML outlines, Evernote's ENEX), parsed once by xast-util-from-xml, which
 * keeps each element's place in the file. A file that is not well-formed XML is no such export: its reader says
 * where it broke, and the file is read as the text it is.
 */
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';

export type XmlRead = { root: Root } | { broken: { line: number; column: number; reason: string } };

export function readXml(text: string): XmlRead {
  try {
    return { root: fromXml(text) };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return { broken: { line: place.line ?? 1, column: place.column ?? 1, reason: place.reason ?? place.message ?? String(error) } };
  }
}

/** The element's children that are elements named `name`. */
export function childElements(parent: Root | Element, name: string): Element[] {
  return (parent.children as ReadonlyArray<Root['children'][number]>).filter((child): child is Element => child.type === 'element' && child.name === name);
}

/** The text an element holds (its CDATA too), whole. */
export function elementText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : child.type === 'element' ? elementText(child) : '')).join('');
}
