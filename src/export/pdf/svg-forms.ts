/**
 * Drawing typeset formulas. svg-to-pdfkit re-parses and re-draws an SVG on
 * every call, which dominates the run time of a large sheet; and the same
 * formula often appears many times. So each distinct SVG is drawn once into
 * a PDF Form XObject (by capturing the content operators svg-to-pdfkit
 * emits) and every use is a scaled `Do` of that form: faster, and smaller
 * files. An SVG whose operators need page resources (fonts for `<text>`,
 * graphics states) is drawn directly each time instead.
 *
 * An answer's SVG picture is the user's file, not MathJax's output: before
 * it is placed, `svgProblem` tells whether it can be drawn at all.
 */
import type {} from 'pdfkit'; // the global PDFKit namespace (types only)
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { visit } from 'unist-util-visit';
import { decodePng, isJpeg, isPng, jpegProblem } from '../picture-check.js';
import { svgFontCallback } from './math-layout.js';
import { plainPng } from './plain-png.js';

interface Form {
  label: string;
  ref: PDFKit.PDFKitReference;
  width: number;
  height: number;
}

/** Operators that name a page resource (device colour spaces are not resources). */
const RESOURCE_USE = /\/([^\s/<>[\]()]+)\s+(gs|Tf|Do|sh|cs|CS|scn|SCN)\b/g;
const DEVICE_SPACE = /^Device(RGB|Gray|CMYK)$/;

interface ContentSink {
  addContent(data: string): unknown;
}

/**
 * An `<image>` inside an SVG may only be a PNG or JPEG embedded as base64: pdfkit reads anything
 * else it is given as a path on the disk. The picture is checked as a file would be
 * (picture-check.ts; a PNG written again as pdfkit embeds it right) and handed on in the one form
 * pdfkit decodes; anything else, or a damaged picture, becomes '', which opens nothing: the SVG is
 * drawn without it.
 */
export function embeddedImageOnly(link: string): string {
  const data = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/i.exec(link.trim());
  const base64 = data?.[2]!.replace(/\s+/g, '');
  if (!data || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64!)) return '';
  const bytes = Buffer.from(base64!, 'base64');
  if (isPng(bytes)) {
    const png = decodePng(bytes);
    return 'problem' in png ? '' : `data:image/png;base64,${plainPng(png).toString('base64')}`;
  }
  return isJpeg(bytes) && !jpegProblem(bytes) ? `data:image/jpeg;base64,${base64}` : '';
}

/**
 * Why svg-to-pdfkit would draw an SVG badly or not at all (it cannot read it as XML, or draws a
 * value pdfkit refuses), or undefined. It tells only while it draws: the SVG is drawn once, on a
 * page of its own.
 */
export function svgProblem(svg: string): string | undefined {
  // svg-to-pdfkit builds every <use> out in full before it draws: a few kilobytes that nest
  // references ten deep make millions of shapes and run out of memory. They are counted first.
  if (drawnElements(svg) > MAX_DRAWN) return `an SVG that repeats its shapes too often to draw (over ${MAX_DRAWN.toLocaleString('en')} elements drawn)`;
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.addPage({ size: [100, 100], margin: 0 });
  // Whatever else multiplies shapes (markers on every vertex of a long path), the drawing aside stops at a budget.
  const sink = doc as unknown as ContentSink;
  const addContent = sink.addContent.bind(doc);
  let operations = 0;
  sink.addContent = (data: string) => {
    if (++operations > MAX_OPERATIONS) throw new TooCostly();
    return addContent(data);
  };
  const unreadable: string[] = [];
  try {
    SVGtoPDF(doc, svg, 0, 0, {
      imageCallback: embeddedImageOnly,
      warningCallback: (warning) => {
        if (UNDRAWABLE.test(warning)) unreadable.push(warning);
      },
    });
  } catch (error) {
    if (error instanceof TooCostly) return `an SVG too costly to draw (over ${MAX_OPERATIONS.toLocaleString('en')} drawing operations)`;
    // A value pdfkit cannot write (a coordinate of 1e999): drawn on the sheet, it would fail the whole export.
    return `an SVG that cannot be drawn (${error instanceof Error ? error.message : String(error)})`;
  }
  return unreadable.length > 0 ? `a damaged SVG (${unreadable[0]!.replace(/^\w+: /, '')})` : undefined;
}

/** svg-to-pdfkit's warnings that it cannot read the SVG (one picture inside it it cannot open is left out, the SVG drawn). */
const UNDRAWABLE = /^parseXml:|does not look like a valid SVG/;

/** Far past any diagram (a detailed one has a few thousand shapes); this many take seconds to draw. */
const MAX_DRAWN = 20_000;
/** A few operators per shape: the same bound, for what counting elements does not see. */
const MAX_OPERATIONS = 200_000;

class TooCostly extends Error {}

/** How many elements drawing the SVG makes, each `<use>` counted with what it refers to (at most MAX_DRAWN + 1). */
function drawnElements(svg: string): number {
  const tree = fromHtml(svg, { fragment: true });
  const byId = new Map<string, Element>();
  visit(tree, 'element', (node) => {
    const { id } = node.properties;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  });
  const counted = new Map<Element, number>();
  const open = new Set<Element>();
  const count = (node: Element): number => {
    const known = counted.get(node);
    if (known !== undefined) return known;
    // A reference to itself: svg-to-pdfkit stops such a loop.
    if (open.has(node)) return 0;
    open.add(node);
    let total = 1;
    for (const child of node.children) if (child.type === 'element' && total <= MAX_DRAWN) total += count(child);
    const href = node.tagName === 'use' ? (node.properties.href ?? node.properties.xLinkHref) : undefined;
    const target = typeof href === 'string' && href.startsWith('#') ? byId.get(href.slice(1)) : undefined;
    if (target) total += count(target);
    open.delete(node);
    counted.set(node, Math.min(total, MAX_DRAWN + 1));
    return counted.get(node)!;
  };
  try {
    return tree.children.reduce((sum, child) => Math.min(MAX_DRAWN + 1, sum + (child.type === 'element' ? count(child) : 0)), 0);
  } catch {
    // Nested deeper than the stack goes: far too much to draw.
    return MAX_DRAWN + 1;
  }
}

export class SvgPainter {
  private readonly forms = new Map<string, Form | null>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  draw(svg: string, x: number, y: number, width: number, height: number): void {
    let form = this.forms.get(svg);
    if (form === undefined) {
      form = this.capture(svg, width, height);
      this.forms.set(svg, form);
    }
    if (!form) {
      this.direct(svg, x, y, width, height);
      return;
    }
    const xobjects = (this.doc.page as unknown as { xobjects: Record<string, PDFKit.PDFKitReference> }).xobjects;
    xobjects[form.label] ??= form.ref;
    this.doc.save();
    this.doc.transform(width / form.width, 0, 0, height / form.height, x, y);
    (this.doc as unknown as ContentSink).addContent(`/${form.label} Do`);
    this.doc.restore();
  }

  private direct(svg: string, x: number, y: number, width: number, height: number): void {
    SVGtoPDF(this.doc, svg, x, y, {
      width,
      height,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (family, bold) => svgFontCallback(family, bold),
      imageCallback: embeddedImageOnly,
      warningCallback: () => {},
    });
  }

  /**
   * The resources the captured operators use. svg-to-pdfkit sets an opacity
   * graphics state (`/Gs1 gs`), which pdfkit registered on the current page
   * while capturing; the form gets the same entries. Anything else (fonts,
   * patterns) makes the SVG uncacheable.
   */
  private formResources(content: string): { ExtGState?: Record<string, unknown> } | null {
    const pageStates = (this.doc.page as unknown as { ext_gstates: Record<string, unknown> }).ext_gstates;
    const states: Record<string, unknown> = {};
    for (const [, name, operator] of content.matchAll(RESOURCE_USE)) {
      if ((operator === 'cs' || operator === 'CS' || operator === 'scn' || operator === 'SCN') && DEVICE_SPACE.test(name!)) continue;
      if (operator !== 'gs' || !pageStates[name!]) return null;
      states[name!] = pageStates[name!];
    }
    return Object.keys(states).length > 0 ? { ExtGState: states } : {};
  }

  /** Draw the SVG into a list of operators instead of the page, and wrap them in a form. */
  private capture(svg: string, width: number, height: number): Form | null {
    if (svg.includes('<text')) return null;
    const sink = this.doc as unknown as ContentSink;
    const original = sink.addContent;
    const operators: string[] = [];
    sink.addContent = (data: string) => {
      operators.push(data);
      return this.doc;
    };
    try {
      this.direct(svg, 0, 0, width, height);
    } finally {
      sink.addContent = original;
    }
    const content = operators.join('\n');
    const resources = this.formResources(content);
    if (!resources) return null;
    const ref = this.doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      // Generous bounds: glyphs may overhang the SVG's box a little.
      BBox: [-width, -height, 2 * width, 2 * height],
      Resources: resources,
    });
    ref.end(content);
    return { label: `MF${this.forms.size + 1}`, ref, width, height };
  }
}
