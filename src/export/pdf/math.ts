/**
 * TeX to SVG with MathJax 4 (direct module use, no global MathJax), with a
 * per-run cache so each distinct formula is typeset once.
 *
 * Inline line-breaking is off (a formula is one unbreakable box in our own
 * line breaker). TeX errors are thrown instead of being typeset as red
 * `merror` boxes, so the caller can fall back to the source text and report
 * it. Undefined macros are errors too (no `noundefined` package).
 */
import { mathjax } from '@mathjax/src/js/mathjax.js';
import { TeX } from '@mathjax/src/js/input/tex.js';
import { SVG } from '@mathjax/src/js/output/svg.js';
import { liteAdaptor, type LiteAdaptor } from '@mathjax/src/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from '@mathjax/src/js/handlers/html.js';
import '@mathjax/src/js/input/tex/base/BaseConfiguration.js';
import '@mathjax/src/js/input/tex/ams/AmsConfiguration.js';
import '@mathjax/src/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';
import '@mathjax/src/js/input/tex/mathtools/MathtoolsConfiguration.js';
import '@mathjax/src/js/input/tex/cancel/CancelConfiguration.js';
// Lets the font load its extra glyph ranges (arrows, double-struck, ...) on demand.
import '@mathjax/src/js/util/asyncLoad/esm.js';
import { STATE } from '@mathjax/src/js/core/MathItem.js';
import type { MmlNode } from '@mathjax/src/js/core/MmlTree/MmlNode.js';
import { MathJaxNewcmFont } from '@mathjax/mathjax-newcm-font/js/svg.js';
import { mathTextWidth } from './math-text-metrics.js';
import { inertTex } from '../../normalise/inert-tex.js';

/** A typeset formula; lengths in em of the surrounding text. */
export interface TypesetMath {
  svg: string;
  width: number;
  /** Height above the baseline. */
  ascent: number;
  /** Depth below the baseline (positive). */
  descent: number;
}

export type MathResult = { ok: true; math: TypesetMath } | { ok: false; error: string };

interface Engine {
  adaptor: LiteAdaptor;
  convert(tex: string, display: boolean): Promise<unknown>;
  /** The formula read into MathJax's MathML tree, not typeset: no font data, so no waiting. */
  compile(tex: string): MmlNode;
}

let engine: Engine | undefined;

function getEngine(): Engine {
  if (!engine) {
    const adaptor = liteAdaptor();
    // Measure text MathJax leaves to the page's fonts with those fonts (see math-text-metrics.ts).
    const guess = adaptor.nodeSize.bind(adaptor);
    adaptor.nodeSize = (node, em, local) => {
      const size = parseFloat(String(adaptor.getAttribute(node as never, 'font-size') ?? ''));
      if (!local || !Number.isFinite(size)) return guess(node, em, local);
      return [mathTextWidth(adaptor.textContent(node as never), size / 1000), guess(node, em, local)[1]];
    };
    RegisterHTMLHandler(adaptor);
    const tex = new TeX({
      packages: ['base', 'ams', 'boldsymbol', 'mathtools', 'cancel'],
      formatError: (_jax: unknown, error: Error) => {
        throw error;
      },
    });
    const svg = new SVG({ fontCache: 'local', linebreaks: { inline: false }, fontData: MathJaxNewcmFont });
    const document = mathjax.document('', { InputJax: tex, OutputJax: svg });
    engine = {
      adaptor,
      convert: (source, display) =>
        mathjax.handleRetriesFor(() => document.convert(source, { display, em: 16, ex: 8, containerWidth: 1600 })),
      compile: (source) => document.convert(source, { display: false, end: STATE.COMPILED }) as MmlNode,
    };
  }
  return engine;
}

/**
 * `\tag{1}` as `\qquad\text{(1)}` after its formula. MathJax sets a tagged equation to the width of
 * the page (`width="100%"`, the tag placed by percentage), which a column of the sheet cannot
 * measure or draw: the number was printed over the formula.
 */
export function withTagsInline(tex: string): string {
  if (!tex.includes('\\tag')) return tex;
  return tex.replace(/\\tag(\*?)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g, (_, star: string, label: string) => `\\qquad\\text{${star ? label : `(${label})`}}`);
}

/**
 * A formula's MathML tree, as the sheet's typesetting reads it (after `inertTex`, as there); throws what
 * MathJax throws for TeX it cannot read.
 */
export function compileTex(tex: string): MmlNode {
  return getEngine().compile(withTagsInline(inertTex(tex)));
}

const VIEW_BOX = /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/;

/** MathJax sizes its SVG in 1/1000 em through the viewBox; the baseline is y = 0. */
function measure(svg: string): TypesetMath {
  const match = VIEW_BOX.exec(svg);
  if (!match) throw new Error('MathJax returned an SVG without a viewBox');
  const minY = Number(match[2]);
  const width = Number(match[3]);
  const height = Number(match[4]);
  return { svg, width: width / 1000, ascent: -minY / 1000, descent: (height + minY) / 1000 };
}

function key(tex: string, display: boolean): string {
  return `${display ? 'D' : 'I'}${tex}`;
}

/** The formulas of one run, typeset up front (MathJax may load font data asynchronously). */
export class MathCache {
  private readonly results = new Map<string, MathResult>();

  async prepare(requests: Iterable<{ tex: string; display: boolean }>): Promise<void> {
    const { adaptor, convert } = getEngine();
    for (const { tex, display } of requests) {
      const id = key(tex, display);
      if (this.results.has(id)) continue;
      try {
        // Answers arrive inert; a question's wording is plain text and may still hold \href or \mmlToken.
        const node = await convert(withTagsInline(inertTex(tex)), display);
        const svg = adaptor.innerHTML(node as never);
        this.results.set(id, { ok: true, math: measure(svg) });
      } catch (error) {
        // MathJax's TexError is not an Error subclass, but it has a message.
        const message = (error as { message?: unknown } | null)?.message;
        this.results.set(id, { ok: false, error: typeof message === 'string' ? message : String(error) });
      }
    }
  }

  get(tex: string, display: boolean): MathResult {
    return this.results.get(key(tex, display)) ?? { ok: false, error: 'formula was not typeset' };
  }

  get size(): number {
    return this.results.size;
  }
}
