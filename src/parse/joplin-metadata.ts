/**
 * Joplin's raw export ("RAW - Joplin Export Directory", and the notes inside a `.jex`) writes each note as its
 * title, its body, and then the note's fields from Joplin's database, a `key: value` line each:
 *
 *     id: 5c1e2f3a4b5d6e7f8091a2b3c4d5e6f7
 *     parent_id: 0a9b8c7d6e5f40312a1b2c3d4e5f6a7b
 *     created_time: 2024-02-11T10:22:31.120Z
 *     …
 *     type_: 1
 *
 * To any reader they are lines of text after the last answer, and they became its end. The block is the tool's,
 * not the note's: known by Joplin's own keys (it opens with `id:` and a 32-digit hex id, holds `parent_id:` and
 * `created_time:`, and ends the file with `type_:`), its lines are blanked before parsing (the note keeps its
 * length and lines). A note's own `key: value` lines, without them, stay.
 */
import { placesIn } from '../load/position.js';

/** The line that ends the block and the file: the item's type (1, a note). */
const TYPE_LINE = /\ntype_: \d+[ \t]*\n*$/;
/** Its first line: the note's id. */
const ID_LINE = /^id: [0-9a-f]{32}[ \t]*$/;
/** A line of it: a field's key and its value, which may be empty (`author: `). */
const FIELD_LINE = /^[a-z][a-z0-9_]*:(?:[ \t].*)?$/;

export interface JoplinMetadata {
  text: string;
  /** The block's first and last lines (1-based), when there is one. */
  lines?: [number, number];
}

export function withoutJoplinMetadata(text: string): JoplinMetadata {
  const end = TYPE_LINE.exec(text);
  if (!end) return { text };
  const lines = text.slice(0, end.index + 1).split('\n');
  // From the `type_:` line (where `lines` ends, with '') back over the fields to the blank line over them.
  let first = lines.length - 1;
  while (first > 0 && FIELD_LINE.test(lines[first - 1]!)) first--;
  const fields = lines.slice(first, -1);
  if (!ID_LINE.test(lines[first] ?? '') || (first > 0 && lines[first - 1]!.trim() !== '')) return { text };
  if (!fields.some((line) => line.startsWith('parent_id:')) || !fields.some((line) => line.startsWith('created_time:'))) return { text };
  const from = lines.slice(0, first).reduce((offset, line) => offset + line.length + 1, 0);
  const to = end.index + end[0].trimEnd().length;
  const placeAt = placesIn(text);
  return {
    text: text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, ' ') + text.slice(to),
    lines: [placeAt(from).line, placeAt(to).line],
  };
}
