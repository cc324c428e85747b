/**
 * Where an answer's image is: every export reads pictures the same way. A
 * `src` with a scheme (`https:`, `data:`, `javascript:`) or protocol-relative
 * is not a file; any other is a path relative to the note the answer came
 * from (URL-encoded, as Markdown writes spaces: `loss%20curve.png`), without
 * its `?query` or `#fragment`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Occurrence, Question } from '../schema/question-bank.js';

/**
 * The extensions of the files an answer may show as pictures. Only these are ever read: a note
 * must not be able to pull an arbitrary file (say ~/.ssh/id_rsa) into a deck or a sheet.
 */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.bmp', '.avif']);

/** Why the file at this path is not read as a picture (its name does not say it is one), or undefined. */
export function notAPicture(file: string): string | undefined {
  const extension = extname(file).toLowerCase();
  return IMAGE_EXTENSIONS.has(extension) ? undefined : `not an image file type (${extension || 'no extension'})`;
}

/** Reads a local file; undefined when it cannot be read. Injected so that tests need no disk. */
export type ReadFile = (absolutePath: string) => Uint8Array | undefined;

/** Larger than any picture worth a card or a cheat sheet. */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

/** What an answer's picture that cannot be read is reported as. */
export const UNREADABLE_PICTURE = `file not found, unreadable, not a regular file or over ${MAX_PICTURE_BYTES / 1024 / 1024} MB`;

/**
 * Reads a regular file of at most MAX_PICTURE_BYTES: a pipe named like a picture would make the
 * build wait for ever, and a link to /dev/zero fill the memory.
 */
export const readFromDisk: ReadFile = (file) => {
  try {
    const stats = statSync(file);
    return stats.isFile() && stats.size <= MAX_PICTURE_BYTES ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
};

/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative: not a file next to the note. */
export function isRemoteUrl(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');
}

/**
 * The occurrence whose answer the question shows (else the first one with any answer, else the
 * first): its file is the one the answer's image paths are relative to.
 */
export function answerSourceOf(question: Question): Occurrence {
  const html = question.answer?.html;
  return (
    question.occurrences.find((o) => html !== undefined && o.answer?.html === html) ??
    question.occurrences.find((o) => o.answer !== null) ??
    question.occurrences[0]!
  );
}

/** The occurrence whose context (what the question shows) the question shows, else `answerSourceOf`'s: image paths of that context are relative to its file. */
export function contextSourceOf(question: Question): Occurrence {
  const html = question.context?.html;
  return question.occurrences.find((o) => html !== undefined && o.context?.html === html) ?? answerSourceOf(question);
}

/**
 * The absolute path of a local image `src` in an answer from `occurrence`'s file (`file` is
 * relative to `sourceRoot`, or absolute). Call only for a `src` that is not remote.
 */
export function localImagePath(src: string, occurrence: Pick<Occurrence, 'file'>, sourceRoot: string): string {
  return onDiskPath(resolve(sourceRoot, dirname(occurrence.file), decodePath(src.replace(/[?#].*$/, ''))));
}

/**
 * The path as the disk spells it. Notes, and the paths of the files they were read from, are read in NFC, while
 * macOS writes Hangul names decomposed (NFD), which a folder copied from it keeps: a path not found as written is
 * looked up name by name, each compared in NFC. An ASCII path has one spelling.
 */
function onDiskPath(file: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(file) || existsSync(file)) return file;
  const parent = dirname(file);
  if (parent === file) return file;
  const folder = onDiskPath(parent);
  const name = basename(file);
  const wanted = name.normalize('NFC');
  let entries: string[] = [];
  try {
    entries = readdirSync(folder);
  } catch {
    // No such folder: the picture is missing, under the name written.
  }
  return join(folder, entries.find((entry) => entry.normalize('NFC') === wanted) ?? name);
}

function decodePath(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
