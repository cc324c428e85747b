/**
 * Questions as extraction produces them (one occurrence each), built from a
 * plain question string for the deduplication tests.
 */
import { createHash } from 'node:crypto';
import type { Answer, Flag, Question } from '../../src/schema/question-bank.js';

export interface QuestionSpec {
  question: string;
  file?: string;
  line?: number;
  /** Plain answer text; null or omitted for no answer. */
  answer?: string | null;
  kind?: Question['kind'];
  topic?: string | null;
  tags?: string[];
  flags?: Flag[];
  translations?: Question['translations'];
}

/** The id extraction gives: sha256 of the normalised text, 16 hex digits. */
export function idOf(text: string): string {
  const normalised = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

export function languageOf(text: string): Question['lang'] {
  const hangul = /[\uac00-\ud7a3]/.test(text);
  const latin = /[A-Za-z]{2,}/.test(text);
  return hangul && latin ? 'mixed' : hangul ? 'ko' : 'en';
}

function answerOf(text: string): Answer {
  return { markdown: text, html: `<p>${text}</p>`, text };
}

/** "Implement softmax" is a coding task; everything else is a concept unless told. */
function kindOf(text: string): Question['kind'] {
  return /^(implement|write|code)\b/i.test(text.trim()) ? 'coding' : 'concept';
}

export function question(spec: QuestionSpec | string): Question {
  const s: QuestionSpec = typeof spec === 'string' ? { question: spec } : spec;
  const answer = s.answer ? answerOf(s.answer) : null;
  const file = s.file ?? 'notes.md';
  const line = s.line ?? 1;
  const topic = s.topic ?? null;
  return {
    id: idOf(s.question),
    question: s.question,
    translations: s.translations ?? {},
    choices: [],
    answer,
    topic,
    tags: s.tags ?? [],
    lang: languageOf(s.question),
    kind: s.kind ?? kindOf(s.question),
    flags: s.flags ?? (answer === null ? ['no-answer'] : []),
    related: [],
    occurrences: [{ file, line, question: s.question, topic, answer }],
  };
}

/** Several questions, each on its own line of one file. */
export function questions(texts: string[], file = 'notes.md'): Question[] {
  return texts.map((text, i) => question({ question: text, file, line: i + 1 }));
}
