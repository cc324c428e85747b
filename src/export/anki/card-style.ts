/**
 * The card's CSS: a clean, readable card in Anki's light and night modes, and colours for the
 * highlight.js classes that code-highlight.ts puts into code blocks at export time.
 *
 * Night mode: Anki desktop marks the card with `.nightMode` (older versions and AnkiDroid with
 * `.night_mode`), on the body or on the `.card` element itself, so each night rule covers all four.
 */
import { ABOUT_MARK } from '../../wording/marks.js';

/** `.card` selectors for night mode, optionally followed by a descendant selector. */
function night(descendant = ''): string {
  const roots = ['.nightMode.card', '.night_mode.card', '.nightMode .card', '.night_mode .card'];
  return roots.map((root) => (descendant ? `${root} ${descendant}` : root)).join(',\n');
}

/** Light and night colours of highlight.js token classes (GitHub's light and dark palettes). */
const TOKEN_COLOURS: ReadonlyArray<[selectors: string[], light: string, dark: string]> = [
  [['.hljs-keyword', '.hljs-doctag', '.hljs-meta .hljs-keyword', '.hljs-template-tag', '.hljs-type', '.hljs-variable.language_'], '#cf222e', '#ff7b72'],
  [['.hljs-title', '.hljs-title.class_', '.hljs-title.function_'], '#8250df', '#d2a8ff'],
  [['.hljs-attr', '.hljs-attribute', '.hljs-literal', '.hljs-meta', '.hljs-number', '.hljs-operator', '.hljs-variable', '.hljs-selector-attr', '.hljs-selector-class', '.hljs-selector-id'], '#0550ae', '#79c0ff'],
  [['.hljs-regexp', '.hljs-string', '.hljs-meta .hljs-string'], '#0a3069', '#a5d6ff'],
  [['.hljs-built_in', '.hljs-symbol'], '#953800', '#ffa657'],
  [['.hljs-comment', '.hljs-code', '.hljs-formula'], '#6e7781', '#8b949e'],
  [['.hljs-name', '.hljs-quote', '.hljs-selector-tag', '.hljs-selector-pseudo'], '#116329', '#7ee787'],
  [['.hljs-subst', '.hljs-params'], '#24292f', '#c9d1d9'],
  [['.hljs-section'], '#0550ae', '#1f6feb'],
  [['.hljs-bullet'], '#953800', '#f2cc60'],
  [['.hljs-addition'], '#116329', '#aff5b4'],
  [['.hljs-deletion'], '#82071e', '#ffdcd7'],
];

function tokenRules(): string {
  const rules: string[] = [];
  for (const [selectors, light] of TOKEN_COLOURS) {
    rules.push(`${selectors.map((s) => `.card ${s}`).join(', ')} { color: ${light}; }`);
  }
  for (const [selectors, , dark] of TOKEN_COLOURS) {
    rules.push(`${selectors.map((s) => night(s)).join(',\n')} { color: ${dark}; }`);
  }
  return rules.join('\n');
}

export const CARD_CSS = `.card {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", Pretendard, Roboto, Helvetica, Arial, sans-serif;
  font-size: 19px;
  line-height: 1.55;
  text-align: left;
  color: #1f2328;
  background-color: #ffffff;
  word-break: keep-all;
  overflow-wrap: anywhere;
}
.card .qbank { max-width: 44em; margin: 0 auto; padding: 0 0.5em; }
.card .topic { font-size: 0.75em; letter-spacing: 0.04em; text-transform: uppercase; color: #656d76; margin-bottom: 0.4em; }
.card .question { font-size: 1.15em; font-weight: 600; }
.card .question .about { font-size: 0.75em; font-weight: 500; color: #57606a; margin-bottom: 0.25em; }
.card .question .about::after { content: " ${ABOUT_MARK}"; }
.card .question .translation { font-size: 0.85em; font-weight: 500; color: #57606a; margin-top: 0.3em; }
.card .question .choices { font-size: 0.87em; font-weight: 400; margin-top: 0.6em; }
.card .question .choice { margin: 0.2em 0; }
.card .question .choices img { max-width: 100%; height: auto; }
.card .question .context { font-size: 0.87em; font-weight: 400; margin-top: 0.6em; }
.card .question .context p, .card .question .context pre, .card .question .context table { margin: 0.5em 0; }
.card .question .context img { max-width: 100%; height: auto; }
.card hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; }
.card .answer p, .card .answer ul, .card .answer ol, .card .answer pre, .card .answer table, .card .answer blockquote { margin: 0.6em 0; }
.card .answer li { margin: 0.2em 0; }
.card .answer img { max-width: 100%; height: auto; }
.card .answer table, .card .context table { border-collapse: collapse; }
.card .answer th, .card .answer td, .card .context th, .card .context td { border: 1px solid #d0d7de; padding: 0.25em 0.6em; }
.card .answer blockquote { border-left: 0.25em solid #d0d7de; padding-left: 0.8em; color: #57606a; }
.card .answer a { color: #0969da; }
.card code { font-family: "D2Coding", "JetBrains Mono", "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; background-color: #f6f8fa; border-radius: 4px; padding: 0.1em 0.3em; }
.card pre { background-color: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.75em 1em; overflow-x: auto; line-height: 1.45; }
.card pre code { background: none; padding: 0; font-size: 0.85em; white-space: pre; color: #1f2328; }
.card .math-display { overflow-x: auto; }
.card .no-answer { font-style: italic; color: #9a6700; }
.card .missing-image { font-style: italic; color: #9a6700; }
.card .sources { margin-top: 1.5em; font-size: 0.7em; color: #8c959f; font-family: "D2Coding", Menlo, Consolas, monospace; }
.card .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; }
${night()} { color: #e6edf3; background-color: #1e1e1e; }
${night('.topic')}, ${night('.question .about')}, ${night('.question .translation')}, ${night('.answer blockquote')} { color: #9da7b3; }
${night('hr#answer')}, ${night('.answer th')}, ${night('.answer td')}, ${night('.context th')}, ${night('.context td')} { border-color: #3d444d; }
${night('.answer blockquote')} { border-left-color: #3d444d; }
${night('.answer a')} { color: #4493f8; }
${night('code')}, ${night('pre')} { background-color: #161b22; border-color: #3d444d; }
${night('pre code')} { background: none; color: #e6edf3; }
${night('.no-answer')}, ${night('.missing-image')} { color: #d29922; }
${night('.sources')} { color: #6e7681; }
${tokenRules()}
`;
