/**
 * One note from one question: its GUID, its four fields (sanitised HTML only) and its tags.
 */
import type { Occurrence, Question } from '../../schema/question-bank.js';
import { answerSourceOf, contextSourceOf } from '../answer-images.js';
import { answerField } from './answer-field.js';
import type { ImageOutcome, ResolveImage } from './answer-images.js';
import { choiceMark } from '../../schema/choice-mark.js';
import { inertTexInRun, inertTexInText } from '../../normalise/inert-tex.js';
import { escapeHtml, finishField, storedText } from './field-text.js';
import { noteGuid } from './ids.js';
import { noteTags } from './tags.js';
import { wordingHtml } from './wording-math.js';

export interface Note {
  guid: string;
  question: Question;
  /** Question, Answer, Topic, Sources, in the note type's field order. */
  fields: [question: string, answer: string, topic: string, sources: string];
  tags: string[];
  /** Images of the answer and of the options that could not be packed. */
  missingImages: { src: string; problem: string }[];
  /** The occurrence whose answer this is (image paths are relative to its file). */
  answerSource: Occurrence;
}

/** Resolves an `<img src>` of an answer that came from `occurrence`'s file. */
export type ImageResolver = (src: string, occurrence: Occurrence) => ImageOutcome;

/**
 * What a follow-up asks about over it (`What is an SVM? ›` over `What are its pros and cons?`), the question,
 * with its other-language wordings under it (math as the PDF finds it, wording-math.ts),
 * then what it shows (its context: a picture, a table, code), then a multiple-choice question's options,
 * one per line, each as sanitised as an answer is. `resolveShown` resolves the context's pictures, whose
 * paths are relative to the note that showed them.
 */
function questionField(question: Question, resolveImage: ResolveImage, resolveShown: ResolveImage): { html: string; missingImages: Note['missingImages'] } {
  // Each text as Anki stores it before its TeX is made inert (storedText).
  const asked = storedText(question.question);
  let html = question.about === undefined ? '' : `<div class="about">${wordingHtml(storedText(question.about))}</div>\n`;
  html += wordingHtml(asked);
  for (const lang of ['ko', 'en'] as const) {
    const wording = storedText(question.translations[lang] ?? '').trim();
    if (wording && wording !== asked.trim()) {
      html += `\n<div class="translation" lang="${lang}">${wordingHtml(wording)}</div>`;
    }
  }
  const missingImages: Note['missingImages'] = [];
  if (question.context) {
    const shown = answerField(question.context.html, resolveShown);
    missingImages.push(...shown.missingImages);
    html += `\n<div class="context">${shown.html}</div>`;
  }
  if (question.choices.length > 0) {
    const options = question.choices.map((choice) => {
      const field = answerField(choice.html, resolveImage);
      missingImages.push(...field.missingImages);
      return `<div class="choice">${escapeHtml(choiceMark(choice.label))} ${field.html}</div>`;
    });
    html += `\n<div class="choices">${options.join('')}</div>`;
  }
  return { html: finishField(html), missingImages };
}

/**
 * Every file the question was found in, one per line. Not the line numbers: a line added at the top
 * of a note would change the field of every question below it, and Anki would update all those
 * notes on the next import (overwriting what the learner edited in them) for nothing they can see.
 */
function sourcesField(occurrences: readonly Occurrence[]): string {
  const files = [...new Set(occurrences.map((o) => storedText(o.file)))];
  // One string to MathJax, line breaks and all: the names are made inert together.
  return finishField((inertTexInRun(files) ?? files).map(escapeHtml).join('<br>'));
}

export function buildNote(question: Question, resolveImage: ImageResolver): Note {
  const answerSource = answerSourceOf(question);
  const resolve = (src: string) => resolveImage(src, answerSource);
  const answer = question.answer ? answerField(question.answer.html, resolve) : { html: '', missingImages: [] };
  const shownSource = contextSourceOf(question);
  const front = questionField(question, resolve, (src: string) => resolveImage(src, shownSource));
  return {
    guid: noteGuid(question.id),
    question,
    fields: [
      front.html,
      answer.html,
      finishField(escapeHtml(inertTexInText(storedText(question.topic ?? '')))),
      sourcesField(question.occurrences),
    ],
    tags: noteTags(question),
    missingImages: [...front.missingImages, ...answer.missingImages],
    answerSource,
  };
}
