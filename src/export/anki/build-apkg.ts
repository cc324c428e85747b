/**
 * A question bank as .apkg bytes: choose the questions, build their notes, give every note its
 * stable ids and its `mod` (from the previous build's state), write the collection, zip it.
 * No file is written here; export-anki.ts does that.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../../report/diagnostic.js';
import { checkedBank } from '../../schema/bank-check.js';
import type { Occurrence, Question, QuestionBank } from '../../schema/question-bank.js';
import { isRemoteUrl, localImagePath, readFromDisk } from '../answer-images.js';
import type { ImageOutcome } from './answer-images.js';
import { contentHash, modFor } from './build-state.js';
import type { DeckState } from './build-state.js';
import { writeCollection } from './collection.js';
import type { CardRow, NoteRow } from './collection.js';
import { deckConfigJson, decksJson, parentDeckName, planDecks } from './deck.js';
import { noteAndCardIds } from './ids.js';
import { MediaStore } from './media.js';
import type { ReadFile } from './media.js';
import { buildNote } from './note.js';
import type { Note } from './note.js';
import { NOTE_TYPE_ID, noteTypeJson } from './note-type.js';
import { zipPackage } from './package-zip.js';
import { sortFieldText, sortTextChecksum } from './sort-field.js';
import { tagsColumn } from './tags.js';

export interface BuildApkgOptions {
  /** Parent deck name; `::` nests it in other decks. Default "ML Interview". */
  deckName?: string;
  /** Put questions without an answer in too (their back says "No answer yet"). Default false. */
  includeUnanswered?: boolean;
  /** The current time in seconds (milliseconds are recognised and converted). Only read for notes that changed. */
  now?: () => number;
  /** Folder that occurrences' `file` paths are relative to. Default: the working directory. */
  sourceRoot?: string;
  /** Reads a local image; default: the file system. */
  readFile?: ReadFile;
  /** What the previous build of this deck recorded (see build-state.ts). */
  previous?: DeckState;
}

export interface BuiltApkg {
  bytes: Uint8Array;
  /** The deck name used (the parent deck). */
  deckName: string;
  /** State to record for the next build. */
  state: DeckState;
  notes: number;
  /** Local images the answers asked for (packed or missing), by absolute path. */
  media: string[];
  diagnostics: Diagnostic[];
}

/** `now()` in whole seconds; a millisecond clock (Date.now) is recognised by its size. */
function clockSeconds(now: () => number): number {
  const value = now();
  return Math.floor(value > 1e11 ? value / 1000 : value);
}

function place(occurrence: Occurrence | undefined): Pick<Diagnostic, 'file' | 'line'> {
  return occurrence ? { file: occurrence.file, line: occurrence.line } : {};
}

/** The questions that become notes; the rest are reported. */
function selectQuestions(bank: QuestionBank, includeUnanswered: boolean, diagnostics: Diagnostic[]): Question[] {
  const seen = new Set<string>();
  const selected: Question[] = [];
  // With --no-dedupe an id may repeat: the copy with an answer is the one a card should show.
  const answered = new Set(bank.questions.filter((question) => question.answer !== null).map((question) => question.id));
  for (const question of bank.questions) {
    // Left out as unanswered (a note), not as a repeat (a warning), when unanswered questions are not asked for.
    if (question.answer === null && !includeUnanswered) {
      diagnostics.push({
        ...place(question.occurrences[0]),
        severity: 'info',
        ruleId: 'anki-unanswered',
        message: `Left out of the Anki deck: "${question.question}" has no answer (includeUnanswered puts it in)`,
      });
      continue;
    }
    if (seen.has(question.id) || (question.answer === null && answered.has(question.id))) {
      diagnostics.push({
        ...place(question.occurrences[0]),
        severity: 'warning',
        ruleId: 'anki-duplicate-id',
        message: `Question id ${question.id} appears twice in the bank; only the first with an answer is in the Anki deck`,
      });
      continue;
    }
    seen.add(question.id);
    selected.push(question);
  }
  return selected;
}

/** The deck of a bank (checked first, schema/bank-check.ts), as bytes, with the state the next build reads. */
export async function buildApkg(bank: QuestionBank, options: BuildApkgOptions = {}): Promise<BuiltApkg> {
  return assembleApkg(checkedBank(bank, 'buildApkg'), options);
}

/** `buildApkg` of a bank known to be valid. */
export async function assembleApkg(bank: QuestionBank, options: BuildApkgOptions = {}): Promise<BuiltApkg> {
  const diagnostics: Diagnostic[] = [];
  const questions = selectQuestions(bank, options.includeUnanswered ?? false, diagnostics);
  const { decks, deckOf } = planDecks(parentDeckName(options.deckName), questions.map((q) => q.topic));
  const parent = deckOf(null);

  // Local images resolve against the folder of the file the answer came from.
  const sourceRoot = resolve(options.sourceRoot ?? process.cwd());
  const media = new MediaStore(options.readFile ?? readFromDisk);
  const resolveImage = (src: string, occurrence: Occurrence): ImageOutcome => {
    if (isRemoteUrl(src)) return { kind: 'remote' };
    const result = media.addImage(localImagePath(src, occurrence, sourceRoot));
    return 'name' in result ? { kind: 'packed', name: result.name } : { kind: 'missing', problem: result.problem };
  };
  const notes = questions.map((question) => buildNote(question, resolveImage));
  for (const note of notes) {
    for (const image of note.missingImages) {
      diagnostics.push({
        ...place(note.answerSource),
        severity: 'warning',
        ruleId: 'anki-image-missing',
        message: `Image "${image.src}" of "${note.question.question}" is not in the Anki deck: ${image.problem}`,
      });
    }
  }

  // Modification times: unchanged content keeps the recorded mod, changed content gets "now".
  let nowSeconds: number | undefined;
  const now = (): number => (nowSeconds ??= clockSeconds(options.now ?? Date.now));
  const previous = options.previous;

  const noteTypeHash = contentHash(JSON.stringify(noteTypeJson(0, parent.id)));
  const noteTypeMod = modFor(previous?.noteType, noteTypeHash, now);

  const ids = noteAndCardIds(notes.map((n) => n.guid));
  const state: DeckState = { noteType: [noteTypeHash, noteTypeMod], notes: {} };
  const noteRows: NoteRow[] = [];
  const cardRows: CardRow[] = [];
  let latest = noteTypeMod;
  notes.forEach((note: Note, index) => {
    const tags = tagsColumn(note.tags);
    const hash = contentHash(String(NOTE_TYPE_ID), tags, ...note.fields);
    const mod = modFor(previous?.notes[note.guid], hash, now);
    state.notes[note.guid] = [hash, mod];
    latest = Math.max(latest, mod);
    const { noteId: id, cardId } = ids.get(note.guid)!;
    const sfld = sortFieldText(note.fields[0]);
    noteRows.push({
      id,
      guid: note.guid,
      mid: NOTE_TYPE_ID,
      mod,
      tags,
      fields: note.fields,
      sfld,
      csum: sortTextChecksum(sfld),
    });
    cardRows.push({ id: cardId, nid: id, did: deckOf(note.question.topic).id, ord: 0, mod, due: index + 1 });
  });

  const collection = await writeCollection({
    // Anki counts days from the creation time; a constant of the note type keeps it stable.
    created: Math.floor(noteTypeMod / 86400) * 86400,
    modified: latest,
    schemaModified: noteTypeMod,
    conf: collectionConfig(parent.id, noteRows.length + 1),
    models: noteTypeJson(noteTypeMod, parent.id),
    decks: decksJson(decks, noteTypeMod),
    dconf: deckConfigJson(noteTypeMod),
    notes: noteRows,
    cards: cardRows,
  });
  return {
    bytes: zipPackage(collection, media.files()),
    deckName: parent.name,
    state,
    notes: noteRows.length,
    media: media.requested(),
    diagnostics,
  };
}

/** `col.conf`: the collection settings legacy Anki expects to find. */
function collectionConfig(deckId: number, nextPosition: number): Record<string, unknown> {
  return {
    activeDecks: [deckId],
    curDeck: deckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: NOTE_TYPE_ID,
    nextPos: nextPosition,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
}
