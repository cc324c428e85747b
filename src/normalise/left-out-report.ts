/**
 * The note a file gets when its answer holds HTML or a URL that the outputs
 * leave out (inert-markdown.ts): an iframe that vanished from a card should
 * not leave the user guessing why.
 */
import type { Definition, Html, Image, Link } from 'mdast';
import type { VFile } from 'vfile';
import { excerpt } from '../report/excerpt.js';

export function reportLeftOut(file: VFile, prompt: string, node: Html | Link | Image | Definition): void {
  const question = excerpt(prompt);
  const message =
    node.type === 'html'
      ? `Left out of the answer to "${question}" what the outputs do not keep of this HTML (scripts, styles, frames, event handlers, other tags and attributes): "${excerpt(node.value)}"`
      : `Left out the ${node.type === 'image' ? 'image' : 'link'} to "${excerpt(node.url)}" in the answer to "${question}": only http(s), mailto and relative URLs are kept`;
  file.info(message, { ...(node.position ? { place: node.position.start } : {}), ruleId: 'html-left-out', source: 'qbank' });
}
