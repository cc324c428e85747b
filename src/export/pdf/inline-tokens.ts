/**
 * Inline atoms to tokens for line breaking: words (unbreakable runs of
 * measured parts, possibly spanning several styles and fonts), glue (the
 * break opportunities, with the width of the space they stand for) and hard
 * breaks.
 *
 * Break opportunities are spaces, the place after a hyphen or slash between
 * letters, and either side of a Chinese or Japanese character. There is no
 * break opportunity between two Hangul syllables: Korean is spaced into
 * words, and a line must never cut one.
 */
import type { FontKey } from './fonts.js';
import type { InlineStyle } from './inline-runs.js';
import type { TextShaper } from './text-shaper.js';
import { ANY_HAN_KANA } from '../../wording/scripts.js';

export type LayoutAtom =
  | { kind: 'text'; text: string; style: InlineStyle }
  | { kind: 'box'; width: number; ascent: number; descent: number; svg: string }
  | { kind: 'break' };

export type Part =
  | { kind: 'text'; text: string; font: FontKey; width: number; style: InlineStyle; missing?: boolean }
  | { kind: 'box'; width: number; ascent: number; descent: number; svg: string };

export interface Word {
  kind: 'word';
  parts: Part[];
  width: number;
}
export interface Glue {
  kind: 'glue';
  text: string;
  width: number;
  font: FontKey;
  style: InlineStyle;
}
export type Token = Word | Glue | { kind: 'break' };

const PUNCTUATION = /\p{P}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BREAK_AFTER = new Set(['-', '\u2010', '\u2013', '\u2014', '/']);


/** Is there a break opportunity between `before` and `after` (neither a space)? */
export function canBreakBetween(beforeBefore: string | undefined, before: string, after: string): boolean {
  if (ANY_HAN_KANA.test(after) && !PUNCTUATION.test(before)) return true;
  if (ANY_HAN_KANA.test(before) && !PUNCTUATION.test(after)) return true;
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

export function tokenize(atoms: readonly LayoutAtom[], shaper: TextShaper, preserveSpaces: boolean): Token[] {
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

