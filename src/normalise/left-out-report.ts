/**
 * The note a file gets when its answer holds HTML or a URL that the outputs
 * leave out (inert-markdown.ts): an iframe that vanished from a card should
 * not leave the user guessing why.
 */
import type { Definition, Html, Image, Link } from 'mdast';
import type { VFile } from 'vfile';

const MOST = 60;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MOST ? `${flat.slice(0, MOST - 3)}...` : flat;
}

export function reportLeftOut(file: VFile, prompt: string, node: Html | Link | Image | Definition): void {
  const question = snippet(prompt);
  const message =
    node.type === 'html'
      ? `Left out of the answer to "${question}" what the outputs do not keep of this HTML (scripts, styles, frames, event handlers, other tags and attributes): "${snippet(node.value)}"`
      : `Left out the ${node.type === 'image' ? 'image' : 'link'} to "${snippet(node.url)}" in the answer to "${question}": only http(s), mailto and relative URLs are kept`;
  file.info(message, { ...(node.position ? { place: node.position.start } : {}), ruleId: 'html-left-out', source: 'qbank' });
}
