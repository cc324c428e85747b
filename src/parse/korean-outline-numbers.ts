/**
 * The numbering of a Korean official document's outline (공문서 항목 기호), a kind of marker per level, in this
 * order: `Ⅰ.`, `1.`, `가.`, `1)`, `가)`, `(1)`, `(가)`, `①`, `㉮`:
 *
 *     Ⅰ. 지도학습
 *      가. 결정 트리
 *       ① 지니 불순도와 엔트로피의 차이는?
 *     Ⅱ. 비지도학습
 *
 * A line's marker tells its level, whatever its indentation: the kinds the note uses are its levels, in that order,
 * and a line's number at its level is its marker's place (`다.` the third). Read as lines, `Ⅱ. 비지도학습` was the last
 * line of the answer above it. numbered-outline.ts reads the outline from these numbers as from `1.` / `1.1.` ones.
 */

export interface MarkedNumber {
  /** The number's parts, a level each: `Ⅱ.` / `가.` / `②` → [2, 1, 2]. */
  path: number[];
  /** The marker as written. */
  number: string;
  /** Where the line's text starts after its marker (0-based, in the line as written). */
  textStart: number;
}

const HANGUL_ORDER = '가나다라마바사아자차카타파하';

interface MarkerKind {
  /** The marker, its indentation before it and the space after it: group 1 the marker, 2 what numbers it. */
  pattern: RegExp;
  ordinal(numbering: string): number;
  /** A kind only Korean outlines number with (`가.`, `(가)`, `㉮`): a note with none of them is numbered some other way. */
  korean: boolean;
}

const hangulOrdinal = (letter: string) => HANGUL_ORDER.indexOf(letter) + 1;
const KINDS: readonly MarkerKind[] = [
  // Roman chapters number Chinese and Japanese notes too (`Ⅰ. 机器学习基础` over `1. 什么是过拟合？`): no Korean outline alone.
  { pattern: /^[ \t]*(([Ⅰ-Ⅻ])\.)[ \t]+(?=\S)/u, ordinal: (roman) => roman.charCodeAt(0) - 0x215f, korean: false },
  { pattern: /^[ \t]*((\d{1,2})\.)[ \t]+(?=\S)/, ordinal: Number, korean: false },
  { pattern: /^[ \t]*(([가나다라마바사아자차카타파하])\.)[ \t]+(?=\S)/, ordinal: hangulOrdinal, korean: true },
  { pattern: /^[ \t]*((\d{1,2})\))[ \t]+(?=\S)/, ordinal: Number, korean: false },
  { pattern: /^[ \t]*(([가나다라마바사아자차카타파하])\))[ \t]+(?=\S)/, ordinal: hangulOrdinal, korean: true },
  { pattern: /^[ \t]*(\((\d{1,2})\))[ \t]+(?=\S)/, ordinal: Number, korean: false },
  { pattern: /^[ \t]*(\(([가나다라마바사아자차카타파하])\))[ \t]+(?=\S)/, ordinal: hangulOrdinal, korean: true },
  // A quiz's options are circled numbers under numbered questions (`1. …?` over `① …`): no outline of them alone.
  { pattern: /^[ \t]*(([①-⑳]))[ \t]*(?=\S)/u, ordinal: (circled) => circled.charCodeAt(0) - 0x245f, korean: false },
  { pattern: /^[ \t]*(([㉮-㉻]))[ \t]*(?=\S)/u, ordinal: (circled) => circled.charCodeAt(0) - 0x326d, korean: true },
];

/** A line that may open with a Korean outline's own marker: a cheap test of the whole text first. */
const KOREAN_MARKER_LINE = /^[ \t]*(?:[Ⅰ-Ⅻ]\.|[가나다라마바사아자차카타파하][.)]|\([가나다라마바사아자차카타파하]\)|[①-⑳㉮-㉻])/mu;

export function mayHoldKoreanOutline(text: string): boolean {
  return KOREAN_MARKER_LINE.test(text);
}

/**
 * Per line, its number in the note's Korean outline, when the note numbers with two kinds of marker at least, one of
 * them a Korean outline's own, a Hangul letter's (`가.`, `가)`, `(가)`, `㉮`); undefined when it does not.
 */
export function koreanOutlineNumbers(lines: readonly string[]): Array<MarkedNumber | undefined> | undefined {
  const marked = lines.map((line) => {
    for (const [rank, kind] of KINDS.entries()) {
      const match = kind.pattern.exec(line);
      if (match) return { rank, match };
    }
    return undefined;
  });
  const ranks = [...new Set(marked.flatMap((found) => (found ? [found.rank] : [])))].sort((a, b) => a - b);
  if (ranks.length < 2 || !ranks.some((rank) => KINDS[rank]!.korean)) return undefined;
  let above: number[] = [];
  return marked.map((found) => {
    if (!found) return undefined;
    const level = ranks.indexOf(found.rank);
    // A level skipped (`①` right under `Ⅰ.`) is numbered 0 there, no number going on: numbered-outline.ts leaves such a line out.
    const path = Array.from({ length: level }, (_, k) => above[k] ?? 0);
    path.push(KINDS[found.rank]!.ordinal(found.match[2]!));
    above = path;
    return { path, number: found.match[1]!, textStart: found.match[0].length };
  });
}
