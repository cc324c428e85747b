/**
 * A rehype plugin, run after the sanitiser: the text MathJax would typeset (a math span's
 * `\(...\)`, or delimiters written as text) loses the commands that make a formula act
 * (inert-tex.ts). Code is not typeset, so it stays as written.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { inertTexInText } from './inert-tex.js';

export const rehypeInertTex: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, (node) => {
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
    if (node.type === 'text') node.value = inertTexInText(node.value);
    return undefined;
  });
};
