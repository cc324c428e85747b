/**
 * The published shape of a question bank: the one definition that gives both
 * the TypeScript types and `questions.schema.json` (JSON Schema 2020-12).
 *
 * Field names are a public contract: other tools import `questions.json`.
 * Every change of shape, an added field too, comes with a new
 * `SCHEMA_VERSION`: the published schema refuses properties it does not name
 * (`additionalProperties: false`), so a consumer validating with an older
 * copy would reject a file that has a new field.
 *
 * A value that may be missing is `null` when the field itself always means
 * something (`answer`, `topic`), and left out when it is one of a set
 * (`translations.ko`, a source's `title`).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 12 as const;

const SOURCE_FILE = 'Path of the source file, with / separators: relative to the working directory when the file is inside it, else absolute.';

/** 16 lowercase hex digits derived from the normalised question text. */
export const QuestionId = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe(
    'Stable id: the hash of one of the question\'s normalised wordings, never of a position or a time. ' +
      'A merged question keeps the id it had in the previous questions.json of the output folder, so the id stays ' +
      'when another wording is added or becomes the clearest; built afresh, it is the hash of one of its wordings.',
  );

export const Language = z
  .enum(['en', 'ko', 'zh', 'ja', 'mixed'])
  .describe(
    'Language of the question and its answer: English, Korean, Chinese or Japanese, or "mixed" when the answer is in another ' +
      'language than the question (its code and math are in none), or the question is written in two.',
  );

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
    text: z.string().describe('The answer as plain text (not HTML: escape it before display): lists as indented bullets, numbered when ordered; math as its TeX source; code as written; a picture as its alt text in brackets ([image] without one).'),
  })
  .strict();

export const Context = z
  .object({
    markdown: z.string().describe('What the question shows, as Markdown.'),
    html: z.string().describe('What the question shows, as sanitised HTML.'),
    text: z.string().describe('What the question shows, as plain text (not HTML: escape it before display); a picture as its alt text in brackets.'),
  })
  .strict()
  .describe(
    'What the question shows with it and refers to, which no wording holds: the picture, table or code of "Given this directed graph." or ' +
      '"Given the following code snippet.", then the hints its source gives with it ("(hint: np.zeros)", "Hint: two tables"). ' +
      'Show it with the question, before the answer; left out when the question shows nothing.',
  );

export const Choice = z
  .object({
    label: z.string().describe('The option\'s label as written, without brackets or point: "a", "B", "2", "③"; empty for a task-list box.'),
    markdown: z.string().describe('The option as Markdown.'),
    html: z.string().describe('The option as sanitised HTML (inline: no enclosing paragraph).'),
    text: z.string().describe('The option as plain text (not HTML: escape it before display).'),
    correct: z
      .boolean()
      .nullable()
      .describe('Whether it is a right answer, when the source says (a ticked box, an answer line naming it); null when it does not.'),
  })
  .strict();

export const Occurrence = z
  .object({
    file: z.string().describe(SOURCE_FILE),
    line: z.number().int().min(1).describe('1-based line where the question starts.'),
    question: z.string().describe('The question exactly as written there (source text, not HTML: escape it before display).'),
    topic: z.string().nullable().describe('Section heading the question stood under in that file.'),
    context: Context.optional(),
    answer: Answer.nullable().describe('The answer this source gave, or null.'),
  })
  .strict();

export const Translations = z
  .object({
    en: z.string().optional().describe('The question in English; left out when no source wrote it so.'),
    ko: z.string().optional().describe('The question in Korean; left out when no source wrote it so.'),
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
    choices: z
      .array(Choice)
      .describe('The options of a multiple-choice question, in their order, taken out of the answer; empty for any other question.'),
    context: Context.optional(),
    about: z
      .string()
      .min(1)
      .optional()
      .describe(
        'What a follow-up asks about when its wording names no subject of its own ("What are its pros and cons?", "장단점은?"): ' +
          'the question before it in its section, or else the section\'s heading (plain text). Part of what it asks, and of its id: ' +
          'the same words under two subjects are two questions. Left out for any other question.',
      ),
    answer: Answer.nullable().describe('The primary (most complete) answer, or null when no source has one.'),
    topic: z.string().nullable().describe('From the source\'s section headings, when there are any.'),
    tags: z.array(z.string()).describe('The tags and categories of the front matter of every note the question was found in, and those its own metadata lines there give (`**Category:** …`, `**Tags:** …` over its answer).'),
    lang: Language,
    kind: QuestionKind,
    flags: z.array(Flag),
    related: z.array(QuestionId).describe('Ids of closely related questions that were kept apart.'),
    occurrences: z.array(Occurrence).min(1).describe('Every place the question was found.'),
  })
  .strict();

export const SourceSummary = z
  .object({
    file: z.string().describe(SOURCE_FILE),
    title: z.string().optional().describe('The note\'s own title; left out when it has none.'),
    format: z.enum(['markdown', 'plaintext', 'html', 'notebook', 'org', 'latex', 'asciidoc', 'rst', 'scrapbox', 'wiki', 'typst', 'opml', 'enex', 'canvas', 'keep', 'roam']).describe('How the file\'s content was read (decided from the content; an Org note by its `.org` name too, a LaTeX note by its `.tex` name, an AsciiDoc note by its `.adoc` or `.asciidoc` name, a reStructuredText note by its `.rst` or `.rst.txt` name, a Typst note by its `.typ` name, a TiddlyWiki tiddler by its `.tid` name): `html` is a web page saved as HTML, `notebook` a Jupyter notebook, `org` an Emacs Org note, `latex` a LaTeX note, `asciidoc` an AsciiDoc note, `rst` a reStructuredText note, `scrapbox` a Scrapbox page copied as text, `wiki` a MediaWiki, DokuWiki or Zim page\'s source or a TiddlyWiki tiddler, `typst` a Typst note, `opml` an OPML outline (Workflowy, Dynalist, a mind map), `enex` an Evernote export, `canvas` an Obsidian canvas, `keep` a Google Keep note, `roam` a Roam Research export, each read as the Markdown it stands for.'),
    questions: z.number().int().min(0).describe('Questions found in this file.'),
  })
  .strict();

export const QuestionBank = z
  .object({
    $schema: z.string().optional().describe('Where the schema of this file is: questions.schema.json beside it.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('The version of this shape; any change of shape, an added field too, comes with a new one.'),
    sources: z.array(SourceSummary).describe('Every note read, in path order.'),
    questions: z.array(Question).describe('One entry per question asked, merged across notes, in the order of their first place.'),
  })
  .strict();

export type QuestionId = z.infer<typeof QuestionId>;
export type Language = z.infer<typeof Language>;
export type QuestionKind = z.infer<typeof QuestionKind>;
export type Flag = z.infer<typeof Flag>;
export type Answer = z.infer<typeof Answer>;
export type Choice = z.infer<typeof Choice>;
export type Context = z.infer<typeof Context>;
export type Occurrence = z.infer<typeof Occurrence>;
export type Translations = z.infer<typeof Translations>;
export type Question = z.infer<typeof Question>;
export type SourceSummary = z.infer<typeof SourceSummary>;
export type QuestionBank = z.infer<typeof QuestionBank>;
