/**
 * The Anki exporter: a question bank as an .apkg that imports cleanly and updates in place on
 * re-import (stable GUIDs, note type and deck ids; `mod` grows only for changed notes).
 */
export { exportAnki, previousDeckIds, writeDeck } from './export-anki.js';
export type { ExportAnkiOptions, ExportAnkiResult } from './export-anki.js';
export { buildApkg } from './build-apkg.js';
export type { BuildApkgOptions, BuiltApkg } from './build-apkg.js';
export { STATE_FILE_NAME } from './build-state.js';
export type { DeckState } from './build-state.js';
export { DEFAULT_DECK_NAME } from './deck.js';
export { deckFileName } from './deck-file-name.js';
export { NOTE_TYPE_ID, NOTE_TYPE_NAME, FIELD_NAMES } from './note-type.js';
