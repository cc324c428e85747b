/**
 * Drawing the display list onto the current pdfkit page. The only module
 * that draws; everything before it only measures and positions.
 */
import type {} from 'pdfkit'; // the global PDFKit namespace (types only)
import type { DrawItem, Row } from './display-list.js';
import type { FontBook } from './fonts.js';
import { SvgPainter } from './svg-forms.js';

/** Skew of the synthetic italic, in degrees. */
const OBLIQUE = 11;

export class Painter {
  private readonly svg: SvgPainter;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontBook,
    /** Page number (1-based) of each named destination, for contents entries. */
    private readonly pageOf: ReadonlyMap<string, number>,
  ) {
    this.svg = new SvgPainter(doc);
  }

  rows(rows: readonly Row[], x: number, y: number): void {
    let top = y;
    for (const row of rows) {
      this.items(row.items, x, top);
      top += row.height;
    }
  }

  items(items: readonly DrawItem[], ox: number, oy: number): void {
    for (const item of items) this.item(item, ox, oy);
  }

  frame(x: number, y: number, w: number, h: number, color: string, lineWidth: number): void {
    const inset = lineWidth / 2;
    this.doc.save().lineWidth(lineWidth).rect(x + inset, y + inset, w - lineWidth, h - lineWidth).stroke(color).restore();
  }

  private item(item: DrawItem, ox: number, oy: number): void {
    const { doc } = this;
    switch (item.kind) {
      case 'text': {
        const x = ox + item.x;
        const y = oy + item.y;
        doc.font(item.font).fontSize(item.size).fillColor(item.color);
        doc.text(item.text, x, y, { lineBreak: false, baseline: 'alphabetic', ...(item.oblique ? { oblique: OBLIQUE } : {}) });
        if (item.underline) {
          const lineY = y + item.size * 0.14;
          doc.save().lineWidth(0.45).moveTo(x, lineY).lineTo(x + item.width, lineY).stroke(item.color).restore();
        }
        break;
      }
      case 'rect': {
        doc.save();
        if (item.radius) doc.roundedRect(ox + item.x, oy + item.y, item.w, item.h, item.radius);
        else doc.rect(ox + item.x, oy + item.y, item.w, item.h);
        if (item.fill && item.stroke) doc.lineWidth(item.lineWidth ?? 0.5).fillAndStroke(item.fill, item.stroke);
        else if (item.stroke) doc.lineWidth(item.lineWidth ?? 0.5).stroke(item.stroke);
        else doc.fill(item.fill ?? '#000000');
        doc.restore();
        break;
      }
      case 'line':
        doc.save().lineWidth(item.width);
        if (item.dash) doc.dash(item.dash, { space: item.dash });
        doc.moveTo(ox + item.x1, oy + item.y1).lineTo(ox + item.x2, oy + item.y2).stroke(item.color).restore();
        break;
      case 'svg':
        this.svg.draw(item.svg, ox + item.x, oy + item.y, item.w, item.h);
        break;
      case 'picture':
        if (item.picture.kind === 'svg') this.svg.draw(item.picture.svg, ox + item.x, oy + item.y, item.w, item.h);
        // pdfkit embeds an opened image once, however often it is drawn.
        else doc.image(item.picture.image as unknown as Buffer, ox + item.x, oy + item.y, { width: item.w, height: item.h });
        break;
      case 'link':
        doc.link(ox + item.x, oy + item.y, item.w, item.h, item.url);
        break;
      case 'goto':
        doc.goTo(ox + item.x, oy + item.y, item.w, item.h, item.target);
        break;
      case 'pageRef': {
        const text = String(this.pageOf.get(item.target) ?? '');
        const width = this.fonts.width(text, item.font, item.size);
        doc.font(item.font).fontSize(item.size).fillColor(item.color);
        doc.text(text, ox + item.right - width, oy + item.y, { lineBreak: false, baseline: 'alphabetic' });
        break;
      }
    }
  }
}
