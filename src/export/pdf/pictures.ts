/**
 * The answers' pictures, as the sheet draws them: each local file read and
 * opened once, whatever number of answers show it, with its size in points.
 *
 * pdfkit embeds PNG and JPEG itself, once each is known to be whole
 * (picture-check.ts; a PNG is written again in the one form pdfkit embeds
 * right); an SVG is drawn as the formulas are (svg-forms.ts), once it has been
 * drawn aside without trouble. Other formats (GIF, WebP, BMP, AVIF) it cannot
 * draw, and a remote picture is not fetched (a build must not depend on the
 * network): those keep their alt text in the answer, and the lookup says why.
 * Like the deck (anki/media.ts), only files named as pictures are read: a
 * note must not be able to pull an arbitrary file into the sheet.
 */
import { createHash } from 'node:crypto';
import { extname, relative } from 'node:path';
import type {} from 'pdfkit'; // the global PDFKit namespace (types only)
import type { Occurrence, Question } from '../../schema/question-bank.js';
import { answerSourceOf, isRemoteUrl, localImagePath, notAPicture, readFromDisk, UNREADABLE_PICTURE, type ReadFile } from '../answer-images.js';
import { decodePng, isJpeg, isPng, jpegProblem } from '../picture-check.js';
import { plainPng } from './plain-png.js';
import { svgProblem } from './svg-forms.js';

/** A picture pdfkit opened (PNG, JPEG): drawn with `doc.image`. Its pixel size is `width` x `height`, as stored. */
export interface OpenedImage {
  width: number;
  height: number;
  /** EXIF orientation (JPEG): 5 to 8 turn the picture a quarter, so it shows `height` wide. */
  orientation?: number;
}

/** A picture ready to draw, with its natural size in points. */
export type Picture = { kind: 'raster'; image: OpenedImage; width: number; height: number } | { kind: 'svg'; svg: string; width: number; height: number };

export type PictureLookup = { found: Picture } | { remote: true } | { problem: string };

/** Finds the pictures of one question's answer by their `src`. */
export type PictureFinder = (src: string) => PictureLookup;

/** CSS pixels are 1/96 in, points 1/72 in. */
export const POINTS_PER_PIXEL = 0.75;
const MAX_SVG_BYTES = 1024 * 1024;
/** What pdfkit embeds itself; SVG is drawn as formulas are; other pictures are not drawn. */
const RASTER = new Set(['.png', '.jpg', '.jpeg']);

interface PdfImages {
  openImage(src: Buffer): OpenedImage;
}

export class PictureShelf {
  private readonly byPath = new Map<string, Picture | { problem: string }>();
  private readonly hash = createHash('sha256');

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly sourceRoot: string,
    private readonly read: ReadFile = readFromDisk,
  ) {}

  /**
   * The pictures of `question`'s answer: paths are relative to the note that answer came from; or, with
   * `source`, to that occurrence's note (the one that showed the question's context).
   */
  finderFor(question: Question, source: Occurrence = answerSourceOf(question)): PictureFinder {
    return (src) => {
      // Normalising leaves no data: URL in an answer (only http(s), mailto and relative ones are kept).
      if (/^data:/i.test(src)) return { problem: 'a data: URL, which answers do not keep' };
      if (isRemoteUrl(src)) return { remote: true };
      const found = this.open(localImagePath(src, source, this.sourceRoot));
      return 'problem' in found ? found : { found };
    };
  }

  /** Every local picture file asked for, drawn or not, sorted: what the sheet depends on besides the bank (a file not named as a picture is never read). */
  requested(): string[] {
    return [...this.byPath.keys()].filter((file) => !notAPicture(file)).sort();
  }

  /**
   * A digest of every file read (by its path from the source root: the same notes elsewhere give the
   * same digest) and its bytes, in the order first asked for: part of the document's identity.
   */
  digest(): string {
    return this.hash.copy().digest('hex');
  }

  private open(file: string): Picture | { problem: string } {
    let picture = this.byPath.get(file);
    if (picture === undefined) this.byPath.set(file, (picture = this.load(file)));
    return picture;
  }

  private load(file: string): Picture | { problem: string } {
    const notOne = notAPicture(file);
    if (notOne) return { problem: notOne };
    const extension = extname(file).toLowerCase();
    if (!RASTER.has(extension) && extension !== '.svg') return { problem: `${extension.slice(1).toUpperCase()} pictures cannot be drawn in the PDF (PNG, JPEG and SVG can)` };
    const data = this.read(file);
    if (data === undefined) return { problem: UNREADABLE_PICTURE };
    this.hash.update(`${relative(this.sourceRoot, file)}\0${data.length}\0`).update(data);
    if (extension === '.svg') {
      // svg-to-pdfkit draws an SVG element by element: a megabyte of them takes seconds and gigabytes.
      if (data.length > MAX_SVG_BYTES) return { problem: `an SVG over ${MAX_SVG_BYTES / 1024 / 1024} MB, too costly to draw` };
      const svg = Buffer.from(data).toString('utf8');
      const damaged = svgProblem(svg);
      return damaged ? { problem: damaged } : svgPicture(svg);
    }
    return this.raster(Buffer.from(data), extension === '.png' ? 'PNG' : 'JPEG');
  }

  private raster(data: Buffer, format: 'PNG' | 'JPEG'): Picture | { problem: string } {
    let embedded = data;
    if (isPng(data)) {
      const png = decodePng(data);
      if ('problem' in png) return png;
      embedded = plainPng(png);
    } else if (isJpeg(data)) {
      const damaged = jpegProblem(data);
      if (damaged) return { problem: damaged };
    }
    try {
      const image = (this.doc as unknown as PdfImages).openImage(embedded);
      if (!(image.width > 0 && image.height > 0)) return { problem: 'the picture has no size' };
      // pdfkit turns a picture its EXIF orientation says to turn (a phone's portrait photo), as browsers do.
      const [width, height] = (image.orientation ?? 1) > 4 ? [image.height, image.width] : [image.width, image.height];
      return { kind: 'raster', image, width: width * POINTS_PER_PIXEL, height: height * POINTS_PER_PIXEL };
    } catch (error) {
      return { problem: `not a readable ${format} picture (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}

const LENGTH = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i;
const POINTS_PER_UNIT: Record<string, number> = { px: POINTS_PER_PIXEL, pt: 1, pc: 12, mm: 72 / 25.4, cm: 72 / 2.54, in: 72 };

/**
 * An SVG's natural size, as a browser gives it: its `width` and `height`, else its `viewBox`
 * (in pixels), else 300 x 150 pixels; a missing side follows the other by the viewBox's ratio.
 */
function svgPicture(svg: string): Picture | { problem: string } {
  // The root element: the first <svg> (or <svg:svg>) that is not inside a comment; a `>` may stand in a quoted value.
  const root = /<(?:[\w-]+:)?svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(svg.replace(/<!--[\s\S]*?-->/g, ''))?.[0];
  if (root === undefined) return { problem: 'not an SVG file (no <svg> element)' };
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 'is').exec(root)?.[2];
  const length = (value: string | undefined) => {
    const match = value === undefined ? null : LENGTH.exec(value);
    return match ? Number(match[1]) * POINTS_PER_UNIT[(match[2] ?? 'px').toLowerCase()]! : undefined;
  };
  const box = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const ratio = box && box.length === 4 && box[2]! > 0 && box[3]! > 0 ? box[3]! / box[2]! : undefined;
  let width = length(attribute('width'));
  let height = length(attribute('height'));
  if (width === undefined && height === undefined && ratio !== undefined) [width, height] = [box![2]! * POINTS_PER_PIXEL, box![3]! * POINTS_PER_PIXEL];
  width ??= height !== undefined && ratio !== undefined ? height / ratio : 300 * POINTS_PER_PIXEL;
  height ??= ratio !== undefined ? width * ratio : 150 * POINTS_PER_PIXEL;
  // "1e999" reads as Infinity, which no scale brings back to a column.
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return { problem: 'the SVG has no usable size' };
  // Drawn, it would be an empty card.
  if (width < 1 || height < 1) return { problem: `an SVG too small to see (${width.toPrecision(2)} x ${height.toPrecision(2)} pt)` };
  return { kind: 'svg', svg, width, height };
}
