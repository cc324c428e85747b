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
    lines.push(...skippedLines(collection.skipped));
  }
  if (outputs.length > 0) lines.push(`Wrote ${outputs.map((file) => path.relative(cwd, file) || file).join(', ')}.`);
  const counts = countBySeverity(diagnostics);
  lines.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}.`);
  return lines;
}

/** Past this many skipped files, files skipped for one reason are counted on one line. */
const LISTED_SKIPS = 10;
/** Reasons that name no other path and say the file was never a note: a line of them loses nothing. */
const COUNTABLE = /^(?:not a text file|data or configuration|hidden |node_modules)/;

/**
 * One line per skipped file; in a folder of many (a site's pictures beside its posts), one line
 * per reason for files that were never notes (pictures, data, hidden files), when several share
 * it, while every other file (one that may be a lost note, one read under another name) keeps its
 * own line. Files come in the order discovery found them, so the lines do too.
 */
function skippedLines(skipped: Collection['skipped']): string[] {
  const own = (file: Collection['skipped'][number]) => `  ${file.file}: ${file.reason}`;
  if (skipped.length <= LISTED_SKIPS) return skipped.map(own);
  const byReason = new Map<string, Collection['skipped']>();
  for (const file of skipped) {
    if (!COUNTABLE.test(file.reason)) continue;
    const same = byReason.get(file.reason);
    if (same) same.push(file);
    else byReason.set(file.reason, [file]);
  }
  const lines = skipped.filter((file) => (byReason.get(file.reason)?.length ?? 0) < 2).map(own);
  for (const [reason, files] of byReason) if (files.length >= 2) lines.push(`  ${plural(files.length, 'file')}: ${reason}`);
  return lines;
}
