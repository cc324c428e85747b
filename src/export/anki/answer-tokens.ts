/**
 * The fast path for an answer already in the safe subset of HTML (safe-html-tokens.ts): the same
 * transforms as answer-tree.ts (code, images), applied to the tokens, so the HTML is copied
 * rather than parsed and rebuilt. Returns undefined where it cannot do exactly what the tree path
 * would (code blocks with markup inside, unusual character references in code); the caller then
 * takes the tree path.
 */
import { PLACEHOLDER_CLASS, placeholderText } from './answer-images.js';
import type { MissingImage, ResolveImage } from './answer-images.js';
import { highlightSource, knowsLanguage } from '../syntax-highlight.js';
import { languageOfClass } from './code-highlight.js';
import { serialiseHtml } from './html-sanitise.js';
import { VOID_ELEMENTS } from './safe-html-tokens.js';
import type { HtmlToken } from './safe-html-tokens.js';

type OpenToken = Extract<HtmlToken, { type: 'open' }>;

export function answerFromTokens(
  tokens: readonly HtmlToken[],
  resolveImage: ResolveImage,
): { html: string; missingImages: MissingImage[] } | undefined {
  const missingImages: MissingImage[] = [];
  const names: string[] = [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'text') {
      out += token.raw;
    } else if (token.type === 'close') {
      names.pop();
      out += token.raw;
    } else if (token.name === 'img') {
      out += imageHtml(token, resolveImage, missingImages);
    } else if (token.name === 'code' && names[names.length - 1] === 'pre' && isHighlightable(token)) {
      const block = highlightedBlock(tokens, i);
      if (!block) return undefined;
      out += block.html;
      i = block.closeIndex;
    } else {
      out += token.raw;
      if (!VOID_ELEMENTS.has(token.name)) names.push(token.name);
    }
  }
  return { html: out, missingImages };
}

function isHighlightable(code: OpenToken): boolean {
  const className = code.attributes.get('class');
  const language = typeof className === 'string' ? languageOfClass(className) : undefined;
  return language !== undefined && knowsLanguage(language);
}

/**
 * Highlighted blocks by class and raw text. Notes repeat snippets (the same softmax in three
 * files); the cap keeps a long-lived process from growing it without end.
 */
const highlightedBlocks = new Map<string, string>();

/** `<code class="language-x">text</code>` highlighted; undefined when the code holds markup. */
function highlightedBlock(tokens: readonly HtmlToken[], codeIndex: number): { html: string; closeIndex: number } | undefined {
  const code = tokens[codeIndex] as OpenToken;
  const className = code.attributes.get('class') as string;
  let raw = '';
  let i = codeIndex + 1;
  while (tokens[i]?.type === 'text') raw += tokens[i++]!.raw;
  const close = tokens[i];
  if (close?.type !== 'close' || close.name !== 'code') return undefined;
  const key = `${className}\u0000${raw}`;
  let html = highlightedBlocks.get(key);
  if (html === undefined) {
    const source = decodeText(raw);
    if (source === undefined) return undefined;
    const tree = highlightSource(languageOfClass(className)!, source)!;
    html = `<code class="${className} hljs">${serialiseHtml(tree)}</code>`;
    if (highlightedBlocks.size >= 2_000) highlightedBlocks.clear();
    highlightedBlocks.set(key, html);
  }
  return { html, closeIndex: i };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML text to characters, for the references serialisers write; undefined for any other. */
function decodeText(raw: string): string | undefined {
  let failed = false;
  const decoded = raw.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);?|&/g, (match, body: string | undefined) => {
    if (body === undefined || !match.endsWith(';')) {
      failed = true;
      return match;
    }
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const n = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) failed = true;
      return failed ? match : String.fromCodePoint(n);
    }
    const character = NAMED[body];
    if (character === undefined) failed = true;
    return character ?? match;
  });
  return failed ? undefined : decoded;
}

function imageHtml(img: OpenToken, resolveImage: ResolveImage, missingImages: MissingImage[]): string {
  const src = img.attributes.get('src');
  const alt = img.attributes.get('alt');
  const altText = typeof alt === 'string' ? alt : '';
  if (typeof src !== 'string' || src === '') return placeholderHtml(altText, '');
  const outcome = resolveImage(src);
  if (outcome.kind === 'remote') return withoutSelfClosing(img.raw);
  if (outcome.kind === 'missing') {
    missingImages.push({ src, problem: outcome.problem });
    return placeholderHtml(altText, src);
  }
  let html = '<img';
  for (const [name, value] of img.attributes) {
    const written = name === 'src' ? outcome.name : value;
    html += written === true ? ` ${name}` : ` ${name}="${written}"`;
  }
  return `${html}>`;
}

function withoutSelfClosing(raw: string): string {
  return raw.replace(/\s*\/>$/, '>');
}

/** Attribute values and their text are already escaped HTML (no `<`, `>` or `"`), so they go in as they are. */
function placeholderHtml(alt: string, src: string): string {
  return `<span class="${PLACEHOLDER_CLASS}">${placeholderText(alt, src)}</span>`;
}
