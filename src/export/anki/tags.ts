/**
 * Note tags: `topic::…`, `source::…`, `lang::…`, `kind::…`, `flag::…` plus the question's own tags.
 *
 * Anki splits tags on spaces (and U+3000), drops ASCII control characters and `"`, treats `::` as
 * hierarchy and compares case-insensitively (rslib/src/tags/register.rs). It keeps `<`, `>`, brackets
 * and braces, which a template showing `{{Tags}}` would put into the card as markup or as a
 * `[sound:...]` tag: those we leave out. We make every tag safe ourselves, the same way each time, so Anki never has to rewrite one and the note's content hash
 * does not depend on Anki's cleaning.
 */
import type { Question } from '../../schema/question-bank.js';
import { wordingText } from '../../wording/plain-wording.js';

/**
 * Cleaned components by input. Topics, files, languages and flags repeat across thousands of
 * notes; the cap keeps a long-lived process (watch mode) from growing it without end.
 */
const cleanedComponents = new Map<string, string>();

/** One tag component: whitespace runs become `_`, forbidden characters go, `::` cannot nest. */
export function tagComponent(text: string): string {
  let cleaned = cleanedComponents.get(text);
  if (cleaned === undefined) {
    if (cleanedComponents.size >= 10_000) cleanedComponents.clear();
    cleaned = cleanComponent(text);
    cleanedComponents.set(text, cleaned);
  }
  return cleaned;
}

function cleanComponent(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, ' ')
    // A template that shows {{Tags}} puts them into the card as they are: no markup, no [sound:...].
    .replace(/[<>[\]{}]/g, '')
    .replace(/:{2,}/g, ':')
    .trim()
    .replace(/\s+/gu, '_');
  return cleaned.replace(/^:+|:+$/g, '') || 'blank';
}

/** A hierarchical tag from components (each made safe). */
export function tag(...components: string[]): string {
  return components.map(tagComponent).join('::');
}

/** The source tag keeps the folder structure as tag hierarchy: `source::notes::ml_basics.md`. */
function sourceTag(file: string): string {
  return tag('source', ...file.split('/').filter((part) => part !== '' && part !== '.'));
}

/** Tags of one note, de-duplicated case-insensitively and sorted, as Anki would store them. */
export function noteTags(question: Question): string[] {
  const tags = ['qbank', tag('lang', question.lang), tag('kind', question.kind)];
  // Its formulas as their TeX (wording.ts): a tag is plain text.
  if (question.topic) tags.push(tag('topic', wordingText(question.topic)));
  for (const occurrence of question.occurrences) tags.push(sourceTag(occurrence.file));
  for (const flag of question.flags) tags.push(tag('flag', flag));
  for (const own of question.tags) tags.push(own.split('::').map(tagComponent).join('::'));
  return canonicalTags(tags);
}

function canonicalTags(tags: string[]): string[] {
  const byFolded = new Map<string, string>();
  for (const t of [...tags].sort()) {
    const folded = t.toLowerCase();
    if (!byFolded.has(folded)) byFolded.set(folded, t);
  }
  return [...byFolded.values()].sort((a, b) => compare(a.toLowerCase(), b.toLowerCase()) || compare(a, b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `notes.tags` column: space-separated with a space at each end (Anki's own format). */
export function tagsColumn(tags: readonly string[]): string {
  return tags.length === 0 ? '' : ` ${tags.join(' ')} `;
}
