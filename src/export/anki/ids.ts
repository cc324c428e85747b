/**
 * Every id in the package is derived from a stable name, never from the clock, so that a rebuild
 * produces the same ids and Anki's importer recognises what it imported before.
 *
 * Anki matches notes by GUID, note types by id and decks by name. Note and card ids only have to be
 * unique, but Anki treats them as creation times in milliseconds: ids later than tomorrow are
 * rewritten on import (rslib/src/dbcheck.rs) and ids below 10^12 read as "added in 1970-2001". So
 * every numeric id here lies in [10^12, 1.5 * 10^12): millisecond times between 2001 and 2017,
 * far below 2^53, valid wherever Anki expects an id.
 */
import { createHash } from 'node:crypto';

const ID_BASE = 1_000_000_000_000;
const ID_SPAN = 500_000_000_000;

/** A constant id for a name within a namespace ("deck", "note type", ...). */
export function stableId(namespace: string, name: string): number {
  const hex = createHash('sha1').update(`qbank\u0000${namespace}\u0000${name}`, 'utf8').digest('hex');
  // 48 bits are exact in a double; the modulo bias over 5 * 10^11 values is negligible.
  return ID_BASE + (parseInt(hex.slice(0, 12), 16) % ID_SPAN);
}

/** The note GUID for a question: Anki matches re-imported notes on this alone. */
export function noteGuid(questionId: string): string {
  return `qbank-${questionId}`;
}

/**
 * Ids for many keys at once, unique within the set. A key keeps its hashed id unless an earlier
 * key (in the given order) already took it; then it takes the next free one. Callers pass keys in
 * a stable order, so the result is stable too.
 */
export function allocateIds(namespace: string, keys: readonly string[]): Map<string, number> {
  const taken = new Set<number>();
  const ids = new Map<string, number>();
  for (const key of keys) {
    let id = stableId(namespace, key);
    while (taken.has(id)) id = id + 1 >= ID_BASE + ID_SPAN ? ID_BASE : id + 1;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
