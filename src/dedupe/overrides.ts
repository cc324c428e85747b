/**
 * User overrides: force two questions together or keep them apart.
 *
 * Format (the `dedupe` section of `qbank.config.json`):
 * ```json
 * { "merge": [["<id or question text>", "<id or question text>", ...], ...],
 *   "keepApart": [["<id or question text>", "<id or question text>", ...], ...] }
 * ```
 * A reference is a question id (16 hex digits, as in questions.json or in
 * `qbank check --dupes`) or a question's exact text (compared after trimming
 * and collapsing white space; the clean text, a translation, or the text of
 * any occurrence; a follow-up's also after its subject, as the deck shows it: `SVM이란? › 장단점은?`, which
 * tells it from the same follow-up of another subject). Every listed question of a `merge` group ends in one
 * question; every two listed questions of a `keepApart` group end in
 * different ones. When both name the same pair, keeping apart wins.
 */
import type { Diagnostic } from '../report/diagnostic.js';
import type { Question } from '../schema/question-bank.js';
import { breadcrumb } from '../wording/marks.js';

export interface DedupeOverrides {
  merge?: string[][];
  keepApart?: string[][];
  /** Where they were written (the config file's display path): their diagnostics name it. */
  file?: string;
}

/** Overrides resolved to item indices: groups to merge, and pairs (as `a*n+b`, a<b) to keep apart. */
export interface ResolvedOverrides {
  mergeGroups: number[][];
  keepApart: Set<number>;
  diagnostics: Diagnostic[];
  /** As given (`DedupeOverrides.file`): the merge adds it to the comparison's own notes about them, which do not name it. */
  file?: string;
}

function collapse(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Resolve references against the items (each item is one or more questions
 * with one id). A reference that matches nothing is reported, not fatal.
 */
export function resolveOverrides(
  overrides: DedupeOverrides | undefined,
  items: readonly (readonly Question[])[],
  plainWording?: (text: string) => string,
): ResolvedOverrides {
  const diagnostics: Diagnostic[] = [];
  const where = overrides?.file === undefined ? {} : { file: overrides.file };
  if (!overrides?.merge?.length && !overrides?.keepApart?.length) return { mergeGroups: [], keepApart: new Set(), diagnostics, ...where };
  const byReference = new Map<string, Set<number>>();
  const note = (reference: string, item: number) => {
    const set = byReference.get(reference) ?? new Set<number>();
    set.add(item);
    byReference.set(reference, set);
  };
  items.forEach((questions, item) => {
    for (const question of questions) {
      note(question.id, item);
      note(collapse(question.question), item);
      if (question.about !== undefined) note(collapse(breadcrumb(question.about, question.question)), item);
      // With each formula its bare TeX too, as the sheet's bands show it (`L_2 정규화란? › 장단점은?` for `\(L_2\) 정규화란?`).
      if (plainWording) {
        note(collapse(plainWording(question.question)), item);
        if (question.about !== undefined) note(collapse(breadcrumb(plainWording(question.about), plainWording(question.question))), item);
      }
      for (const text of [question.translations?.en, question.translations?.ko]) if (text) note(collapse(text), item);
      for (const occurrence of question.occurrences) note(collapse(occurrence.question), item);
    }
  });

  const warn = (message: string) => diagnostics.push({ ...where, severity: 'warning', ruleId: 'dedupe-override', message });
  const resolveGroup = (group: unknown, section: string): number[] => {
    if (!Array.isArray(group)) {
      warn(`${section}: expected a list of ids or question texts, got ${JSON.stringify(group)}`);
      return [];
    }
    const found = new Set<number>();
    for (const reference of group) {
      const matches = typeof reference === 'string' ? byReference.get(collapse(reference)) : undefined;
      if (matches === undefined) {
        warn(`${section}: no question matches ${JSON.stringify(reference)}`);
        continue;
      }
      for (const item of matches) found.add(item);
    }
    return [...found].sort((a, b) => a - b);
  };

  const count = items.length;
  const mergeGroups = (overrides?.merge ?? [])
    .map((group) => resolveGroup(group, 'dedupe.merge'))
    .filter((group) => group.length > 1);
  const keepApart = new Set<number>();
  for (const group of overrides?.keepApart ?? []) {
    const resolved = resolveGroup(group, 'dedupe.keepApart');
    for (let i = 0; i < resolved.length; i++) {
      for (let j = i + 1; j < resolved.length; j++) keepApart.add(resolved[i]! * count + resolved[j]!);
    }
  }
  return { mergeGroups, keepApart, diagnostics, ...where };
}
