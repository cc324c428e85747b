/** A real font setup (pdfkit document + embedded fonts) for layout unit tests. */
import { openDocument } from '../../../src/export/pdf/document.js';
import { FontBook } from '../../../src/export/pdf/fonts.js';
import type { InlineStyle } from '../../../src/export/pdf/inline-runs.js';
import { TextShaper } from '../../../src/export/pdf/text-shaper.js';

export function layoutKit(): { fonts: FontBook; shaper: TextShaper; missing: string[] } {
  const { doc } = openDocument({ paper: 'A4', title: 'test', subject: 'test', lang: 'en', identity: 'test' });
  const fonts = new FontBook(doc);
  const shaper = new TextShaper(fonts);
  const missing: string[] = [];
  shaper.onMissing = (char) => missing.push(char);
  return { fonts, shaper, missing };
}

export const BODY: InlineStyle = { weight: 'regular', italic: false, code: false, size: 8, color: '#000000' };
