/** What a build or a check tells its user at the end. */
import path from 'node:path';
import type { Collection } from '../build/collect.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { countBySeverity } from '../report/reporter.js';

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

export function perFileLines(collection: Collection): string[] {
  return collection.files.map((file) => `${file.file}: ${plural(file.questions, 'question')}, ${file.unanswered} without an answer`);
}

export function summaryLines(collection: Collection, diagnostics: readonly Diagnostic[], outputs: readonly string[], cwd: string): string[] {
  const found = collection.files.reduce((sum, file) => sum + file.questions, 0);
  const unanswered = collection.bank.questions.filter((question) => question.answer === null).length;
  const merged = collection.bank.questions.length;
  const lines = [
    `Read ${plural(collection.files.length, 'file')}: found ${plural(found, 'question')}` +
      (merged !== found ? `, ${merged} after merging duplicates` : '') +
      `; ${unanswered} of them without an answer.`,
  ];
  if (collection.skipped.length > 0) {
    lines.push(`Skipped ${plural(collection.skipped.length, 'file')}:`);
    for (const skipped of collection.skipped) lines.push(`  ${skipped.file}: ${skipped.reason}`);
  }
  if (outputs.length > 0) lines.push(`Wrote ${outputs.map((file) => path.relative(cwd, file) || file).join(', ')}.`);
  const counts = countBySeverity(diagnostics);
  lines.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}.`);
  return lines;
}
