/**
 * HTML elements whose content a browser never shows as text: it runs a `<script>`, applies a `<style>`, keeps a
 * `<template>` for later, and shows an `<iframe>`'s or a `<noscript>`'s only in cases a note's reader is not in.
 * A question's wording leaves such an element out with all it holds (wording/prompt-text.ts), as the answers'
 * sanitiser does (normalise/answer-html.ts, which also drops form controls, whose labels a browser does show):
 * `<script>alert(1)</script> Security` is the topic "Security". A wording leaves out a ruby's annotations the same way.
 */
const HIDDEN_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'iframe', 'noscript']);
/**
 * A ruby's annotations: the reading a browser prints over the words (`<rt>`) and the parentheses it shows around
 * the reading where it cannot (`<rp>`). They are shown, but they are no part of what is asked:
 * `<ruby>過学習<rt>かがくしゅう</rt></ruby>とは？` asks what 過学習 is, as the same question typed without the
 * reading does. HTML lets the enclosing `</ruby>` end them too.
 */
const RUBY_ANNOTATION: ReadonlySet<string> = new Set(['rt', 'rp']);
const START_TAG = /^<([A-Za-z][\w-]*)\b[^>]*>$/;

/** The end tag that closes what `tag` (one inline tag, as Markdown splits raw HTML in a line) opens, when it opens such an element. */
export function hiddenElementEnd(tag: string): RegExp | undefined {
  const trimmed = tag.trim();
  const name = START_TAG.exec(trimmed)?.[1]?.toLowerCase();
  if (name === undefined || !HIDDEN_CONTENT.has(name) || trimmed.endsWith('/>')) return undefined;
  return new RegExp(`^</${name}\\s*>$`, 'i');
}

/** The end tag that closes what `tag` opens when it opens a ruby's annotation (`<rt>`, `<rp>`): its own, or the ruby's. */
export function rubyAnnotationEnd(tag: string): RegExp | undefined {
  const name = START_TAG.exec(tag.trim())?.[1]?.toLowerCase();
  if (name === undefined || !RUBY_ANNOTATION.has(name)) return undefined;
  return new RegExp(`^</(?:${name}|ruby)\\s*>$`, 'i');
}
