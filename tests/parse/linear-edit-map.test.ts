/**
 * micromark's EditMap as qbank installs it (src/parse/linear-edit-map.ts): its `consume` rebuilds the events from
 * the first edit on instead of copying them all, and gives what the library's gives, for any edits and any text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consumeFromFirstEdit, libraryConsume } from '../../src/parse/linear-edit-map.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { repoRoot } from '../helpers/read-note.js';

type Events = Parameters<EditMap['consume']>[0];

/** The edits made with `add` (or `addBefore`) and applied with one consume or the other, to a copy of `events`. */
function applied(consume: EditMap['consume'], events: readonly number[], edits: ReadonlyArray<{ at: number; remove: number; add: number[]; before: boolean }>): number[] {
  const map = new EditMap();
  for (const { at, remove, add, before } of edits) (before ? map.addBefore : map.add).call(map, at, remove, [...add] as unknown as Events);
  const changed = [...events] as unknown as Events;
  consume.call(map, changed);
  return changed as unknown as number[];
}

/** The tree remark-parse and remark-gfm give, as JSON, with the library's consume installed while it parses. */
function treeWith(consume: EditMap['consume'], text: string): string {
  const installed = EditMap.prototype.consume;
  EditMap.prototype.consume = consume;
  try {
    return JSON.stringify(unified().use(remarkParse).use(remarkGfm).parse(text));
  } finally {
    EditMap.prototype.consume = installed;
  }
}

describe("micromark's EditMap, as qbank installs it", () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the one micromark parses with, once qbank’s parser is loaded', () => {
    const consume = vi.spyOn(EditMap.prototype, 'consume');
    parseMarkdown('- a\n  - b\n- c\n');
    expect(consume).toHaveBeenCalled();
    expect(consume.mock.contexts.every((map) => map instanceof EditMap)).toBe(true);
    vi.restoreAllMocks();
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit);
  });

  it('applies any edits as the library does: overlapping, at one index, past the end of what they remove', () => {
    const edit = fc.record({ at: fc.nat(40), remove: fc.nat(6), add: fc.array(fc.integer({ min: 100, max: 999 }), { maxLength: 4 }), before: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.nat(99), { minLength: 1, maxLength: 40 }), fc.array(edit, { maxLength: 6 }), (events, edits) => {
        const inRange = edits.map((change) => ({ ...change, at: change.at % (events.length + 1) }));
        expect(applied(consumeFromFirstEdit, events, inRange)).toEqual(applied(libraryConsume, events, inRange));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the tree the library gives: nested lists and their lazy lines, quotes, setext headings, the notes in sources/', () => {
    const texts = [
      '- a\n  - b\n    - c\nlazy\n- d\n\n  > quoted\n  lazy too\n\n1. one\n   1. nested\n2. two\n',
      '> - in a quote\n>   - nested\n> back\n\nTitle\n=====\n\n| a | b |\n| - | - |\n| 1 | 2 |\n- after the table\n  - nested\n',
      Array.from({ length: 300 }, (_, i) => `- Term ${i} :: what it means\n${i % 3 === 0 ? `    - a note on ${i}\n` : ''}`).join(''),
      ...readdirSync(path.join(repoRoot, 'sources')).map((name) => readFileSync(path.join(repoRoot, 'sources', name), 'utf8')),
    ];
    for (const text of texts) expect(treeWith(consumeFromFirstEdit, text)).toBe(treeWith(libraryConsume, text));
  });
});
