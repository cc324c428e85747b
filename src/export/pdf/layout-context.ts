/**
 * What every layout function needs: the shaper (fonts, fallback, widths),
 * the typeset formulas of this run, and the reporter and pictures of the
 * question being laid out.
 */
import type { QuestionReporter } from './diagnostics.js';
import type { MathCache } from './math.js';
import type { PictureFinder } from './pictures.js';
import type { TextShaper } from './text-shaper.js';

export interface LayoutContext {
  shaper: TextShaper;
  math: MathCache;
  reporter: QuestionReporter;
  /** The pictures of the answer being laid out; without it, pictures are printed as their alt text. */
  pictures?: PictureFinder;
  /** The pictures of what the question shows (its context), which may come from another note than its answer. */
  shownPictures?: PictureFinder;
}

/** The same context, reporting about another question (missing glyphs included). */
export function withReporter(context: LayoutContext, reporter: QuestionReporter): LayoutContext {
  context.shaper.onMissing = (char) => reporter.missingGlyph(char);
  return { ...context, reporter };
}
