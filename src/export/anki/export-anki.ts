/**
 * `exportAnki`: build the deck and write `<outDir>/<deck name>.apkg`, keeping the build state
 * (build-state.ts) beside it, both atomically. The bank is checked first (schema/bank-check.ts);
 * `writeDeck` takes a build's own bank unchecked.
 */
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../report/diagnostic.js';
import type { QuestionBank } from '../../schema/question-bank.js';
import { makeOutputFolder, writeFileAtomic } from '../atomic-write.js';
import { checkedBank } from '../../schema/bank-check.js';
import { assembleApkg } from './build-apkg.js';
import type { BuildApkgOptions } from './build-apkg.js';
import { STATE_FILE_NAME, readState, serialiseState } from './build-state.js';
import { deckFileName } from './deck-file-name.js';
import { parentDeckName } from './deck.js';
import { GUID_PREFIX } from './ids.js';

export interface ExportAnkiOptions extends Omit<BuildApkgOptions, 'previous'> {
  /** Folder for the .apkg and its state file; created when missing. */
  outDir: string;
}

export interface ExportAnkiResult {
  /** Path of the written .apkg. */
  file: string;
  /** Notes in the deck. */
  notes: number;
  /** Local images the answers asked for (packed or missing), by absolute path. */
  media: string[];
  diagnostics: Diagnostic[];
}

export async function exportAnki(bank: QuestionBank, options: ExportAnkiOptions): Promise<ExportAnkiResult> {
  return writeDeck(checkedBank(bank, 'exportAnki'), options);
}

/** `exportAnki` of a bank known to be valid. */
export async function writeDeck(bank: QuestionBank, options: ExportAnkiOptions): Promise<ExportAnkiResult> {
  await makeOutputFolder(options.outDir);
  const outDir = resolve(options.outDir);
  const { state, diagnostics } = await readState(outDir);
  // State is kept per deck name, so several decks can share one output folder.
  const deckName = parentDeckName(options.deckName);
  const built = await assembleApkg(bank, { ...options, deckName, previous: state.decks[deckName] });

  const fileName = deckFileName(deckName);
  await writeFileAtomic(join(outDir, fileName), built.bytes);
  state.decks[deckName] = built.state;
  await writeFileAtomic(join(outDir, STATE_FILE_NAME), serialiseState(state));
  // The path under the folder as the caller gave it, as the JSON and PDF exporters return theirs.
  return { file: join(options.outDir, fileName), notes: built.notes, media: built.media, diagnostics: [...diagnostics, ...built.diagnostics] };
}

/**
 * The question ids of the notes the last deck of this name in `outDir` held (from the state file
 * beside it), sorted; undefined when there is none. A build that writes no questions.json keeps
 * its merged questions' ids, and so its notes' GUIDs, by these.
 */
export async function previousDeckIds(outDir: string, deckName?: string): Promise<string[] | undefined> {
  const { state, diagnostics } = await readState(resolve(outDir));
  const deck = diagnostics.length === 0 ? state.decks[parentDeckName(deckName)] : undefined;
  if (!deck) return undefined;
  const ids = Object.keys(deck.notes)
    .filter((guid) => guid.startsWith(GUID_PREFIX))
    .map((guid) => guid.slice(GUID_PREFIX.length))
    .sort();
  return ids.length > 0 ? ids : undefined;
}
