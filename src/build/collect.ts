/**
 * From inputs to one question bank, without writing anything: load every
 * file, read each into questions, merge duplicates across files.
 * `qbank check` stops here; `build` goes on to the exporters.
 */
import type { VFile } from 'vfile';
import { SCHEMA_VERSION, type Question, type QuestionBank, type SourceSummary } from '../schema/question-bank.js';
import { loadInputs, type SkippedFile } from '../load/index.js';
import { dedupe, type DedupeOverrides, type MergeDecision } from '../dedupe/index.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { questionsOfSource } from './source-questions.js';

export interface CollectOptions {
  /** Files or folders; default `['sources']`. */
  inputs?: string[];
  cwd?: string;
  /** Paths never read, such as the output folder. */
  exclude?: string[];
  dedupe?: { overrides?: DedupeOverrides; previousIds?: Iterable<string> } | false;
}

export interface FileReport {
  file: string;
  questions: number;
  unanswered: number;
  vfile: VFile;
}

export interface Collection {
  bank: QuestionBank;
  files: FileReport[];
  skipped: SkippedFile[];
  decisions: MergeDecision[];
  /** Diagnostics of the merge stage (an override that matches no question, for example). */
  diagnostics: Diagnostic[];
}

export async function collect(options: CollectOptions = {}): Promise<Collection> {
  const { sources, skipped } = await loadInputs(options.inputs ?? ['sources'], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const summaries: SourceSummary[] = [];
  const files: FileReport[] = [];
  let questions: Question[] = [];
  for (const source of sources) {
    const read = questionsOfSource(source);
    summaries.push(read.summary);
    files.push({
      file: source.file,
      questions: read.questions.length,
      unanswered: read.questions.filter((question) => question.answer === null).length,
      vfile: source.vfile,
    });
    questions.push(...read.questions);
  }
  let decisions: MergeDecision[] = [];
  let diagnostics: Diagnostic[] = [];
  if (options.dedupe !== false) {
    const result = dedupe(questions, options.dedupe ?? {});
    questions = result.questions;
    decisions = result.decisions;
    diagnostics = result.diagnostics;
  }
  return {
    bank: { schemaVersion: SCHEMA_VERSION, sources: summaries, questions: inDocumentOrder(questions) },
    files,
    skipped,
    decisions,
    diagnostics,
  };
}

/** Questions in the order of their first occurrence: file by file, line by line. */
function inDocumentOrder(questions: Question[]): Question[] {
  const key = (question: Question) => question.occurrences[0]!;
  return [...questions].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
