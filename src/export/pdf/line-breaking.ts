/**
 * Greedy line breaking of tokens into lines of positioned pieces.
 *
 * This replaces pdfkit's own wrapper, which breaks Hangul inside words (see
 * inline-tokens.ts for the break opportunities). Because card heights are
 * measured from these very lines, measuring and drawing always agree. Only a
 * word longer than a whole line is cut: at a hyphenation point with a hyphen (hyphenation.ts) where it
 * has one that fits, else between grapheme clusters.
 */
import type { FontKey } from './fonts.js';
import { baselineShift, type InlineStyle } from './inline-runs.js';
import { tokenize, type Glue, type LayoutAtom, type Part, type Word } from './inline-tokens.js';
import { hyphenPoints } from './hyphenation.js';
import type { TextShaper } from './text-shaper.js';

export type { LayoutAtom } from './inline-tokens.js';
export { canBreakBetween } from './inline-tokens.js';

export interface TextPiece {
  kind: 'text';
  x: number;
  width: number;
  text: string;
  font: FontKey;
  style: InlineStyle;
  missing?: boolean;
}

export interface BoxPiece {
  kind: 'box';
  x: number;
  width: number;
  ascent: number;
  descent: number;
  svg: string;
}

export type Piece = TextPiece | BoxPiece;

export interface Line {
  pieces: Piece[];
  /** Where the line starts (a hanging indent for continuation lines). */
  indent: number;
  width: number;
  ascent: number;
  descent: number;
  /** True for a line that continues the previous one after a wrap (not after a hard break). */
  wrapped: boolean;
}

export interface BreakOptions {
  width: number;
  /** Keep runs of spaces and leading indentation (code). */
  preserveSpaces?: boolean;
  /** Indentation of wrapped continuation lines. */
  hangingIndent?: number;
  /** The minimum line box (the paragraph's own font). */
  strut: { ascent: number; descent: number };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  return (
    a.weight === b.weight &&
    a.italic === b.italic &&
    a.code === b.code &&
    a.strike === b.strike &&
    a.link === b.link &&
    a.shift === b.shift &&
    a.size === b.size &&
    a.color === b.color
  );
}

class LineBuilder {
  readonly lines: Line[] = [];
  private pieces: Piece[] = [];
  private x = 0;
  private pendingGlue: Glue | undefined;
  private wrapped = false;

  constructor(
    private readonly options: BreakOptions,
    private readonly shaper: TextShaper,
  ) {}

  get indent(): number {
    return this.wrapped ? (this.options.hangingIndent ?? 0) : 0;
  }

  get available(): number {
    return this.options.width - this.indent;
  }

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  get used(): number {
    return this.x;
  }

  glue(glue: Glue): void {
    if (!this.empty && !this.pendingGlue) this.pendingGlue = glue;
  }

  fits(word: Word): boolean {
    return this.x + (this.pendingGlue?.width ?? 0) + word.width <= this.available + 0.01;
  }

  place(word: Word): void {
    const glue = this.pendingGlue;
    this.pendingGlue = undefined;
    let first = true;
    for (const part of word.parts) {
      this.append(part, first ? glue : undefined);
      first = false;
    }
  }

  private append(part: Part, glue: Glue | undefined): void {
    const previous = this.pieces[this.pieces.length - 1];
    if (part.kind === 'text' && previous?.kind === 'text' && !previous.missing && !part.missing) {
      const joinable =
        previous.font === part.font &&
        sameStyle(previous.style, part.style) &&
        (!glue || (glue.font === part.font && sameStyle(glue.style, part.style)));
      if (joinable) {
        previous.text += (glue?.text ?? '') + part.text;
        previous.width += (glue?.width ?? 0) + part.width;
        this.x += (glue?.width ?? 0) + part.width;
        return;
      }
    }
    if (glue) this.x += glue.width;
    if (part.kind === 'text') {
      const piece: TextPiece = { kind: 'text', x: this.x, width: part.width, text: part.text, font: part.font, style: part.style };
      if (part.missing) piece.missing = true;
      this.pieces.push(piece);
    } else {
      this.pieces.push({ kind: 'box', x: this.x, width: part.width, ascent: part.ascent, descent: part.descent, svg: part.svg });
    }
    this.x += part.width;
  }

  /** End the current line; `hard` for an explicit break (the next line is not a continuation). */
  flush(hard: boolean): void {
    let ascent = this.options.strut.ascent;
    let descent = this.options.strut.descent;
    for (const piece of this.pieces) {
      if (piece.kind === 'box') {
        ascent = Math.max(ascent, piece.ascent);
        descent = Math.max(descent, piece.descent);
      } else {
        const shift = baselineShift(piece.style);
        ascent = Math.max(ascent, this.shaper.fonts.ascent(piece.font, piece.style.size) + shift);
        descent = Math.max(descent, this.shaper.fonts.descent(piece.font, piece.style.size) - shift);
      }
    }
    this.lines.push({ pieces: this.pieces, indent: this.indent, width: this.x, ascent, descent, wrapped: this.wrapped });
    this.pieces = [];
    this.x = 0;
    this.pendingGlue = undefined;
    this.wrapped = !hard;
  }
}

/** Fewest letters a piece ends a line with before its hyphen: `u-` over `lar-` reads as no word. */
const FEWEST_BEFORE_HYPHEN = 3;

/** The last hyphenation point after `from`, up to `to`, where the text since `from` and a hyphen take at most `room`. */
function hyphenCut(points: readonly number[], from: number, to: number, room: number, widthTo: (point: number) => number): number | undefined {
  for (let k = points.length - 1; k >= 0; k--) {
    const point = points[k]!;
    if (point > to) continue;
    if (point - from < FEWEST_BEFORE_HYPHEN) return undefined;
    if (widthTo(point) <= room) return point;
  }
  return undefined;
}

/** Cut a word that is wider than a whole line into pieces that fit: a word of prose at a hyphenation point, with its hyphen, where one fits. */
function splitWord(word: Word, firstWidth: number, fullWidth: number, shaper: TextShaper): Word[] {
  const out: Word[] = [];
  let current: Word = { kind: 'word', parts: [], width: 0 };
  let limit = firstWidth;
  const close = (): void => {
    if (current.parts.length > 0) out.push(current);
    current = { kind: 'word', parts: [], width: 0 };
    limit = fullWidth;
  };
  for (const part of word.parts) {
    if (part.kind === 'box' || part.missing) {
      if (current.width + part.width > limit && current.parts.length > 0) close();
      current.parts.push(part);
      current.width += part.width;
      continue;
    }
    const { text } = part;
    const place = (from: number, to: number, hyphen = ''): void => {
      const piece = text.slice(from, to) + hyphen;
      const width = shaper.width(piece, part.font, part.style.size);
      current.parts.push({ ...part, text: piece, width });
      current.width += width;
    };
    // Code is cut where it runs out of room (its continuation is marked), words of prose at a hyphenation point.
    const points = part.font === 'mono' || part.font === 'mono-bold' ? [] : hyphenPoints(text);
    let from = 0;
    let chunkWidth = 0;
    for (const { segment, index } of graphemes.segment(text)) {
      const width = shaper.width(segment, part.font, part.style.size);
      if (current.width + chunkWidth + width > limit && (index > from || current.parts.length > 0)) {
        const cut = hyphenCut(points, from, index, limit - current.width, (to) => shaper.width(`${text.slice(from, to)}-`, part.font, part.style.size));
        const carried = cut === undefined ? 0 : shaper.width(text.slice(cut, index), part.font, part.style.size);
        if (cut !== undefined && carried + width <= fullWidth) {
          place(from, cut, '-');
          close();
          from = cut;
          chunkWidth = carried;
        } else {
          if (index > from) place(from, index);
          close();
          from = index;
          chunkWidth = 0;
        }
      }
      chunkWidth += width;
    }
    if (from < text.length) place(from, text.length);
  }
  close();
  return out;
}

export function breakLines(atoms: readonly LayoutAtom[], shaper: TextShaper, options: BreakOptions): Line[] {
  const tokens = tokenize(atoms, shaper, options.preserveSpaces ?? false);
  const builder = new LineBuilder(options, shaper);
  for (const token of tokens) {
    if (token.kind === 'break') {
      builder.flush(true);
      continue;
    }
    if (token.kind === 'glue') {
      builder.glue(token);
      continue;
    }
    if (builder.fits(token)) {
      builder.place(token);
      continue;
    }
    if (!builder.empty) builder.flush(false);
    if (builder.fits(token)) {
      builder.place(token);
      continue;
    }
    const pieces = splitWord(token, builder.available, options.width - (options.hangingIndent ?? 0), shaper);
    pieces.forEach((piece, index) => {
      if (index > 0) builder.flush(false);
      builder.place(piece);
    });
  }
  if (!builder.empty || builder.lines.length === 0) builder.flush(true);
  return builder.lines;
}
