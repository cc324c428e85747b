/**
 * Syntax highlighting at export time: Anki has no highlighter, so `<pre><code class="language-x">`
 * blocks get highlight.js token spans (via lowlight) whose colours card-style.ts defines for light
 * and night mode. Runs after sanitising, so the `hljs-*` classes it adds survive.
 * Languages lowlight does not know (mermaid, plain text) stay as they are.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { common, createLowlight } from 'lowlight';

const lowlight = createLowlight(common);

/** The `language-x` of a code element, if any. */
function languageOf(code: Element): string | undefined {
  const classes = code.properties['className'];
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length);
  }
  return undefined;
}

/** The token tree of `source` in `language`, or undefined when lowlight does not know the language. */
export function highlightSource(language: string, source: string): Root | undefined {
  return lowlight.registered(language) ? (lowlight.highlight(language, source) as Root) : undefined;
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
