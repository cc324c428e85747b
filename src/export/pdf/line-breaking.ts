/**
 * Greedy line breaking of styled atoms into lines of positioned pieces.
 *
 * Break opportunities are spaces, the place after a hyphen or slash between
 * letters, and either side of a Chinese or Japanese character. There is no
 * break opportunity between two Hangul syllables: Korean is spaced into
 * words and a line must never cut one (pdfkit's own wrapper does; this
 * breaker replaces it, and because heights are measured from these very
 * lines, measuring and drawing always agree). Only a word longer than a
 * whole line is cut, between grapheme clusters.
 */
import type { FontKey } from './fonts.js';
import type { InlineStyle } from './inline-runs.js';
import type { TextShaper } from './text-shaper.js';

export type LayoutAtom =
  | { kind: 'text'; text: string; style: InlineStyle }
  | { kind: 'box'; width: number; ascent: number; descent: number; svg: string }
  | { kind: 'break' };

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

type Part =
  | { kind: 'text'; text: string; font: FontKey; width: number; style: InlineStyle; missing?: boolean }
  | { kind: 'box'; width: number; ascent: number; descent: number; svg: string };

interface Word {
  kind: 'word';
  parts: Part[];
  width: number;
}
interface Glue {
  kind: 'glue';
  text: string;
  width: number;
  font: FontKey;
  style: InlineStyle;
}
type Token = Word | Glue | { kind: 'break' };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const PUNCTUATION = /\p{P}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BREAK_AFTER = new Set(['-', '\u2010', '\u2013', '\u2014', '/']);
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Is there a break opportunity between `before` and `after` (neither a space)? */
export function canBreakBetween(beforeBefore: string | undefined, before: string, after: string): boolean {
  if (CJK.test(after) && !PUNCTUATION.test(before)) return true;
  if (CJK.test(before) && !PUNCTUATION.test(after)) return true;
  if (BREAK_AFTER.has(before)) {
    return beforeBefore !== undefined && LETTER_OR_DIGIT.test(beforeBefore) && LETTER_OR_DIGIT.test(after);
  }
  return false;
}

/** Split text into space runs and word pieces at break opportunities. */
function segments(text: string): Array<{ text: string; space: boolean }> {
  const out: Array<{ text: string; space: boolean }> = [];
  const chars = Array.from(text);
  let current = '';
  let currentSpace = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const space = char === ' ' || char === '\t' || char === '\n';
    if (current.length > 0) {
      const split =
        space !== currentSpace || (!space && canBreakBetween(chars[i - 2], chars[i - 1]!, char));
      if (split) {
        out.push({ text: current, space: currentSpace });
        current = '';
      }
    }
    current += char;
    currentSpace = space;
  }
  if (current.length > 0) out.push({ text: current, space: currentSpace });
  return out;
}

function tokenize(atoms: readonly LayoutAtom[], shaper: TextShaper, preserveSpaces: boolean): Token[] {
  const tokens: Token[] = [];
  let word: Word | undefined;
  let lineStart = true;
  const addPart = (part: Part): void => {
    if (!word) {
      word = { kind: 'word', parts: [], width: 0 };
      tokens.push(word);
    }
    word.parts.push(part);
    word.width += part.width;
    lineStart = false;
  };
  const endWord = (): void => {
    word = undefined;
  };
  for (const atom of atoms) {
    if (atom.kind === 'break') {
      endWord();
      tokens.push({ kind: 'break' });
      lineStart = true;
      continue;
    }
    if (atom.kind === 'box') {
      addPart(atom);
      continue;
    }
    const text = preserveSpaces ? atom.text.replace(/\n/g, ' ') : atom.text.replace(/\s+/g, ' ');
    for (const segment of segments(text)) {
      if (segment.space) {
        const spaceText = preserveSpaces ? segment.text : ' ';
        if (preserveSpaces && lineStart) {
          // Leading indentation of code is content, not a break opportunity.
          for (const run of shaper.shape(spaceText, atom.style)) addPart({ kind: 'text', ...run, style: atom.style });
          continue;
        }
        endWord();
        const font = shaper.primary(atom.style);
        tokens.push({
          kind: 'glue',
          text: spaceText,
          width: shaper.width(spaceText, font, atom.style.size),
          font,
          style: atom.style,
        });
        continue;
      }
      if (word && word.parts.length > 0 && tokens[tokens.length - 1] === word && isBreakBoundary(word, segment.text)) {
        // A break opportunity inside a word (after a hyphen, around CJK).
        endWord();
        tokens.push({ kind: 'glue', text: '', width: 0, font: shaper.primary(atom.style), style: atom.style });
      }
      for (const run of shaper.shape(segment.text, atom.style)) addPart({ kind: 'text', ...run, style: atom.style });
    }
  }
  return tokens;
}

/** A new segment following a word part: was it split off at a break opportunity? */
function isBreakBoundary(word: Word, next: string): boolean {
  const last = word.parts[word.parts.length - 1];
  if (!last || last.kind !== 'text' || last.missing) return false;
  const tail = Array.from(last.text);
  const head = Array.from(next)[0];
  if (!head || tail.length === 0) return false;
  return canBreakBetween(tail[tail.length - 2], tail[tail.length - 1]!, head);
}

function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  return (
    a.weight === b.weight &&
    a.italic === b.italic &&
    a.code === b.code &&
    a.strike === b.strike &&
    a.link === b.link &&
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
        ascent = Math.max(ascent, this.shaper.fonts.ascent(piece.font, piece.style.size));
        descent = Math.max(descent, this.shaper.fonts.descent(piece.font, piece.style.size));
      }
    }
    this.lines.push({ pieces: this.pieces, indent: this.indent, width: this.x, ascent, descent, wrapped: this.wrapped });
    this.pieces = [];
    this.x = 0;
    this.pendingGlue = undefined;
    this.wrapped = !hard;
  }
}

/** Cut a word that is wider than a whole line into pieces that fit. */
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
    let chunk = '';
    let chunkWidth = 0;
    for (const { segment } of graphemes.segment(part.text)) {
      const width = shaper.width(segment, part.font, part.style.size);
      if (current.width + chunkWidth + width > limit && (chunk.length > 0 || current.parts.length > 0)) {
        if (chunk.length > 0) {
          const exact = shaper.width(chunk, part.font, part.style.size);
          current.parts.push({ ...part, text: chunk, width: exact });
          current.width += exact;
        }
        close();
        chunk = '';
        chunkWidth = 0;
      }
      chunk += segment;
      chunkWidth += width;
    }
    if (chunk.length > 0) {
      const exact = shaper.width(chunk, part.font, part.style.size);
      current.parts.push({ ...part, text: chunk, width: exact });
      current.width += exact;
    }
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
