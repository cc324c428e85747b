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
 *
 * An exam letters its options so too (`1. 과적합의 설명으로 옳은 것은?` over `가. …` to `라. …`, then `정답: 나`): such a
 * run is no level of an outline but the question's options (quizOptionLines), read as `A)` to `D)` are (choices.ts).
 */
import { asksToChoose, namesAnOption } from '../extract/choices.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';

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
  const found = lines.map((line) => {
    for (const [rank, kind] of KINDS.entries()) {
      const match = kind.pattern.exec(line);
      if (match) return { rank, match };
    }
    return undefined;
  });
  const options = quizOptionLines(lines, found);
  const marked = found.map((line, index) => (options.has(index) ? undefined : line));
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

type FoundMarker = { rank: number; match: RegExpExecArray } | undefined;

/**
 * The lines that are a quiz's options, lettered as an outline's level is (`가.` to `라.`, `(가)`, `㉮`): a run of one
 * Korean kind from its first letter, two lines at least, right under a line that asks (blank lines may stand between),
 * and either that line asks to choose (`옳은 것은?`, `다음 중`) or the line after the run names one of them
 * (`정답: 나`). An outline's points under a question (`1. 지도학습이란?` over `가. 정의`, `나. 예시`) are neither.
 */
function quizOptionLines(lines: readonly string[], found: readonly FoundMarker[]): Set<number> {
  const options = new Set<number>();
  const nonBlank = (from: number, step: 1 | -1) => {
    let at = from;
    while (at >= 0 && at < lines.length && lines[at]!.trim() === '') at += step;
    return at;
  };
  for (let index = 0; index < lines.length; index++) {
    const first = found[index];
    if (!first || !KINDS[first.rank]!.korean || KINDS[first.rank]!.ordinal(first.match[2]!) !== 1) continue;
    const asking = lines[nonBlank(index - 1, -1)];
    if (asking === undefined || !endsWithQuestionMark(asking.trim())) continue;
    const run = [index];
    for (let at = nonBlank(index + 1, 1); at < lines.length; at = nonBlank(at + 1, 1)) {
      const next = found[at];
      if (next?.rank !== first.rank || KINDS[next.rank]!.ordinal(next.match[2]!) !== run.length + 1) break;
      run.push(at);
    }
    const after = lines[nonBlank(run.at(-1)! + 1, 1)];
    if (run.length < 2 || !(asksToChoose(asking) || (after !== undefined && namesAnOption(after.trim())))) continue;
    for (const at of run) options.add(at);
    index = run.at(-1)!;
  }
  return options;
}
