/**
 * The normalise stage: each extracted question becomes a `Question` of the
 * published schema, with its answer (and what it shows, context.ts) as Markdown, sanitised HTML and plain
 * text, its language, kind and flags, and a single occurrence.
 */
import type { VFile } from 'vfile';
import type { Answer, Question } from '../schema/question-bank.js';
import type { ExtractedQuestion } from '../extract/extracted-question.js';
import { inertAnswerMarkdowns } from './answer-markdown.js';
import { answerHtml } from './answer-html.js';
import { answerText } from './answer-text.js';
import { inertBlocks, type OnLeftOut } from './inert-markdown.js';
import { leftOutReporter } from './left-out-report.js';
import { answerFlags } from './flags.js';
import { questionLanguage, translatedLanguage } from './language.js';
import { splitBilingual } from './bilingual.js';
import { questionId } from './question-id.js';
import { normaliseChoices } from './choices.js';
import { questionContext } from './context.js';
import { questionTags } from './tags.js';
import { askedAbout } from './asked-about.js';

export { questionId, normaliseForId } from './question-id.js';
export { sanitizeSchema } from './answer-html.js';
export { languageOf } from './language.js';

export interface NormaliseContext {
  frontMatter?: Record<string, unknown>;
  /** The note's own tags written in its text (its lines of tags, parse/tag-lines.ts): every question's. */
  noteTags?: readonly string[];
  /** The note's file: told (`html-left-out`) of HTML and URLs the answers lose. */
  file?: VFile;
}

/** The context one note gives its questions: its file, and its front matter and tags where parsing it found them (parse/document.ts). */
export function noteContext(file: VFile, frontMatter: Record<string, unknown> | undefined, noteTags: readonly string[] | undefined): NormaliseContext {
  return { ...(frontMatter ? { frontMatter } : {}), ...(noteTags ? { noteTags } : {}), file };
}

export function normaliseQuestion(extracted: ExtractedQuestion, context: NormaliseContext = {}): Question {
  return normaliseQuestions([extracted], context)[0]!;
}

/** The questions of one note. Their answers' Markdown is written in one call (see `inertAnswerMarkdowns`). */
export function normaliseQuestions(extracted: readonly ExtractedQuestion[], context: NormaliseContext = {}): Question[] {
  // The Markdown and the text hold what the HTML keeps: not the text of a script written inline, say.
  const { file } = context;
  const reporters = extracted.map((question) => file && leftOutReporter(file, question.prompt));
  const inert = extracted.map((question, i) => inertBlocks(question.answer, reporters[i]));
  const texts = inert.map((blocks) => answerText(blocks));
  const flags = extracted.map((question, i) => answerFlags(question.answer, texts[i]!, question.prompt));
  const answered = (i: number) => !flags[i]!.includes('no-answer');
  const markdown = inertAnswerMarkdowns(inert.filter((_, i) => answered(i)));
  const about = askedAbout(extracted);
  let next = 0;
  return extracted.map((question, i) => {
    const answer = answered(i) ? { markdown: markdown[next++]!, html: answerHtml(question.answer), text: texts[i]! } : null;
    return questionOf(question, context, answer, flags[i]!, reporters[i], about[i]);
  });
}

function questionOf(
  extracted: ExtractedQuestion,
  context: NormaliseContext,
  answer: Answer | null,
  flags: Question['flags'],
  onLeftOut: OnLeftOut | undefined,
  about: string | undefined,
): Question {
  const wordings = splitBilingual(extracted.prompt);
  const { question } = wordings;
  // A translation on the line under the question (extract/translation-line.ts), or on its own line.
  const translations = { ...extracted.translations, ...wordings.translations };
  const choices = normaliseChoices(extracted.choices ?? [], onLeftOut);
  const onContextLeftOut = context.file && leftOutReporter(context.file, extracted.prompt, 'context');
  // Hints are shown after what the question shows, and are no part of what it asks: not of its id either (a hint edited
  // is the same question).
  const hints = extracted.hints ?? [];
  const asked = hints.length > 0 ? questionContext(extracted.context) : undefined;
  const shown = questionContext([...(extracted.context ?? []), ...hints], onContextLeftOut);
  return {
    // Two quizzes may ask "Which of the following is true?" of different options.
    id: questionId(
      extracted.prompt,
      choices.map((choice) => choice.text),
      hints.length > 0 ? asked?.markdown : shown?.markdown,
      about,
    ),
    question,
    translations,
    choices,
    ...(shown ? { context: shown } : {}),
    ...(about !== undefined ? { about } : {}),
    answer,
    topic: extracted.topic,
    tags: questionTags(context.frontMatter, [...(context.noteTags ?? []), ...(extracted.tags ?? [])]),
    lang: translatedLanguage(questionLanguage(extracted.prompt, answer, flags), translations),
    kind: extracted.coding ? 'coding' : 'concept',
    flags,
    related: [],
    occurrences: [
      {
        file: extracted.file,
        line: extracted.line,
        question: extracted.written,
        topic: extracted.topic,
        ...(shown ? { context: shown } : {}),
        answer,
      },
    ],
  };
}
