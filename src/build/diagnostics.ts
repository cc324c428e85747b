/**
 * Everything a build or a check has to say, in one list: each file's vfile
 * messages, the merge stage's diagnostics, and a warning for every note that
 * could not be read at all (an image skipped by its name is no loss; a
 * `.md` that is binary, too large or unreadable is a lost note).
 */
import path from 'node:path';
import type { Diagnostic } from '../report/diagnostic.js';
import { diagnosticsOf } from '../report/reporter.js';
import type { Collection } from './collect.js';

const NOTE_EXTENSIONS = new Set(['', '.md', '.markdown', '.mdx', '.txt', '.text']);
/** Reasons that say where a file was read, not that it was lost. */
const NOT_A_LOSS = /^(?:same (?:file|folder) as|hidden |node_modules|not a text file|data or configuration)/;

export function collectionDiagnostics(collection: Collection): Diagnostic[] {
  const skippedNotes: Diagnostic[] = collection.skipped
    .filter((skipped) => NOTE_EXTENSIONS.has(path.extname(skipped.file).toLowerCase()) && !NOT_A_LOSS.test(skipped.reason))
    .map((skipped) => ({
      file: skipped.file,
      severity: 'warning',
      ruleId: 'note-skipped',
      message: `Not read (${skipped.reason}): its questions are missing from the outputs`,
    }));
  return [...collection.files.flatMap((file) => diagnosticsOf(file.vfile)), ...collection.diagnostics, ...skippedNotes];
}
