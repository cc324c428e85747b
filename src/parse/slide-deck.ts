/**
 * A slide deck copied as text (PowerPoint's outline with its speaker notes, Google Slides' "Download as plain
 * text"): each slide opens with its number on a line of its own (`Slide 2`), its title and text under it, its
 * speaker notes after a `Notes:` line. The numbers and the `Notes:` labels are the deck's frame, not what it says,
 * and so are the first slide's presenter (`발표자: 박서준`, a byline), an empty box's placeholder (`Click to add
 * notes`) and a closing slide that only thanks (`감사합니다`,
 * `Thank you!`, `Q&A`): plaintext.ts leaves each out with a note, and a slide's notes answer its title's question.
 */
import { QUESTION_MARK } from '../wording/marks.js';


export type SlideFrameKind = 'slide-frame' | 'closing-slide';

const SLIDE_NUMBER = /^(?:slide|슬라이드)\s*\d{1,3}$/i;
const NOTES_LABEL = /^(?:(?:speaker\s+)?notes|(?:발표자\s*)?노트|메모)\s*[:：]$/i;
const PLACEHOLDER = /^(?:click to add (?:notes|text|title|subtitle)|클릭하여 (?:노트|텍스트|제목|부제목)(?:를|을)? 추가|슬라이드 노트를 입력하려면 클릭하십시오\.?)$/i;
const CLOSING = new RegExp(String.raw`^(?:thank\s*you|thanks|감사합니다|고맙습니다|q\s*&\s*a|questions\s*${QUESTION_MARK}?|질문\s*${QUESTION_MARK}?|the\s+end|끝)[.!！~]*$`, 'i');
const PRESENTER = /^(?:presenter|presented by|speaker|발표자|발표)\s*[:：]\s*\S.{0,40}$/i;
/** Two numbered slides at least: one `Slide 1` line is a heading of a note about slides. */
const FEWEST_SLIDES = 2;

/** Per index of `lines` (trimmed) of a deck's copy, the frame it is; empty when the note is no deck's copy. */
export function slideFrame(lines: readonly string[]): Map<number, SlideFrameKind> {
  const frame = new Map<number, SlideFrameKind>();
  const starts = lines.flatMap((line, index) => (SLIDE_NUMBER.test(line) && (index === 0 || lines[index - 1] === '') ? [index] : []));
  if (starts.length < FEWEST_SLIDES) return frame;
  for (const start of starts) frame.set(start, 'slide-frame');
  for (let index = starts[0]! + 1; index < starts[1]!; index++) if (PRESENTER.test(lines[index]!)) frame.set(index, 'slide-frame');
  for (let index = starts[0]!; index < lines.length; index++) {
    if (NOTES_LABEL.test(lines[index]!) || PLACEHOLDER.test(lines[index]!)) frame.set(index, 'slide-frame');
  }
  // The last slide, when all it says is thanks or a call for questions.
  const last = starts.at(-1)!;
  const said = lines.map((_, index) => index).filter((index) => index > last && lines[index] !== '' && !frame.has(index));
  if (said.length > 0 && said.every((index) => CLOSING.test(lines[index]!))) for (const index of said) frame.set(index, 'closing-slide');
  return frame;
}
