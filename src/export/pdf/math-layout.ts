/**
 * A formula as a layout box: typeset math scaled to the text size, with any
 * `\text{...}` that MathJax leaves as SVG `<text>` bound to one of our
 * embedded fonts. A formula MathJax rejects becomes its source text in
 * monospace, and a diagnostic.
 */
import { FONT_KEYS, type FontKey } from './fonts.js';
import type { InlineStyle } from './inline-runs.js';
import type { LayoutAtom } from './line-breaking.js';
import type { MathCache } from './math.js';
import type { TextShaper } from './text-shaper.js';
import { dropIgnorable } from './glyph-fallback.js';
import { svgTextFont } from './math-text-metrics.js';

/** Math glyphs run small next to Pretendard's large x-height; this evens them out. */
export const MATH_SCALE = 1.12;

export interface MathBox {
  kind: 'box';
  width: number;
  ascent: number;
  descent: number;
  svg: string;
}

export interface MathReporter {
  badTex(tex: string, error: string): void;
  /** A formula scaled down to fit its column below a legible size: `percent` of the size it was set at. */
  tooWide(tex: string, percent: number): void;
}

/** Scaled to fit its column below this share of its size, a formula is hard to read on paper: reported. */
const LEGIBLE_SHARE = 0.6;

const TEXT_ELEMENT = /<text([^>]*)>([^<]*)<\/text>/g;
const FONT_FAMILY = /\sfont-family="[^"]*"/;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? whole;
  });
}

/**
 * Point each SVG `<text>` at the embedded font that covers its characters
 * (svg-to-pdfkit draws one font per text element). Characters no font has
 * are reported through the shaper like any other text.
 */
export function bindSvgTextFonts(svg: string, shaper: TextShaper): string {
  if (!svg.includes('<text')) return svg;
  return svg.replace(TEXT_ELEMENT, (_whole, attributes: string, content: string) => {
    const text = dropIgnorable(decodeEntities(content));
    const hasGlyph = (font: FontKey, codePoint: number) => shaper.fonts.hasGlyph(font, codePoint);
    const font = svgTextFont(text, hasGlyph);
    for (const char of text) {
      if (char !== ' ' && !hasGlyph(font, char.codePointAt(0)!)) shaper.onMissing(char);
    }
    const bound = FONT_FAMILY.test(attributes)
      ? attributes.replace(FONT_FAMILY, ` font-family="${font}"`)
      : `${attributes} font-family="${font}"`;
    return `<text${bound}>${content}</text>`;
  });
}

/** svg-to-pdfkit's font hook: our families are registered font keys. */
export function svgFontCallback(family: string, bold: boolean): string {
  const known = (FONT_KEYS as readonly string[]).includes(family) ? (family as FontKey) : 'sans';
  // Noto Sans SC's bold is registered only when text asks for it: MathJax's bold Chinese takes the regular face.
  if (!bold || known.startsWith('cjk')) return known;
  return known.startsWith('mono') ? 'mono-bold' : 'sans-bold';
}

export function mathBox(
  tex: string,
  display: boolean,
  size: number,
  maxWidth: number,
  cache: MathCache,
  shaper: TextShaper,
  reporter: MathReporter,
): MathBox | { error: string } {
  const result = cache.get(tex, display);
  if (!result.ok) return { error: result.error };
  const { math } = result;
  const set = size * MATH_SCALE;
  let scale = set;
  if (math.width * scale > maxWidth) scale = maxWidth / math.width;
  if (scale < set * LEGIBLE_SHARE) reporter.tooWide(tex, Math.round((100 * scale) / set));
  return {
    kind: 'box',
    width: math.width * scale,
    ascent: math.ascent * scale,
    descent: math.descent * scale,
    svg: bindSvgTextFonts(math.svg, shaper),
  };
}

/** The atom(s) for a formula in running text: its box, or its source in monospace. */
export function inlineMathAtoms(
  tex: string,
  delimiter: string,
  style: InlineStyle,
  maxWidth: number,
  cache: MathCache,
  shaper: TextShaper,
  reporter: MathReporter,
): LayoutAtom[] {
  const box = mathBox(tex, false, style.size, maxWidth, cache, shaper, reporter);
  if ('kind' in box) return [box];
  reporter.badTex(tex, box.error);
  return [{ kind: 'text', text: texSource(tex, delimiter, false), style: { ...style, code: true, weight: 'regular' } }];
}

/** A formula's source as the author wrote it, delimiters included. */
export function texSource(tex: string, delimiter: string, display: boolean): string {
  switch (delimiter) {
    case '\\(':
      return `\\(${tex}\\)`;
    case '\\[':
      return `\\[${tex}\\]`;
    case '$$':
      return `$$${tex}$$`;
    default:
      return display ? `$$${tex}$$` : `$${tex}$`;
  }
}
