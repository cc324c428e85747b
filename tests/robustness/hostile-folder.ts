/**
 * A throwaway notes folder for robustness tests: write hostile files into it,
 * run the real `qbank` command on it, and read back what the build wrote.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { QuestionBank, Question } from '../../src/schema/question-bank.js';
import { runQbank, tempProject, type RunResult } from '../helpers/temp-project.js';

export interface HostileFolder {
  /** The project folder (the command's working directory). */
  dir: string;
  /** Writes `notes/<name>` (folders created as needed); returns its absolute path. */
  write(name: string, content: string | Uint8Array): string;
  /** `qbank ...args` in the project folder. */
  run(...args: string[]): Promise<RunResult>;
  /** `out/questions.json` of the last build into `out`. */
  bank(out?: string): QuestionBank;
}

export function hostileFolder(): HostileFolder {
  const dir = tempProject(false);
  mkdirSync(path.join(dir, 'notes'));
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, 'notes', name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    run: (...args) => runQbank(dir, ...args),
    bank: (out = 'out') => JSON.parse(readFileSync(path.join(dir, out, 'questions.json'), 'utf8')) as QuestionBank,
  };
}

/** The questions whose first occurrence is in `file` (a path under notes/), in line order. */
export function questionsIn(bank: QuestionBank, file: string): Question[] {
  return bank.questions.filter((question) => question.occurrences.some((occurrence) => occurrence.file === `notes/${file}`));
}

/** Lines of the command's output that report on `file` (`notes/<file>:line:column: ...`). */
export function reportsOn(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(`notes/${file}:`));
}
