/**
 * The embedded fonts: Pretendard (static TTF, OFL) for text, D2Coding (TTF,
 * OFL) for code and for the symbols Pretendard lacks (∇ ∈ ∀ ⊙ ᵀ ...).
 *
 * Static TrueType only: pdfkit subsets TTF cleanly, while WOFF2 gives blank
 * Hangul, WOFF is very slow and variable fonts crash (DESIGN.md). The
 * standard 14 PDF fonts are never used for text: they turn Hangul into
 * silent mojibake. The files are read once per process and registered with
 * each document under the keys below.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type {} from 'pdfkit'; // brings the global PDFKit namespace (types only)

export type FontKey = 'sans' | 'sans-semibold' | 'sans-bold' | 'mono' | 'mono-bold';

export const FONT_KEYS: readonly FontKey[] = ['sans', 'sans-semibold', 'sans-bold', 'mono', 'mono-bold'];

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function fontFiles(): Record<FontKey, string> {
  const pretendard = join(packageDir('pretendard'), 'dist', 'public', 'static', 'alternative');
  const d2coding = join(packageDir('d2coding'), 'fonts');
  return {
    sans: join(pretendard, 'Pretendard-Regular.ttf'),
    'sans-semibold': join(pretendard, 'Pretendard-SemiBold.ttf'),
    'sans-bold': join(pretendard, 'Pretendard-Bold.ttf'),
    mono: join(d2coding, 'd2coding-full.ttf'),
    'mono-bold': join(d2coding, 'd2coding-bold-full.ttf'),
  };
}

let fontData: Record<FontKey, Buffer> | undefined;

/** The font files' bytes, read on first use and kept for the process. */
export function fontBytes(): Record<FontKey, Buffer> {
  if (!fontData) {
    const files = fontFiles();
    fontData = Object.fromEntries(FONT_KEYS.map((key) => [key, readFileSync(files[key])])) as Record<FontKey, Buffer>;
  }
  return fontData;
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
  private readonly handles: Record<FontKey, FontHandle>;

  constructor(doc: PDFKit.PDFDocument) {
    const bytes = fontBytes();
    const handles: Partial<Record<FontKey, FontHandle>> = {};
    for (const key of FONT_KEYS) {
      doc.registerFont(key, bytes[key]);
      doc.font(key);
      handles[key] = { font: (doc as unknown as { _font: PdfkitFont })._font, coverage: new Map() };
    }
    this.handles = handles as Record<FontKey, FontHandle>;
    doc.font('sans');
  }

  width(text: string, font: FontKey, size: number): number {
    return this.handles[font].font.widthOfString(text, size);
  }

  /** Distance from baseline to the top of the line box, in points. */
  ascent(font: FontKey, size: number): number {
    return (this.handles[font].font.ascender / 1000) * size;
  }

  /** Distance from baseline to the bottom of the line box, in points (positive). */
  descent(font: FontKey, size: number): number {
    return (-this.handles[font].font.descender / 1000) * size;
  }

  hasGlyph(font: FontKey, codePoint: number): boolean {
    const handle = this.handles[font];
    let known = handle.coverage.get(codePoint);
    if (known === undefined) {
      known = handle.font.font.hasGlyphForCodePoint(codePoint);
      handle.coverage.set(codePoint, known);
    }
    return known;
  }
}
