/**
 * The embedded fonts: Pretendard (static TTF, OFL) for text, D2Coding (TTF,
 * OFL) for code and for the symbols Pretendard lacks (∇ ∈ ∀ ⊙ ᵀ ...), and
 * Noto Sans SC (static TTF, OFL, from `@expo-google-fonts/noto-sans-sc`) for
 * Chinese and Japanese, which neither has: without it a Chinese note's sheet
 * printed every character as its code. Noto Emoji (static TTF, OFL, from
 * `@expo-google-fonts/noto-emoji`) for emoji: its glyphs are outlines in one
 * colour, which pdfkit embeds as any other and which print in black and
 * white, where a colour emoji font's bitmaps would not embed at all.
 *
 * Static TrueType only: pdfkit subsets TTF cleanly, while WOFF2 gives blank
 * Hangul, WOFF is very slow and variable fonts crash (DESIGN.md). The
 * standard 14 PDF fonts are never used for text: they turn Hangul into
 * silent mojibake. Each file is read on first use and kept for the process;
 * the Chinese font (10 MB a weight) and the emoji font only when a sheet has
 * a character the others lack, so a sheet without one is what it was
 * without the font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type {} from 'pdfkit'; // brings the global PDFKit namespace (types only)

export type FontKey = 'sans' | 'sans-semibold' | 'sans-bold' | 'mono' | 'mono-bold' | 'cjk' | 'cjk-bold' | 'emoji' | 'emoji-bold';

export const FONT_KEYS: readonly FontKey[] = ['sans', 'sans-semibold', 'sans-bold', 'mono', 'mono-bold', 'cjk', 'cjk-bold', 'emoji', 'emoji-bold'];

/** The fonts registered with every document; the others when first asked for (FontBook). */
const EAGER_KEYS: readonly FontKey[] = ['sans', 'sans-semibold', 'sans-bold', 'mono', 'mono-bold'];

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function fontFile(key: FontKey): string {
  const pretendard = () => join(packageDir('pretendard'), 'dist', 'public', 'static', 'alternative');
  const d2coding = () => join(packageDir('d2coding'), 'fonts');
  const noto = () => packageDir('@expo-google-fonts/noto-sans-sc');
  const emoji = () => packageDir('@expo-google-fonts/noto-emoji');
  switch (key) {
    case 'sans':
      return join(pretendard(), 'Pretendard-Regular.ttf');
    case 'sans-semibold':
      return join(pretendard(), 'Pretendard-SemiBold.ttf');
    case 'sans-bold':
      return join(pretendard(), 'Pretendard-Bold.ttf');
    case 'mono':
      return join(d2coding(), 'd2coding-full.ttf');
    case 'mono-bold':
      return join(d2coding(), 'd2coding-bold-full.ttf');
    case 'cjk':
      return join(noto(), '400Regular', 'NotoSansSC_400Regular.ttf');
    case 'cjk-bold':
      return join(noto(), '700Bold', 'NotoSansSC_700Bold.ttf');
    case 'emoji':
      return join(emoji(), '400Regular', 'NotoEmoji_400Regular.ttf');
    case 'emoji-bold':
      return join(emoji(), '700Bold', 'NotoEmoji_700Bold.ttf');
  }
}

const fontData = new Map<FontKey, Buffer>();

/** A font file's bytes, read on first use and kept for the process. */
export function fontBytes(key: FontKey): Buffer {
  let bytes = fontData.get(key);
  if (!bytes) fontData.set(key, (bytes = readFileSync(fontFile(key))));
  return bytes;
}

/** The parts of pdfkit's embedded font object that layout needs (not in @types/pdfkit). */
interface PdfkitFont {
  ascender: number;
  descender: number;
  widthOfString(text: string, size: number, features?: unknown): number;
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
}

interface FontHandle {
  font: PdfkitFont;
  /** Glyph coverage, memoised per code point. */
  coverage: Map<number, boolean>;
}

/**
 * The document's fonts, for measuring and glyph checks. Measuring goes
 * through the very font objects pdfkit draws with, so measured widths and
 * drawn widths agree exactly.
 */
export class FontBook {
  private readonly handles: Partial<Record<FontKey, FontHandle>> = {};

  constructor(private readonly doc: PDFKit.PDFDocument) {
    for (const key of EAGER_KEYS) this.register(key);
    doc.font('sans');
  }

  private register(key: FontKey): FontHandle {
    const pdf = this.doc as unknown as { _font: PdfkitFont | undefined };
    // Registered in the midst of a layout: the document keeps the font it had.
    const current = pdf._font;
    this.doc.registerFont(key, fontBytes(key));
    this.doc.font(key);
    const handle: FontHandle = { font: pdf._font!, coverage: new Map() };
    if (current) pdf._font = current;
    return (this.handles[key] = handle);
  }

  private handle(key: FontKey): FontHandle {
    return this.handles[key] ?? this.register(key);
  }

  width(text: string, font: FontKey, size: number): number {
    return this.handle(font).font.widthOfString(text, size);
  }

  /** Distance from baseline to the top of the line box, in points. */
  ascent(font: FontKey, size: number): number {
    return (this.handle(font).font.ascender / 1000) * size;
  }

  /** Distance from baseline to the bottom of the line box, in points (positive). */
  descent(font: FontKey, size: number): number {
    return (-this.handle(font).font.descender / 1000) * size;
  }

  hasGlyph(font: FontKey, codePoint: number): boolean {
    const handle = this.handle(font);
    let known = handle.coverage.get(codePoint);
    if (known === undefined) {
      known = handle.font.font.hasGlyphForCodePoint(codePoint);
      handle.coverage.set(codePoint, known);
    }
    return known;
  }
}
