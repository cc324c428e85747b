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
export const GUID_PREFIX = 'qbank-';

export function noteGuid(questionId: string): string {
  return `${GUID_PREFIX}${questionId}`;
}

/**
 * Note and card ids for a set of GUIDs, both from one hash of each GUID (different bits), unique
 * within the set. A GUID keeps its hashed id unless a GUID earlier in sorted order already took
 * it; then it takes the next free one. The order is the GUIDs' own, so the result does not depend
 * on the order of the questions.
 */
export function noteAndCardIds(guids: Iterable<string>): Map<string, { noteId: number; cardId: number }> {
  const sorted = [...guids].sort();
  const takenNotes = new Set<number>();
  const takenCards = new Set<number>();
  const ids = new Map<string, { noteId: number; cardId: number }>();
  for (const guid of sorted) {
    const hex = createHash('sha1').update(`qbank\u0000note\u0000${guid}`, 'utf8').digest('hex');
    const noteId = firstFree(takenNotes, ID_BASE + (parseInt(hex.slice(0, 12), 16) % ID_SPAN));
    const cardId = firstFree(takenCards, ID_BASE + (parseInt(hex.slice(12, 24), 16) % ID_SPAN));
    ids.set(guid, { noteId, cardId });
  }
  return ids;
}

function firstFree(taken: Set<number>, wanted: number): number {
  let id = wanted;
  while (taken.has(id)) id = id + 1 >= ID_BASE + ID_SPAN ? ID_BASE : id + 1;
  taken.add(id);
  return id;
}
