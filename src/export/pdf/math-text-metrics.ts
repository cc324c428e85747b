/**
 * Widths for the text MathJax cannot draw from its own font (Hangul in
 * `\text{...}`, for example). MathJax leaves such text as SVG `<text>` and,
 * without a browser, guesses its width (1 em per CJK character, 0.6 em for
 * anything else), which leaves visible gaps once the text is drawn in
 * Pretendard. This measures it with the font it will be drawn in
 * (`svgTextFont`, which `bindSvgTextFonts` draws with too). The fonts are
 * opened once in a measuring-only pdfkit document that is never written.
 */
import PDFDocument from 'pdfkit';
import { fontBytes, type FontKey } from './fonts.js';

interface MeasuringFont {
  widthOfString(text: string, size: number): number;
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
}

/** The fonts an SVG text may be drawn in, in the order they are tried. */
const SVG_TEXT_FONTS = ['sans', 'mono', 'cjk'] as const satisfies readonly FontKey[];
type SvgTextFont = (typeof SVG_TEXT_FONTS)[number];

/**
 * The font that draws a text MathJax leaves as SVG `<text>`: the first of Pretendard, D2Coding and
 * Noto Sans SC (Chinese in `\text{}`) that has every glyph of it, else Pretendard (what it lacks is reported).
 */
export function svgTextFont(text: string, hasGlyph: (font: SvgTextFont, codePoint: number) => boolean): SvgTextFont {
  const chars = Array.from(text).filter((char) => char !== ' ');
  return SVG_TEXT_FONTS.find((font) => chars.every((char) => hasGlyph(font, char.codePointAt(0)!))) ?? 'sans';
}

const fonts = new Map<SvgTextFont, MeasuringFont>();
let measuring: PDFKit.PDFDocument | undefined;

/** A font opened in a measuring-only document, on first use (Noto Sans SC only for a text that needs it). */
function measuringFont(key: SvgTextFont): MeasuringFont {
  let font = fonts.get(key);
  if (!font) {
    measuring ??= new PDFDocument({ autoFirstPage: false });
    measuring.registerFont(key, fontBytes(key));
    measuring.font(key);
    fonts.set(key, (font = (measuring as unknown as { _font: MeasuringFont })._font));
  }
  return font;
}

/** Width in em of `text` set at `size` em, in the font that will draw it. */
export function mathTextWidth(text: string, size: number): number {
  const font = svgTextFont(text, (key, codePoint) => measuringFont(key).font.hasGlyphForCodePoint(codePoint));
  return measuringFont(font).widthOfString(text, size);
}
