/**
 * Joplin's raw export writes each note's fields from its database after the note, a `key: value` line
 * each (`id:`, `parent_id:`, `created_time:` … `type_: 1`). They are the tool's, not the note's: left out
 * with a note, and not the end of the last answer. A note's own `key: value` lines stay.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const metadata = [
  'id: 5c1e2f3a4b5d6e7f8091a2b3c4d5e6f7',
  'parent_id: 0a9b8c7d6e5f40312a1b2c3d4e5f6a7b',
  'created_time: 2024-02-11T10:22:31.120Z',
  'latitude: 37.56650000',
  'author: ',
  'source_application: net.cozic.joplin-desktop',
  'type_: 1',
];

describe("Joplin's raw export", () => {
  it("leaves the note's metadata after it out of the last answer, with a note of its lines", () => {
    const note = readNote(`Stats prep\n\n**Q: Explain the central limit theorem.**\nThe mean of many i.i.d. samples is approximately normal.\n\n${metadata.join('\n')}\n`);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Explain the central limit theorem.', 'The mean of many i.i.d. samples is approximately normal.']]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith(':joplin-metadata'))).toEqual(['6:joplin-metadata']);
    expect(note.vfile.messages.find((message) => message.ruleId === 'joplin-metadata')!.reason).toBe(
      "Left out the note's metadata that Joplin's raw export writes after it (lines 6-12: id, parent_id, created_time, …, type_)",
    );
  });

  it('reads it so in a note read as copied text too', () => {
    const note = readNote(`Stats prep\n\nWhat is a p-value?\nThe chance of data as extreme under the null.\n\n${metadata.join('\n')}\n`, 'note.txt');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['The chance of data as extreme under the null.']);
  });

  it("keeps a note's own key: value lines, and lines with Joplin's keys that do not end the note", () => {
    const own = readNote('## Which fields does a Joplin note have?\n\nid: 5c1e2f3a4b5d6e7f8091a2b3c4d5e6f7\ntitle: the first line\n');
    expect(own.questions[0]!.answer?.text).toBe('id: 5c1e2f3a4b5d6e7f8091a2b3c4d5e6f7\ntitle: the first line');
    const inside = readNote(`## What does Joplin write after a note?\n\n${metadata.join('\n')}\n\nOne line per field, type_ last.\n`);
    expect(inside.questions[0]!.answer?.text).toContain('parent_id: 0a9b8c7d6e5f40312a1b2c3d4e5f6a7b');
    expect(messagesOf(inside.vfile)).toEqual([]);
  });
});
