/**
 * The note a file gets when its answer holds HTML, a URL or a TeX command that the outputs leave
 * out (inert-markdown.ts): an iframe that vanished from a card should not leave the user guessing
 * why.
 */
import type { Definition, Html, Image, Link, Text } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { VFile } from 'vfile';
import type { OnLeftOut } from './inert-markdown.js';
import { excerpt } from '../report/excerpt.js';

/**
 * What one question loses, each thing told once: an answer that only names an option (`Answer: a`)
 * is made of that option (extract/choices.ts), and what its HTML lost is one loss, not two.
 */
export function leftOutReporter(file: VFile, prompt: string, part: 'answer' | 'context' = 'answer'): OnLeftOut {
  const told = new Set<string>();
  return (node) => {
    // The option and the answer made of it hold copies of one node: the same place and text.
    const key = `${node.position?.start.offset ?? ''}:${node.type}:${'value' in node ? node.value : node.url}`;
    if (told.has(key)) return;
    told.add(key);
    reportLeftOut(file, prompt, part, node);
  };
}

function reportLeftOut(file: VFile, prompt: string, part: 'answer' | 'context', node: Html | Link | Image | Definition | InlineMath | Math | Text): void {
  const question = excerpt(prompt);
  // What of the question lost it: its answer (and options), or what it shows.
  const where = part === 'context' ? `what "${question}" shows` : `the answer to "${question}"`;
  const message =
    node.type === 'html'
      ? `Left out of ${where} what the outputs do not keep of this HTML (scripts, styles, frames, event handlers, other tags and attributes): "${excerpt(node.value)}"`
      : node.type === 'link' || node.type === 'image' || node.type === 'definition'
        ? `Left out the ${node.type === 'image' ? 'image' : 'link'} to "${excerpt(node.url)}" in ${where}: only http(s), mailto and relative URLs are kept`
        : `Left out of ${node.type === 'text' ? 'the math written as text' : 'a formula'} in ${where} the MathJax commands that would make it a link, a style or an id, or load an extension (\\href, \\style, \\class, \\cssId, \\data, \\mmlToken, \\bbox, \\require), keeping what they show: "${excerpt(node.value)}"`;
  file.info(message, { ...(node.position ? { place: node.position.start } : {}), ruleId: 'html-left-out', source: 'qbank' });
}
