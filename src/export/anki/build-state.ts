/**
 * The little memory a deck needs between builds, kept beside the output in
 * `<outDir>/.qbank-anki-state.json`: for each deck name, the content hash and `mod` of the note
 * type and of every note (by GUID).
 *
 * Why: Anki updates a re-imported note only when its `mod` (seconds) is newer than the one it has.
 * A note whose content is unchanged keeps its recorded `mod`, so an unchanged bank rebuilds into
 * identical bytes; a note whose content changed gets the current time (and never less than its
 * old `mod` + 1, whatever the clock says), so Anki takes the new version.
 * Without the file (first build, or deleted) every note is new and gets the current time: the next
 * import then updates all notes in place, which loses nothing.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../report/diagnostic.js';

export const STATE_FILE_NAME = '.qbank-anki-state.json';
const STATE_VERSION = 1;

/** What was written last time: content hash (16 hex) and mod (seconds). */
export type Recorded = readonly [hash: string, mod: number];

export interface DeckState {
  noteType: Recorded | null;
  notes: Record<string, Recorded>;
}

export interface StateFile {
  version: typeof STATE_VERSION;
  decks: Record<string, DeckState>;
}

function emptyState(): StateFile {
  return { version: STATE_VERSION, decks: {} };
}

/** A short content hash of the parts that make up a note (or note type). */
export function contentHash(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part, 'utf8').update('\u0000');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The `mod` for content with `hash`, given what was recorded for it. The clock (seconds) is read
 * only when the content is new or changed.
 */
export function modFor(recorded: Recorded | undefined | null, hash: string, now: () => number): number {
  if (!recorded) return now();
  const [previousHash, previousMod] = recorded;
  if (previousHash === hash) return previousMod;
  return Math.max(now(), previousMod + 1);
}

function isRecorded(value: unknown): value is Recorded {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    Number.isSafeInteger(value[1]) &&
    (value[1] as number) > 0
  );
}

function parseDeckState(value: unknown): DeckState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { noteType, notes } = value as Record<string, unknown>;
  if (typeof notes !== 'object' || notes === null) return undefined;
  const kept: Record<string, Recorded> = {};
  for (const [guid, recorded] of Object.entries(notes)) if (isRecorded(recorded)) kept[guid] = recorded;
  return { noteType: isRecorded(noteType) ? noteType : null, notes: kept };
}

/**
 * Read the state file of `outDir`. A missing file is a first build; an unreadable or foreign one
 * is reported and treated like a first build (the deck stays correct, only `mod`s move on).
 */
export async function readState(outDir: string): Promise<{ state: StateFile; diagnostics: Diagnostic[] }> {
  const file = join(outDir, STATE_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { state: emptyState(), diagnostics: [] };
  }
  try {
    const parsed = JSON.parse(text) as { version?: unknown; decks?: unknown };
    if (parsed.version !== STATE_VERSION || typeof parsed.decks !== 'object' || parsed.decks === null) {
      throw new Error(`unknown state version ${String(parsed.version)}`);
    }
    const state = emptyState();
    for (const [name, deck] of Object.entries(parsed.decks)) {
      const deckState = parseDeckState(deck);
      if (deckState) state.decks[name] = deckState;
    }
    return { state, diagnostics: [] };
  } catch (error) {
    return {
      state: emptyState(),
      diagnostics: [
        {
          file,
          severity: 'warning',
          ruleId: 'anki-state-unreadable',
          message: `Anki build state could not be read (${(error as Error).message}); every note gets a new modification time`,
        },
      ],
    };
  }
}

/** The state file's text: deck names and GUIDs sorted, so equal states give equal bytes. */
export function serialiseState(state: StateFile): string {
  const decks: Record<string, DeckState> = {};
  for (const name of Object.keys(state.decks).sort()) {
    const deck = state.decks[name]!;
    const notes: Record<string, Recorded> = {};
    for (const guid of Object.keys(deck.notes).sort()) notes[guid] = deck.notes[guid]!;
    decks[name] = { noteType: deck.noteType, notes };
  }
  const lines = JSON.stringify({ version: state.version, decks })
    // One note per line keeps the file readable and its diffs small.
    .replace(/\],"/g, '],\n"');
  return `${lines}\n`;
}
