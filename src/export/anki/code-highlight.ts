/**
 * Syntax highlighting at export time: Anki has no highlighter, so `<pre><code class="language-x">`
 * blocks get highlight.js token spans (via lowlight) whose colours card-style.ts defines for light
 * and night mode. Runs after sanitising, so the `hljs-*` classes it adds survive.
 * Languages lowlight does not know (mermaid, plain text) stay as they are.
 */
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { highlightSource } from '../syntax-highlight.js';

/** The `language-x` of a code element, if any. */
function languageOf(code: Element): string | undefined {
  const classes = code.properties['className'];
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length);
  }
  return undefined;
}

/** The language named by a `language-x` class value. */
export function languageOfClass(className: string): string | undefined {
  const match = /(?:^|\s)language-(\S+)/.exec(className);
  return match?.[1];
}

/** Highlight one `code` element inside a `pre`, in place. Returns true when it was highlighted. */
export function highlightCodeElement(code: Element): boolean {
  const language = languageOf(code);
  const highlighted = language === undefined ? undefined : highlightSource(language, toText(code, { whitespace: 'pre' }));
  if (!highlighted) return false;
  code.children = highlighted.children as ElementContent[];
  const classes = code.properties['className'];
  code.properties['className'] = [...(Array.isArray(classes) ? classes : []), 'hljs'];
  return true;
}
