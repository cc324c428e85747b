/**
 * The published shape of a question bank: the one definition that gives both
 * the TypeScript types and `questions.schema.json` (JSON Schema 2020-12).
 *
 * Field names are a public contract: other tools import `questions.json`.
 * Add fields freely; rename or remove only with a new `SCHEMA_VERSION`.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** 16 lowercase hex digits derived from the normalised question text. */
export const QuestionId = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe('Stable id: a hash of the normalised question text, never of a position or a time.');

export const Language = z
  .enum(['en', 'ko', 'mixed'])
  .describe('Language of the question and its answer: English, Korean, or both.');

export const QuestionKind = z
  .enum(['concept', 'coding'])
  .describe('"coding" when the question asks for code (for example "Implement softmax").');

export const Flag = z
  .enum([
    'no-answer',
    'incomplete-answer',
    'placeholder-answer',
    'code-indentation-lost',
  ])
  .describe(
    'no-answer: the source has no answer; incomplete-answer: the answer breaks off; ' +
      'placeholder-answer: the answer is a placeholder such as "TBD"; ' +
      'code-indentation-lost: code whose indentation was lost when it was copied.',
  );

export const Answer = z
  .object({
    markdown: z.string().describe('The answer as Markdown; math keeps its delimiters.'),
    html: z
      .string()
      .describe('The answer as sanitised HTML; math stays as \\(...\\) and \\[...\\] text.'),
    text: z.string().describe('The answer as plain text (not HTML: escape it before display): lists as indented bullets, numbered when ordered; math as its TeX source; code as written.'),
  })
  .strict();

export const Occurrence = z
  .object({
    file: z.string().describe('Path of the source file, relative to the working directory, with / separators.'),
    line: z.number().int().min(1).describe('1-based line where the question starts.'),
    question: z.string().describe('The question exactly as written there (source text, not HTML: escape it before display).'),
    topic: z.string().nullable().describe('Section heading the question stood under in that file.'),
    answer: Answer.nullable().describe('The answer this source gave, or null.'),
  })
  .strict();

export const Translations = z
  .object({
    en: z.string().optional(),
    ko: z.string().optional(),
  })
  .strict()
  .describe('The same question in other languages, when a source wrote it bilingually.');

export const Question = z
  .object({
    id: QuestionId,
    question: z
      .string()
      .min(1)
      .describe('Clean question text (plain text: escape it before putting it into HTML): no numbering, Q: prefix, emphasis, difficulty emoji or links.'),
    translations: Translations,
    answer: Answer.nullable().describe('The primary (most complete) answer, or null when no source has one.'),
    topic: z.string().nullable().describe('From the source\'s section headings, when there are any.'),
    tags: z.array(z.string()),
    lang: Language,
    kind: QuestionKind,
    flags: z.array(Flag),
    related: z.array(QuestionId).describe('Ids of closely related questions that were kept apart.'),
    occurrences: z.array(Occurrence).min(1).describe('Every place the question was found.'),
  })
  .strict();

export const SourceSummary = z
  .object({
    file: z.string(),
    title: z.string().optional().describe('The note\'s own title, when it has one.'),
    format: z.enum(['markdown', 'plaintext']).describe('How the file\'s content was read (decided from the content).'),
    questions: z.number().int().min(0).describe('Questions found in this file.'),
  })
  .strict();

export const QuestionBank = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    sources: z.array(SourceSummary),
    questions: z.array(Question),
  })
  .strict();

export type QuestionId = z.infer<typeof QuestionId>;
export type Language = z.infer<typeof Language>;
export type QuestionKind = z.infer<typeof QuestionKind>;
export type Flag = z.infer<typeof Flag>;
export type Answer = z.infer<typeof Answer>;
export type Occurrence = z.infer<typeof Occurrence>;
export type Translations = z.infer<typeof Translations>;
export type Question = z.infer<typeof Question>;
export type SourceSummary = z.infer<typeof SourceSummary>;
export type QuestionBank = z.infer<typeof QuestionBank>;
