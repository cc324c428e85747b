/**
 * One file read into questions, in a form that can cross a thread boundary
 * and be stored on disk: `questionsOfSource`'s result plus the diagnostics it
 * reported, recorded as plain data (recorded-messages.ts).
 *
 * This module loads the parser and every reader; a build imports it only
 * when some file is not in the cache (read-sources.ts).
 */
import { VFile } from 'vfile';
import { questionsOfSource, type SourceQuestions } from './source-questions.js';
import { recordMessage, type RecordedMessage } from './recorded-messages.js';

export interface SourceRead extends SourceQuestions {
  messages: RecordedMessage[];
}

/** Reads one file's text into questions on a fresh vfile and records what was reported. */
export function readSourceText(file: string, text: string): SourceRead {
  const vfile = new VFile({ path: file, value: text });
  const read = questionsOfSource({ file, text, vfile });
  return { ...read, messages: vfile.messages.map(recordMessage) };
}
