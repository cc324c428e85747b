/**
 * The buttons of a Tistory post's fold (접은 글), copied with the page: `더보기` over the text the author folded,
 * `접기` under it.
 *
 *     1. Receptive field란 무엇인가요?
 *
 *     더보기
 *     출력 뉴런 하나가 입력에서 보는 영역의 크기입니다.
 *     접기
 *
 * They are the page's, not the note's: read as lines, every answer opened with `더보기`, and `접기`, a short line over
 * the next question, was its topic. The folded text is the answer. A button is one only as the pair stands, or as a
 * `더보기` alone right under a question (the copy taken with the fold shut, or ended before its `접기`): the word on a
 * line anywhere else is the note's.
 */
import { endsWithQuestionMark } from '../wording/interrogative.js';

const OPEN = /^더\s?보기$/;
const CLOSE = /^접기$/;

/** The lines (0-based) of `lines`, the note's lines trimmed, that are a fold's buttons. */
export function foldButtons(lines: readonly string[]): number[] {
  // Every button is a line of its word alone, and `접기` one only under `더보기`: a note without the word (most notes) has
  // none, and is not read line by line.
  if (!lines.some((line) => line.includes('보기'))) return [];
  const written: { index: number; text: string }[] = [];
  lines.forEach((text, index) => {
    if (text !== '') written.push({ index, text });
  });
  const buttons: number[] = [];
  written.forEach(({ index, text }, at) => {
    if (!OPEN.test(text)) return;
    // The next button under it, if any (`end` past the last line if none): the search stops there, so the note is read once.
    let end = at + 1;
    while (end < written.length && !OPEN.test(written[end]!.text) && !CLOSE.test(written[end]!.text)) end++;
    const folded = end > at + 1;
    // Text folded between the two buttons, or a button right under a question, with text under it.
    if (folded && end < written.length && CLOSE.test(written[end]!.text)) buttons.push(index, written[end]!.index);
    else if (at > 0 && endsWithQuestionMark(written[at - 1]!.text) && folded) buttons.push(index);
  });
  return buttons;
}
