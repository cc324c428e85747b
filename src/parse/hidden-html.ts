/**
 * HTML elements whose content is never text to read: a browser runs or hides what a `<script>` or a
 * `<style>` holds, and the answers' sanitiser drops such an element with all it holds
 * (normalise/answer-html.ts). A question's wording leaves it out so too (wording/prompt-text.ts):
 * `<script>alert(1)</script> Security` is the topic "Security".
 */
export const DROPPED_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'button'] as const;

/** Those that have content: an `<embed>` is a void element, which no end tag closes. */
const DROPPED: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT.filter((name) => name !== 'embed'));
const START_TAG = /^<([A-Za-z][\w-]*)\b[^>]*>$/;

/** The end tag that closes what `tag` (one inline tag, as Markdown splits raw HTML in a line) opens, when it opens such an element. */
export function droppedElementEnd(tag: string): RegExp | undefined {
  const trimmed = tag.trim();
  const name = START_TAG.exec(trimmed)?.[1]?.toLowerCase();
  if (name === undefined || !DROPPED.has(name) || trimmed.endsWith('/>')) return undefined;
  return new RegExp(`^</${name}\\s*>$`, 'i');
}
