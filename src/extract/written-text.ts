/**
 * A question's prompt as its source writes it.
 */
import type { PromptCandidate } from './recognizers/recognizer.js';
import { summaryText } from '../parse/summary-text.js';
import { withoutComments } from '../parse/obsidian-comments.js';

/** The prompt's own stretch of the source text ('' when the tree has no offsets). */
export function promptSource(found: PromptCandidate, source: string): string {
  const { start, end } = found.position;
  return start.offset === undefined || end.offset === undefined ? '' : source.slice(start.offset, end.offset);
}

/**
 * A question as written, for a note converted to Markdown line for line (`Document.fileLines`): as its Markdown gives
 * it where the conversion left its lines as they were, else its lines as the file writes them (`** TODO What is X?  :ml:`).
 */
export function asTheFileWrites(found: PromptCandidate, written: string, fileLines: readonly string[], markdownLines: readonly string[]): string {
  const first = (found.leads?.[0] ?? found).position.start.line;
  const last = found.position.end.line;
  for (let line = first; line <= last; line++) {
    if (markdownLines[line - 1] !== fileLines[line - 1]) return fileLines.slice(first - 1, last).map((text) => text.trimEnd()).join('\n').trim();
  }
  return written.trim();
}

/** The prompt as it stands in the source (for a `<details>` block, its summary). */
export function writtenText(found: PromptCandidate, source: string): string {
  const stretch = promptSource(found, source);
  // Inside a quoted field every quote is written doubled, and stands for one.
  const written = found.quotesDoubled ? stretch.replaceAll('""', '"') : stretch;
  // An Obsidian comment in the prompt's line is the author's private text, never part of the wording.
  const beforeComment = found.position.end.offset !== undefined && source.startsWith('%%', found.position.end.offset);
  const text = written.includes('%%') || beforeComment ? withoutComments(written).trim() : written;
  if (text === '') return found.prompt;
  return found.construct === 'details' ? (summaryText(text) ?? found.prompt) : text;
}
