/** Reads one note the way the pipeline does, without touching the file system. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { questionsOfSource, type SourceQuestions } from '../../src/build/source-questions.js';

export interface ReadNote extends SourceQuestions {
  vfile: VFile;
}

export function readNote(text: string, file = 'note.md'): ReadNote {
  const vfile = new VFile({ path: file, value: text });
  return { ...questionsOfSource({ file, text, vfile }), vfile };
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export function readFixture(name: string): ReadNote {
  const file = `tests/fixtures/shapes/${name}`;
  return readNote(readFileSync(path.join(repoRoot, file), 'utf8'), file);
}

export function messagesOf(vfile: VFile): string[] {
  return vfile.messages.map((message) => `${message.line}:${message.ruleId}`);
}
