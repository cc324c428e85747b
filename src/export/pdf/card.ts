/**
 * A question card: the question in bold on a light band (a follow-up under what it asks about), translations, what it
 * shows and a multiple-choice question's options under it, then the answer. The card's
 * frame is drawn by the placement step (a card split over columns gets a
 * frame per piece); here every row carries its own fill, so the pieces stay
 * shaded wherever the split falls.
 */
import type { Flag } from '../../schema/question-bank.js';
import { blockRows } from './blocks.js';
import { reportPicturesOutOfPlace } from './paragraph.js';
import { gapRow, indentRows, type Row } from './display-list.js';
import { inlineAtoms, plainAtoms, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import type { PreparedQuestion } from './prepared-question.js';
import { COLOUR, SPACE, TYPE } from './theme.js';

const QUESTION: InlineStyle = { weight: 'bold', italic: false, code: false, size: TYPE.question, color: COLOUR.ink };
const TRANSLATION: InlineStyle = { weight: 'regular', italic: false, code: false, size: TYPE.translation, color: COLOUR.muted };
const ANSWER: InlineStyle = { weight: 'regular', italic: false, code: false, size: TYPE.body, color: COLOUR.ink };
const NOTE: InlineStyle = { weight: 'regular', italic: true, code: false, size: TYPE.translation, color: COLOUR.faint };

function shaded(rows: Row[], width: number): Row[] {
  return rows.map((row) => ({
    ...row,
    gap: false,
    items: [{ kind: 'rect', x: 0, y: 0, w: width, h: row.height, fill: COLOUR.questionFill }, ...row.items],
  }));
}

function headerRows(prepared: PreparedQuestion, width: number, context: LayoutContext): Row[] {
  const inner = width - 2 * SPACE.cardPadX;
  const rows: Row[] = [gapRow(SPACE.cardPadY)];
  // A follow-up that names no subject, under the question it follows (`What is an SVM? ›`): read alone, it would ask about nothing.
  if (prepared.about) rows.push(...inlineRows(inlineAtoms(prepared.about, TRANSLATION, COLOUR.link), TRANSLATION, inner, context));
  rows.push(...inlineRows(inlineAtoms(prepared.wording, QUESTION, COLOUR.link), QUESTION, inner, context));
  for (const translation of prepared.translations) {
    rows.push(...inlineRows(inlineAtoms(translation, TRANSLATION, COLOUR.link), TRANSLATION, inner, context));
  }
  // What the question shows is part of what is asked: on the band, set as an answer is, its pictures
  // found where the note that showed them is.
  if (prepared.context) {
    rows.push(gapRow(SPACE.cardPadY * 0.4));
    const shown = { ...context, pictures: context.shownPictures, reporter: context.reporter.aboutContext() };
    rows.push(...blockRows(prepared.context.children, inner, shown, ANSWER));
    if (shown.pictures) reportPicturesOutOfPlace(prepared.context, shown.reporter);
  }
  // The options are part of what is asked: on the band, one per line, set as body text.
  if (prepared.choices.length > 0) rows.push(gapRow(SPACE.cardPadY * 0.4));
  for (const choice of prepared.choices) {
    rows.push(...inlineRows(inlineAtoms(choice, ANSWER, COLOUR.link), ANSWER, inner, context));
  }
  rows.push(gapRow(SPACE.cardPadY * 0.8));
  return shaded(indentRows(rows, SPACE.cardPadX), width);
}

/** What the reader should know about an answer the notes left damaged. */
const FLAG_NOTES: Partial<Record<Flag, string>> = {
  'incomplete-answer': 'The answer breaks off in the notes.',
  'placeholder-answer': 'The notes only hold a placeholder for this answer.',
  'code-indentation-lost': 'The code lost its indentation in the notes.',
};

function flagNotes(prepared: PreparedQuestion, width: number, context: LayoutContext): Row[] {
  const notes = prepared.question.flags.map((flag) => FLAG_NOTES[flag]).filter((note): note is string => note !== undefined);
  return notes.flatMap((note) => inlineRows(plainAtoms(`Note: ${note}`, NOTE), NOTE, width, context));
}

/** A card with the question's answer (and a note when the notes damaged it). */
export function answerCard(prepared: PreparedQuestion, width: number, context: LayoutContext): Row[] {
  const inner = width - 2 * SPACE.cardPadX;
  const answer = prepared.answer ? blockRows(prepared.answer.children, inner, context, ANSWER) : [];
  if (prepared.answer && context.pictures) reportPicturesOutOfPlace(prepared.answer, context.reporter);
  const notes = flagNotes(prepared, inner, context);
  // The question stays with the first line of its answer: never alone at the foot of a column.
  const question = [...headerRows(prepared, width, context), gapRow(SPACE.questionGap)].map((row) => ({ ...row, keepWithNext: true }));
  return [
    ...question,
    ...indentRows(answer, SPACE.cardPadX),
    ...(notes.length > 0 ? [gapRow(SPACE.blockGap), ...indentRows(notes, SPACE.cardPadX)] : []),
    gapRow(SPACE.cardPadY),
  ].map((row) => ({ ...row, gap: false }));
}

/** A card for the list of unanswered questions: the question and where it was found. */
export function unansweredCard(prepared: PreparedQuestion, topic: string, width: number, context: LayoutContext): Row[] {
  const inner = width - 2 * SPACE.cardPadX;
  const occurrence = prepared.question.occurrences[0];
  const where = occurrence ? `${topic} · ${occurrence.file}:${occurrence.line}` : topic;
  const note = inlineRows(plainAtoms(where, NOTE), NOTE, inner, context);
  const question = headerRows(prepared, width, context).map((row) => ({ ...row, keepWithNext: true }));
  return [...question, ...indentRows(note, SPACE.cardPadX), gapRow(SPACE.cardPadY * 0.6)].map((row) => ({ ...row, gap: false }));
}
