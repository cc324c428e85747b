/**
 * A FAQ copied one numbered line per question (`1. What is overfitting? When the model memorises the data.` /
 * `2. What is dropout? …`): each line asks and then answers on its line. Copied text's numbered lines are
 * paragraphs (plaintext.ts: a top-level `1.` opens no list there, as most such lines are questions alone on
 * their line), and a paragraph that asks and then states asks nothing; as the items of a list they are a FAQ
 * written one line per item, as Markdown's are read (question-list.ts `answersOnItsLines`).
 *
 * A run is its numbered lines at the left margin, blank lines between them allowed and nothing else, two at
 * least, most of which ask with a question mark and answer on their line. One such line among questions is no
 * sign of it (a question with a remark after it is written so too).
 *
 * Lines with no number are read by the same rule (`plainFaqLines`: `오버피팅이란? 학습 데이터를 외우는 것.`,
 * `什么是过拟合？模型记住了训练数据。`), their run the lines at the left margin that hold a question mark with text after
 * it, no bullet, label (`Q: …`) or answer mark (`… ? A: …`, `… ? → …`) before the text: those are read as they are.
 */
import { questionAnsweredAfter, readsAsTask } from '../wording/interrogative.js';
import { ANSWER_ARROW } from './answer-line.js';
import { ANSWER_MARK } from './answer-mark.js';
import { isQaLine } from './runaway-blocks.js';
import { QUESTION_MARK } from '../wording/marks.js';

/** A numbered line at the left margin, its number and the text after it. */
export const NUMBERED_LINE = /^(\d{1,3}[.)])[ \t]+(\S.*)$/;

/** A line at the left margin with no number, its whole text as NUMBERED_LINE's second group, so both are read alike. */
export const PLAIN_LINE = /^()(\S.*)$/;
/** A quote's, a table row's or a heading's mark opening a line: its line is that block's. */
const BLOCK_MARK = /^[>|#]/;
/** A question mark with text after it. */
const ASKED_THEN_SAID = new RegExp(String.raw`${QUESTION_MARK}\s*\S`);

/**
 * The indexes of `lines` (0-based) that are a FAQ's numbered lines, each a question answered on its line. `least`: how
 * many of a run must be answered so, two unless each line is a unit of its own (a Kindle clipping's highlight).
 */
export function numberedFaqLines(lines: readonly string[], least = 2): Set<number> {
  return faqLines(lines, (line) => NUMBERED_LINE.test(line), NUMBERED_LINE, least);
}

/**
 * The indexes of `lines` (0-based) that are a FAQ's lines with no number, each a question answered on its line.
 * `isBullet`: whether a line is a list's item as the reader of the text reads one (`·오버피팅이란? …`), no FAQ line;
 * `least` as numberedFaqLines takes it.
 */
export function plainFaqLines(lines: readonly string[], isBullet: (line: string) => boolean, least = 2): Set<number> {
  return faqLines(lines, (line) => isPlainFaqShape(line) && !isBullet(line), PLAIN_LINE, least);
}

/** A line that may be a FAQ's with no number: a question mark and text after it, read by no other rule. */
function isPlainFaqShape(line: string): boolean {
  return PLAIN_LINE.test(line) && ASKED_THEN_SAID.test(line) && !NUMBERED_LINE.test(line) && !BLOCK_MARK.test(line) && !isQaLine(line) && !ANSWER_MARK.test(line);
}

/** The runs of lines of `shape` (blank lines between allowed), `least` of each at least and most of it answered on their line. */
function faqLines(lines: readonly string[], shape: (line: string) => boolean, text: RegExp, least: number): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const close = () => {
    const answered = run.filter((index) => answersOnItsLine(text.exec(lines[index]!)![2]!)).length;
    if (answered >= least && answered * 2 >= run.length) for (const index of run) found.add(index);
    run = [];
  };
  lines.forEach((line, index) => {
    if (shape(line)) run.push(index);
    else if (line.trim() !== '') close();
  });
  close();
  return found;
}

/**
 * Whether the text asks with a question mark and then answers, not with a task (`Why? Show a plot.` asks twice).
 * An answer after an arrow (`What is L2? → A penalty.`) is the line reader's, which reads it so wherever it stands.
 */
function answersOnItsLine(text: string): boolean {
  const question = questionAnsweredAfter(text);
  if (question === undefined) return false;
  const answer = text.slice(question.length);
  return !ANSWER_ARROW.test(answer) && !readsAsTask(answer.trim());
}
