/**
 * Roam writes italics `__so__` (and bold `**so**`), where Markdown reads `__so__` as bold: in a Roam export, and in a
 * Markdown note its components tell for Roam's (`{{[[TODO]]}}`, `{{[[embed]]: …}}`, a nine-character block reference
 * `((a1B2c3D4e))`), such a run is read as the italics it is. Other notes keep Markdown's reading.
 */
import type { Emphasis, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A Roam component (`{{[[TODO]]}}`, `{{[[embed]]: …}}`) or block reference (a uid of nine characters, letters and digits). */
const ROAM_SIGN = /\{\{\[\[[\w-]+\]\]|\(\((?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{9}\)\)/;

/** Whether `text`, a Markdown note, is one Roam wrote. */
export function isRoamNote(text: string): boolean {
  return text.includes('{{[[') || text.includes('((') ? ROAM_SIGN.test(text) : false;
}

/** Reads each `__…__` run of `tree`, parsed from `text`, as italics. */
export function readRoamItalics(tree: Root, text: string): void {
  if (!text.includes('__')) return;
  visit(tree, 'strong', (node) => {
    const start = node.position?.start.offset;
    if (start === undefined || !text.startsWith('__', start)) return;
    (node as unknown as Emphasis).type = 'emphasis';
  });
}
