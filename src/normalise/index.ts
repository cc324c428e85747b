/**
 * The normalise stage: each extracted question becomes a `Question` of the
 * published schema, with its answer as Markdown, sanitised HTML and plain
 * text, its language, kind and flags, and a single occurrence.
 */
import type { Answer, Question } from '../schema/question-bank.js';
import type { ExtractedQuestion } from '../extract/extracted-question.js';
import { answerMarkdown } from './answer-markdown.js';
import { answerHtml } from './answer-html.js';
import { answerText } from './answer-text.js';
import { answerFlags } from './flags.js';
import { questionLanguage } from './language.js';
import { splitBilingual } from './bilingual.js';
import { questionId } from './question-id.js';
import { frontMatterTags } from './tags.js';

export { questionId, normaliseForId } from './question-id.js';
export { sanitizeSchema } from './answer-html.js';
export { languageOf } from './language.js';

export interface NormaliseContext {
  frontMatter?: Record<string, unknown>;
}

export function normaliseQuestion(extracted: ExtractedQuestion, context: NormaliseContext = {}): Question {
  const text = answerText(extracted.answer);
  const flags = answerFlags(extracted.answer, text);
  const answer: Answer | null = flags.includes('no-answer')
    ? null
    : { markdown: answerMarkdown(extracted.answer), html: answerHtml(extracted.answer), text };
  const { question, translations } = splitBilingual(extracted.prompt);
  return {
    id: questionId(extracted.prompt),
    question,
    translations,
    answer,
    topic: extracted.topic,
    tags: frontMatterTags(context.frontMatter),
    lang: questionLanguage(extracted.prompt, answer?.text),
    kind: extracted.coding ? 'coding' : 'concept',
    flags,
    related: [],
    occurrences: [
      {
        file: extracted.file,
        line: extracted.line,
        question: extracted.written,
        topic: extracted.topic,
        answer,
      },
    ],
  };
}

export function normaliseQuestions(extracted: readonly ExtractedQuestion[], context: NormaliseContext = {}): Question[] {
  return extracted.map((question) => normaliseQuestion(question, context));
}
