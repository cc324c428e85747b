/**
 * HTML elements whose content a browser never shows as text: it runs a `<script>`, applies a `<style>`, keeps a
 * `<template>` for later, and shows an `<iframe>`'s or a `<noscript>`'s only in cases a note's reader is not in.
 * A question's wording leaves such an element out with all it holds (wording/prompt-text.ts), as the answers'
 * sanitiser does (normalise/answer-html.ts, which also drops form controls, whose labels a browser does show):
 * `<script>alert(1)</script> Security` is the topic "Security".
 */
const HIDDEN_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'iframe', 'noscript']);
const START_TAG = /^<([A-Za-z][\w-]*)\b[^>]*>$/;

/** The end tag that closes what `tag` (one inline tag, as Markdown splits raw HTML in a line) opens, when it opens such an element. */
export function hiddenElementEnd(tag: string): RegExp | undefined {
  const trimmed = tag.trim();
  const name = START_TAG.exec(trimmed)?.[1]?.toLowerCase();
  if (name === undefined || !HIDDEN_CONTENT.has(name) || trimmed.endsWith('/>')) return undefined;
  return new RegExp(`^</${name}\\s*>$`, 'i');
}
