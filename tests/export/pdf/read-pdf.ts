/**
 * Reading a PDF back for the tests: text per page (pdfjs-dist, legacy build
 * for Node), outline, link annotations, page sizes, and the font
 * dictionaries straight from the file (pdfkit writes objects uncompressed,
 * one `N 0 obj` each; only streams are compressed).
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineNode {
  title: string;
  items: OutlineNode[];
  /** The destination array ([pageRef, {name: 'XYZ'}, left, top, zoom]) or a name. */
  dest: unknown;
}

export interface TextBox {
  str: string;
  /** Left edge and baseline, in PDF units from the bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** The font size it is drawn at. */
  size: number;
}

export interface PdfPage {
  /** Text items in drawing order. */
  items: string[];
  boxes: TextBox[];
  /** All text of the page joined with single spaces. */
  text: string;
  width: number;
  height: number;
  links: Array<{ url?: string; dest?: unknown }>;
  /** Each raster picture painted, as drawn on the page: its size in points. */
  images: Array<{ width: number; height: number }>;
}

export interface ReadPdf {
  pages: PdfPage[];
  outline: OutlineNode[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    const boxes: TextBox[] = content.items.flatMap((item) =>
      'str' in item && item.str.length > 0
        ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) }]
        : [],
    );
    const items = boxes.map((box) => box.str);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string; dest?: unknown }>;
    pages.push({
      items,
      boxes,
      text: items.join(' '),
      width: x1 - x0,
      height: y1 - y0,
      links: annotations.filter((a) => a.subtype === 'Link').map((a) => ({ url: a.url, dest: a.dest })),
      images: paintedImages(await page.getOperatorList()),
    });
  }
  const outline = ((await doc.getOutline()) ?? []) as unknown as OutlineNode[];
  const metadata = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, info: metadata.info as Record<string, unknown> };
}

/** The size of every image XObject painted, from the transformation in force when it is painted (an image fills the unit square). */
function paintedImages({ fnArray, argsArray }: { fnArray: number[]; argsArray: unknown[][] }): Array<{ width: number; height: number }> {
  type Matrix = [number, number, number, number, number, number];
  const times = (m: Matrix, n: Matrix): Matrix => [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
  let current: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const images: Array<{ width: number; height: number }> = [];
  fnArray.forEach((op, k) => {
    if (op === OPS.save) saved.push(current);
    else if (op === OPS.restore) current = saved.pop() ?? current;
    else if (op === OPS.transform) current = times(argsArray[k] as Matrix, current);
    else if (op === OPS.paintImageXObject) images.push({ width: Math.hypot(current[0], current[1]), height: Math.hypot(current[2], current[3]) });
  });
  return images;
}

/** Text with all whitespace removed: wrapped lines split words across items. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The uncompressed dictionaries of the file's objects, by object number. */
export function pdfObjects(bytes: Uint8Array): Map<number, string> {
  const source = Buffer.from(bytes).toString('latin1');
  const objects = new Map<number, string>();
  const pattern = /(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(?:stream|endobj)/g;
  for (const match of source.matchAll(pattern)) objects.set(Number(match[1]), match[2]!);
  return objects;
}

export const STANDARD_14 = [
  'Courier',
  'Helvetica',
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Symbol',
  'ZapfDingbats',
];
