/**
 * Syntax colouring with lowlight 3 (highlight.js grammars): code to lines of
 * tokens, each with one of a few tones (see CODE_TONE in theme.ts). Unknown
 * or missing languages are left plain rather than guessed.
 */
import type { Element, ElementContent } from 'hast';
import { highlightSource } from '../syntax-highlight.js';
import type { CodeTone } from './theme.js';

export interface CodeToken {
  text: string;
  tone: CodeTone;
}

/** highlight.js classes (without the `hljs-` prefix) to tones; unlisted classes inherit. */
const TONE_OF_CLASS: Record<string, CodeTone> = {
  keyword: 'keyword',
  literal: 'keyword',
  section: 'keyword',
  name: 'keyword',
  'selector-tag': 'keyword',
  built_in: 'builtIn',
  type: 'builtIn',
  string: 'string',
  regexp: 'string',
  char: 'string',
  number: 'number',
  comment: 'comment',
  quote: 'comment',
  doctag: 'comment',
  title: 'title',
  attr: 'title',
  attribute: 'title',
  'selector-class': 'title',
  'selector-id': 'title',
  meta: 'meta',
  params: 'plain',
  subst: 'plain',
};

const TAB_WIDTH = 4;

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) {
    if (char === '\t') out += ' '.repeat(TAB_WIDTH - (out.length % TAB_WIDTH));
    else out += char;
  }
  return out;
}

function toneOf(element: Element, inherited: CodeTone): CodeTone {
  const classes = element.properties?.className;
  if (!Array.isArray(classes)) return inherited;
  for (const name of classes) {
    const tone = TONE_OF_CLASS[String(name).replace(/^hljs-/, '')];
    if (tone) return tone;
  }
  return inherited;
}

function flatten(nodes: readonly ElementContent[], tone: CodeTone, out: CodeToken[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push({ text: node.value, tone });
    else if (node.type === 'element') flatten(node.children, toneOf(node, tone), out);
  }
}

/** Split tokens at newlines into lines, merging neighbours of the same tone. */
function toLines(tokens: readonly CodeToken[]): CodeToken[][] {
  const lines: CodeToken[][] = [[]];
  for (const token of tokens) {
    token.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece.length === 0) return;
      const line = lines[lines.length - 1]!;
      const last = line[line.length - 1];
      if (last && last.tone === token.tone) last.text += piece;
      else line.push({ text: piece, tone: token.tone });
    });
  }
  return lines.map((line) => {
    // Tabs expand per line, across token boundaries.
    let column = '';
    return line.map((token) => {
      const expanded = expandTabs(column + token.text).slice(column.length);
      column += expanded;
      return { ...token, text: expanded };
    });
  });
}

export function highlightCode(code: string, language: string | null | undefined): CodeToken[][] {
  const text = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const lang = language?.trim().toLowerCase().split(/[\s{]/)[0];
  const tree = lang ? highlightSource(lang, text) : undefined;
  let tokens: CodeToken[];
  if (tree) {
    tokens = [];
    flatten(tree.children as ElementContent[], 'plain', tokens);
  } else {
    tokens = [{ text, tone: 'plain' }];
  }
  return toLines(tokens);
}
