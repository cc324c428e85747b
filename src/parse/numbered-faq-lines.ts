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
 */
import { questionAnsweredAfter, readsAsTask } from '../wording/interrogative.js';
import { ANSWER_ARROW } from './answer-line.js';

/** A numbered line at the left margin, its number and the text after it. */
export const NUMBERED_LINE = /^(\d{1,3}[.)])[ \t]+(\S.*)$/;

/** The indexes of `lines` (0-based) that are a FAQ's numbered lines, each a question answered on its line. */
export function numberedFaqLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const close = () => {
    const answered = run.filter((index) => answersOnItsLine(NUMBERED_LINE.exec(lines[index]!)![2]!)).length;
    if (answered >= 2 && answered * 2 >= run.length) for (const index of run) found.add(index);
    run = [];
  };
  lines.forEach((line, index) => {
    if (NUMBERED_LINE.test(line)) run.push(index);
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
