/**
 * The edits a user makes to one note between two builds, for the one-file
 * rebuilds of the benchmark. They cost qbank differently:
 *
 * - an answer edited: every question keeps its wording, so the comparison of
 *   wordings is kept and only the merge and the outputs are made again;
 * - a question reworded: the wordings are compared again, all of them.
 */
import { readSourceText } from '../build/source-read.js';
import type { Question } from '../schema/question-bank.js';

export interface NoteEdit {
  kind: 'answer edited' | 'question reworded';
  before: string;
  after: string;
}

/** A word of an answer made stronger ("reduces" -> "clearly reduces"); a line added at the end when there is none. */
export function answerEdited(before: string): NoteEdit {
  const edited = before.replace(/\b(reduces|controls|measures)\b/, 'clearly $1');
  return { kind: 'answer edited', before, after: edited !== before ? edited : `${before}\nEdited after the first build.\n` };
}

/**
 * One question's wording changed: " exactly" before the question mark of a
 * question near the middle of the note. The question is found by qbank's
 * own reading, whatever the note's markup, and the edit is checked the same
 * way: exactly one question is worded differently afterwards.
 */
export function questionReworded(file: string, before: string): NoteEdit {
  const wordings = (questions: readonly Question[]) => questions.map((question) => question.question);
  const questions = readSourceText(file, before).questions;
  const was = wordings(questions);
  const lines = before.split('\n');
  const middle = Math.floor(questions.length / 2);
  // From the middle outwards.
  const order = questions.map((_, k) => k).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  for (const k of order) {
    const at = questions[k]!.occurrences[0]!.line - 1;
    const line = lines[at]!;
    const mark = line.lastIndexOf('?');
    if (mark < 0) continue;
    const after = [...lines.slice(0, at), `${line.slice(0, mark)} exactly${line.slice(mark)}`, ...lines.slice(at + 1)].join('\n');
    const now = wordings(readSourceText(file, after).questions);
    if (now.length === was.length && now.filter((wording, i) => wording !== was[i]).length === 1) return { kind: 'question reworded', before, after };
  }
  throw new Error(`${file}: no question found to reword`);
}
