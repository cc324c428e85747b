/**
 * The one highlighter both exporters colour code with: lowlight 3 with highlight.js's `common`
 * grammars (the Anki deck keeps its token spans as `hljs-*` classes, the PDF turns them into
 * tones). One instance, so the grammars are registered once per process, and both formats agree
 * on which languages are known.
 */
import type { Root } from 'hast';
import { common, createLowlight } from 'lowlight';

const lowlight = createLowlight(common);

/** Whether `language` (a name or alias) has a grammar; unknown languages stay plain. */
export function knowsLanguage(language: string): boolean {
  return lowlight.registered(language);
}

/** The token tree of `source` in `language`, or undefined when there is no grammar for it. */
export function highlightSource(language: string, source: string): Root | undefined {
  return lowlight.registered(language) ? (lowlight.highlight(language, source) as Root) : undefined;
}
