import type { Nodes } from 'mdast';

/** `![]()`: a picture of no address and no alt text, which shows nothing: in no form of an answer. */
export function isNoPicture(node: Nodes): boolean {
  return node.type === 'image' && node.url.trim() === '' && !node.alt?.trim();
}
