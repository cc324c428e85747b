/**
 * A build that writes only the deck has no questions.json to take the ids of merged questions
 * from: it takes them from the state file beside the last deck, so a new note that merges with a
 * question keeps that question's note (its GUID) instead of replacing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQbank, tempProject } from '../../helpers/temp-project.js';
import { readDeck } from './bank-builder.js';

const guidsOf = async (project: string) => (await readDeck(readFileSync(path.join(project, 'dist', 'ML Interview.apkg')))).notes.map((note) => note.guid).sort();

describe('a deck-only build (-f anki)', () => {
  it('keeps every note of the last deck when a new note asks a question it holds again', async () => {
    const project = tempProject();
    expect((await runQbank(project, 'build', '-f', 'anki', '--no-cache')).code).toBe(0);
    const before = await guidsOf(project);
    writeFileSync(path.join(project, 'sources', 'again.md'), '## What is the difference between bagging and boosting?\n\nBagging averages; boosting corrects.\n');
    expect((await runQbank(project, 'build', '-f', 'anki', '--no-cache')).code).toBe(0);
    expect(await guidsOf(project)).toEqual(before);
  });
});
