/**
 * A rehype plugin, run after the sanitiser: the text MathJax would typeset (a math span's
 * `\(...\)`, or delimiters written as text) loses the commands that make a formula act
 * (inert-tex.ts). MathJax reads the text of an element up to its next child element as one string,
 * across line breaks (`<br>`) and `<wbr>`: so is it read here, the text nodes on either side of
 * them together. Code is not typeset, so it stays as written.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Plugin } from 'unified';
import { inertRunNodes, mayHoldActiveTex, type RunNodes } from './inert-tex.js';

export const rehypeInertTex: Plugin<[], Root> = () => inertTree;

/** A plain walk: this runs on every answer, and most hold a handful of elements. */
export function inertTree(parent: Root | Element): void {
  inertRuns(parent);
  for (const child of parent.children) {
    if (child.type === 'element' && child.tagName !== 'code' && child.tagName !== 'pre') inertTree(child);
  }
}

type Child = RootContent | ElementContent;

const joinsText = (node: Child): node is Text | Element => node.type === 'text' || (node.type === 'element' && (node.tagName === 'br' || node.tagName === 'wbr'));

function inertRuns(parent: Root | Element): void {
  const children = parent.children as Child[];
  // Nearly every element holds no backslash, so no command: nothing to gather. Else the text is
  // joined, since a command's name may be split over two text nodes, which a browser shows as one.
  if (!children.some((child) => child.type === 'text' && child.value.includes('\\'))) return;
  if (!mayHoldActiveTex(children.map((child) => (child.type === 'text' ? child.value : '')).join(''))) return;
  const out: Child[] = [];
  let run: Array<Text | Element> = [];
  const flush = () => {
    out.push(...(inertRunNodes<Text | Element>(run, HAST_RUN) ?? run));
    run = [];
  };
  for (const child of children) {
    if (joinsText(child)) run.push(child);
    else {
      flush();
      out.push(child);
    }
  }
  flush();
  parent.children = out as never;
}

const HAST_RUN: RunNodes<Text | Element> = {
  read: (node) => (node.type === 'text' ? node.value : node.tagName === 'br' ? 'break' : undefined),
  text: (value) => ({ type: 'text', value }),
  lineBreak: () => ({ type: 'element', tagName: 'br', properties: {}, children: [] }),
};
