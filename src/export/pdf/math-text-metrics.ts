/**
 * Widths for the text MathJax cannot draw from its own font (Hangul in
 * `\text{...}`, for example). MathJax leaves such text as SVG `<text>` and,
 * without a browser, guesses its width (1 em per CJK character, 0.6 em for
 * anything else), which leaves visible gaps once the text is drawn in
 * Pretendard. This measures it with the font it will be drawn in (the same
 * choice as `bindSvgTextFonts`: Pretendard when it has every glyph,
 * otherwise D2Coding). The fonts are opened once in a measuring-only pdfkit
 * document that is never written.
 */
import PDFDocument from 'pdfkit';
import { fontBytes } from './fonts.js';

interface MeasuringFont {
  widthOfString(text: string, size: number): number;
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
}

let fonts: { sans: MeasuringFont; mono: MeasuringFont } | undefined;

function measuringFonts(): { sans: MeasuringFont; mono: MeasuringFont } {
  if (!fonts) {
    const doc = new PDFDocument({ autoFirstPage: false });
    const open = (key: 'sans' | 'mono'): MeasuringFont => {
      doc.registerFont(key, fontBytes()[key]);
      doc.font(key);
      return (doc as unknown as { _font: MeasuringFont })._font;
    };
    fonts = { sans: open('sans'), mono: open('mono') };
  }
  return fonts;
}

/** Width in em of `text` set at `size` em, in the font that will draw it. */
export function mathTextWidth(text: string, size: number): number {
  const { sans, mono } = measuringFonts();
  const chars = Array.from(text).filter((char) => char !== ' ');
  const font = chars.every((char) => sans.font.hasGlyphForCodePoint(char.codePointAt(0)!)) ? sans : mono;
  return font.widthOfString(text, size);
}
