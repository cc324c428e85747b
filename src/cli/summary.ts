/** What a build or a check tells its user at the end. */
import path from 'node:path';
import type { Collection } from '../build/collect.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { isNoLoss } from '../build/diagnostics.js';
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
    lines.push(...skippedLines(collection.skipped));
  }
  if (outputs.length > 0) lines.push(`Wrote ${outputs.map((file) => path.relative(cwd, file) || file).join(', ')}.`);
  const counts = countBySeverity(diagnostics);
  lines.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}.`);
  return lines;
}

/** Past this many skipped files, those skipped for one reason are counted on one line. */
const LISTED_SKIPS = 10;

/**
 * One line per skipped file; in a folder of many (a site's pictures beside its posts), one line
 * per reason for the files that are no loss (pictures, data, hidden files), while every file
 * that may be a lost note keeps its own line.
 */
function skippedLines(skipped: Collection['skipped']): string[] {
  if (skipped.length <= LISTED_SKIPS) return skipped.map((file) => `  ${file.file}: ${file.reason}`);
  const byReason = new Map<string, number>();
  const lines: string[] = [];
  for (const file of skipped) {
    if (isNoLoss(file.reason)) byReason.set(file.reason, (byReason.get(file.reason) ?? 0) + 1);
    else lines.push(`  ${file.file}: ${file.reason}`);
  }
  for (const [reason, count] of byReason) lines.push(`  ${plural(count, 'file')}: ${reason}`);
  return lines;
}
