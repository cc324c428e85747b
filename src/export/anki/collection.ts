/**
 * The legacy Anki collection (`collection.anki2`, schema 11, col.ver 11) as SQLite bytes, written
 * with sql.js (SQLite in WebAssembly: no native build).
 *
 * The tables and indexes are Anki's own schema11.sql, column for column: legacy importers copy
 * rows positionally. All rows go in through prepared statements inside one transaction, and the
 * indexes are created after the rows, which keeps 100,000 notes to a few seconds.
 */
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic } from 'sql.js';

export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  /** The `notes.tags` column (` tag1 tag2 `). */
  tags: string;
  fields: readonly string[];
  sfld: string;
  csum: number;
}

export interface CardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  /** New-card position: the order in which Anki introduces new cards. */
  due: number;
}

export interface CollectionContent {
  /** Collection creation, in seconds (Anki counts scheduling days from it). */
  created: number;
  /** Last modification, in seconds (stored as milliseconds, as Anki does for col.mod and col.scm). */
  modified: number;
  schemaModified: number;
  conf: Record<string, unknown>;
  models: Record<string, unknown>;
  decks: Record<string, unknown>;
  dconf: Record<string, unknown>;
  notes: readonly NoteRow[];
  cards: readonly CardRow[];
}

/** rslib/src/storage/schema11.sql, without the indexes (created after the rows). */
const TABLES = `
create table col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
`;

const INDEXES = `
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

/** Anki separates the fields of a note with U+001F. */
export const FIELD_SEPARATOR = '\u001f';

let sqlJs: Promise<SqlJsStatic> | undefined;

function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs();
  return sqlJs;
}

let emptyCollection: Uint8Array | undefined;

/** A database holding the empty schema-11 tables: the start of every collection. */
function emptyCollectionBytes(SQL: SqlJsStatic): Uint8Array {
  if (!emptyCollection) {
    const db = new SQL.Database();
    try {
      db.run(TABLES);
      emptyCollection = db.export();
    } finally {
      db.close();
    }
  }
  return emptyCollection;
}

/**
 * Bytes to reserve for the database file: rows, their fields, B-tree and index overhead, with room
 * to spare (what is not used is cut off at the end).
 */
function estimatedSize(content: CollectionContent): number {
  let bytes = 256 * 1024 + JSON.stringify(content.models).length * 2;
  for (const note of content.notes) {
    bytes += 160 + Buffer.byteLength(note.guid) + Buffer.byteLength(note.tags) + Buffer.byteLength(note.sfld);
    for (const field of note.fields) bytes += Buffer.byteLength(field) + 1;
  }
  return Math.ceil(bytes * 1.25) + content.cards.length * 120;
}

/**
 * The database file lives in sql.js's in-memory file system, which grows a file by 12.5% at a
 * time, copying it each time. Beside a large JavaScript heap (a 100,000-question bank) every one
 * of those big allocations sets off a full garbage collection, which made writing the file four
 * times slower. So the file starts at its estimated final size: the empty collection followed by
 * zeros (SQLite goes by the page count in its header, not by the file size), and the unused tail
 * is cut off after export.
 */
function openPresized(SQL: SqlJsStatic, content: CollectionContent): Database {
  const empty = emptyCollectionBytes(SQL);
  const initial = new Uint8Array(Math.max(empty.length, estimatedSize(content)));
  initial.set(empty);
  return new SQL.Database(initial);
}

/** The file cut to the size its header declares: page size (offset 16) times page count (offset 28). */
function trimmedToHeader(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const length = pageSize * view.getUint32(28);
  return length > 0 && length < bytes.length ? bytes.subarray(0, length) : bytes;
}

/** The collection as the bytes of an SQLite database file. */
export async function writeCollection(content: CollectionContent): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = openPresized(SQL, content);
  try {
    // The database is built once from nothing and never read back in this process: no rollback
    // journal, no syncs, index sorting in memory. Rows go in by ascending id, so every insert
    // appends to the last page of its table and the default page cache is enough.
    db.run('pragma journal_mode = off; pragma synchronous = off; pragma temp_store = memory;');
    db.run('begin');
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      content.created,
      content.modified * 1000,
      content.schemaModified * 1000,
      JSON.stringify(content.conf),
      JSON.stringify(content.models),
      JSON.stringify(content.decks),
      JSON.stringify(content.dconf),
      '{}',
    ]);
    insertNotes(db, [...content.notes].sort((a, b) => a.id - b.id));
    insertCards(db, [...content.cards].sort((a, b) => a.id - b.id));
    db.run('commit');
    db.run(INDEXES);
    return trimmedToHeader(db.export());
  } finally {
    db.close();
  }
}

/**
 * Notes go in with their fields as UTF-8 bytes cast to text: sql.js converts a bound string to
 * UTF-8 one character at a time in JavaScript, which for 100 MB of fields costs seconds, while
 * `TextEncoder.encodeInto` (native) into one reused buffer and a blob bind cost almost nothing.
 * `cast(? as text)` stores exactly the text a string bind would.
 */
function insertNotes(db: Database, notes: readonly NoteRow[]): void {
  const statement = db.prepare(
    "insert into notes values (?, ?, ?, ?, -1, ?, cast(? as text), ?, ?, 0, '')",
  );
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(64 * 1024);
  try {
    for (const note of notes) {
      const fields = note.fields.join(FIELD_SEPARATOR);
      // UTF-8 needs at most 3 bytes per UTF-16 code unit.
      if (buffer.length < fields.length * 3) buffer = new Uint8Array(fields.length * 3);
      const { written } = encoder.encodeInto(fields, buffer);
      statement.run([note.id, note.guid, note.mid, note.mod, note.tags, buffer.subarray(0, written), note.sfld, note.csum]);
    }
  } finally {
    statement.free();
  }
}

function insertCards(db: Database, cards: readonly CardRow[]): void {
  // type 0 / queue 0: new cards, no scheduling history.
  const statement = db.prepare(
    'insert into cards values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')',
  );
  try {
    for (const card of cards) {
      statement.run([card.id, card.nid, card.did, card.ord, card.mod, card.due]);
    }
  } finally {
    statement.free();
  }
}
