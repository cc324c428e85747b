/** Reads one note the way the pipeline does, without touching the file system. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { questionsOfSource, type SourceQuestions } from '../../src/build/source-questions.js';
import { parseSource } from '../../src/parse/index.js';
import type { Document } from '../../src/parse/document.js';

export interface ReadNote extends SourceQuestions {
  vfile: VFile;
}

export function readNote(text: string, file = 'note.md'): ReadNote {
  const vfile = new VFile({ path: file, value: text });
  return { ...questionsOfSource({ file, text, vfile }), vfile };
}

/** Parses one note as the parse stage does: its document, and the file the readers' messages go to. */
export function parseNote(text: string, file = 'note.md'): { doc: Document; vfile: VFile } {
  const vfile = new VFile({ path: file, value: text });
  return { doc: parseSource({ file, text, vfile }), vfile };
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export function readFixture(name: string): ReadNote {
  const file = `tests/fixtures/shapes/${name}`;
  return readNote(readFileSync(path.join(repoRoot, file), 'utf8'), file);
}

export function messagesOf(vfile: VFile): string[] {
  return vfile.messages.map((message) => `${message.line}:${message.ruleId}`);
}

/**
 * Each question a note gives, with its answer's Markdown, null where it has none: the rows most tests of a reading
 * compare.
 */
export function answersOf(text: string, file?: string): Array<[string, string | null]> {
  return readNote(text, file).questions.map((question) => [question.question, question.answer?.markdown ?? null]);
}

/** Each question a note gives, with its answer as plain text, null where it has none. */
export function answerTextsOf(text: string, file?: string): Array<[string, string | null]> {
  return readNote(text, file).questions.map((question) => [question.question, question.answer?.text ?? null]);
}
