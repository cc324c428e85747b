/**
 * The Anki deck end to end: what is written, that Anki's importer invariants hold (checked by the
 * independent ../shared/tools/verify_apkg.py), and that rebuilds keep ids and bump `mod` only for
 * what changed.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAnki, STATE_FILE_NAME } from '../../../src/export/anki/index.js';
import { fieldChecksum } from '../../../src/export/anki/sort-field.js';
import { XSS_VECTORS } from './xss-vectors.js';
import { readNote } from '../../helpers/read-note.js';
import { REPO_ROOT, answer, bank, question, readDeck, sampleQuestions, verifyApkg } from './bank-builder.js';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/anki');

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'qbank-anki-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** A clock that says what the test wants it to say (seconds). */
function clock(seconds: number): () => number {
  return () => seconds;
}

const T0 = 1_700_000_000;

describe('exportAnki', () => {
  it('writes <outDir>/<deck name>.apkg that the importer checker accepts, unanswered questions left out and reported', async () => {
    const questions = sampleQuestions();
    const result = await exportAnki(bank(questions), { outDir, now: clock(T0) });

    expect(result.file).toBe(join(outDir, 'ML Interview.apkg'));
    expect(result.notes).toBe(4);
    const check = verifyApkg(result.file, '--expect-notes', '4');
    expect(check.output).toMatch(/^ok: 4 notes, 4 cards/m);
    expect(check.status).toBe(0);
    expect(check.report.warnings).toEqual([]);

    // A legacy collection: col.ver 11, and the SQLite file exactly as long as its header says.
    const deck = await readDeck(await readFile(result.file));
    expect(deck.colVer).toBe(11);
    const collection = deck.members['collection.anki2']!;
    const header = new DataView(collection.buffer, collection.byteOffset, collection.byteLength);
    expect(collection.length).toBe(header.getUint16(16) * header.getUint32(28));

    const unanswered = result.diagnostics.filter((d) => d.ruleId === 'anki-unanswered');
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]).toMatchObject({ file: 'notes/ml-basics.md', line: 30, severity: 'info' });
    expect(unanswered[0]!.message).toContain('What is batch normalization?');
  });

  it('puts unanswered questions in with includeUnanswered, with an empty Answer and a visible "No answer yet" back', async () => {
    const result = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0), includeUnanswered: true });
    expect(verifyApkg(result.file, '--expect-notes', '5').status).toBe(0);
    const deck = await readDeck(await readFile(result.file));
    const note = deck.notes.find((n) => n.fields[0] === 'What is batch normalization?')!;
    expect(note.fields[1]).toBe('');
    expect(note.tags).toContain('flag::no-answer');
    const model = Object.values(deck.models)[0]!;
    expect(model.tmpls[0]!.afmt).toContain('{{^Answer}}<p class="no-answer">No answer yet.</p>{{/Answer}}');
    expect(result.diagnostics.filter((d) => d.ruleId === 'anki-unanswered')).toEqual([]);
  });

  it('fills the four fields with the question (Korean wording under it), the answer, the topic and the source files', async () => {
    const result = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const deck = await readDeck(await readFile(result.file));
    const model = Object.values(deck.models)[0]!;
    expect(model.name).toBe('qbank question');
    expect(model.flds.map((f) => f.name)).toEqual(['Question', 'Answer', 'Topic', 'Sources']);
    // Light and night colours, for the card and for highlighted code, in both night-mode spellings.
    for (const selector of ['.card {', '.nightMode.card', '.night_mode .card', '.card .hljs-keyword', '.nightMode .card .hljs-keyword']) {
      expect(model.css).toContain(selector);
    }
    expect(model.tmpls[0]!.qfmt).toContain('{{Question}}');
    expect(model.tmpls[0]!.afmt).toContain('{{Answer}}');

    const [gd, korean, softmax, code] = deck.notes;
    expect(gd!.fields).toEqual([
      'What is gradient descent?',
      '<p>It updates the weights against the gradient: <span class="math math-inline">\\(\\theta \\leftarrow \\theta - \\eta \\nabla L(\\theta)\\)</span>.</p>',
      'Optimization',
      'notes/ml-basics.md',
    ]);
    expect(korean!.fields[0]).toBe(
      '경사 하강법(Gradient Descent)이란?\n<div class="translation" lang="ko">경사 하강법이란 무엇인가?</div>',
    );
    expect(korean!.fields[1]).toContain('<li>손실 함수의 기울기 반대 방향으로 이동합니다.</li>');
    expect(korean!.fields[3]).toBe('notes/한국어 노트.md');
    // Math arrives in Anki's MathJax delimiters and stays as it is.
    expect(softmax!.fields[1]).toContain('<span class="math math-inline">\\(\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}\\)</span>');
    expect(softmax!.fields[1]).toContain('<div class="math math-display">\\[\\sum_i \\sigma(z)_i = 1\\]</div>');
    expect(softmax!.fields[1]).toContain('<div class="math math-display">\\[\\sigma(z) \\in (0, 1)^n\\]</div>');
    // Code is highlighted at export time into hljs classes.
    expect(code!.fields[1]).toContain('<code class="language-python hljs"><span class="hljs-keyword">def</span>');
    expect(code!.fields[1]).toContain('<span class="hljs-comment"># normalise</span>');
  });

  it('puts each topic in a Parent::Topic sub-deck and questions without a topic in the parent', async () => {
    const questions = [...sampleQuestions(), question({ question: 'What is overfitting?', line: 40 })];
    const result = await exportAnki(bank(questions), { outDir, now: clock(T0), deckName: 'Deep Learning' });
    expect(result.file).toBe(join(outDir, 'Deep Learning.apkg'));
    const deck = await readDeck(await readFile(result.file));
    expect(deck.decks.map((d) => d.name).sort()).toEqual([
      'Deep Learning',
      'Deep Learning::Fundamentals',
      'Deep Learning::Optimization',
      'Deep Learning::최적화',
      'Default',
    ]);
    const deckOf = (q: string) => deck.notes.find((n) => n.fields[0]!.startsWith(q))!.deck;
    expect(deckOf('What is gradient descent?')).toBe('Deep Learning::Optimization');
    expect(deckOf('경사 하강법')).toBe('Deep Learning::최적화');
    expect(deckOf('Implement softmax')).toBe('Deep Learning::Fundamentals');
    expect(deckOf('What is overfitting?')).toBe('Deep Learning');
    expect(verifyApkg(result.file, '--expect-notes', '5').status).toBe(0);
  });

  it('merges topics that differ only in case into one deck (Anki matches deck names case-insensitively)', async () => {
    const questions = [
      question({ question: 'Q one?', topic: 'optimization' }),
      question({ question: 'Q two?', topic: 'Optimization' }),
    ];
    const result = await exportAnki(bank(questions), { outDir, now: clock(T0) });
    const deck = await readDeck(await readFile(result.file));
    expect(deck.decks.map((d) => d.name).filter((n) => n.includes('::'))).toEqual(['ML Interview::Optimization']);
    expect(new Set(deck.notes.map((n) => n.deck))).toEqual(new Set(['ML Interview::Optimization']));
    expect(verifyApkg(result.file, '--expect-notes', '2').status).toBe(0);
  });

  it('tags notes with topic, source, language, kind and flags, without spaces', async () => {
    const result = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const deck = await readDeck(await readFile(result.file));
    const [gd, korean, , code] = deck.notes;
    expect(gd!.tags).toEqual(['kind::concept', 'lang::en', 'qbank', 'source::notes::ml-basics.md', 'topic::Optimization']);
    expect(korean!.tags).toEqual(['kind::concept', 'lang::ko', 'qbank', 'source::notes::한국어_노트.md', 'topic::최적화']);
    expect(code!.tags).toContain('flag::code-indentation-lost');
    expect(code!.tags).toContain('kind::coding');
    for (const note of deck.notes) for (const t of note.tags) expect(t).not.toMatch(/[\s"]/);
  });

  it('stores Anki\'s checksum of the HTML-stripped first field', async () => {
    const questions = [question({ question: 'Is 3 < 5 & "quoted"?' }), ...sampleQuestions()];
    const result = await exportAnki(bank(questions), { outDir, now: clock(T0) });
    const deck = await readDeck(await readFile(result.file));
    const escaped = deck.notes[0]!;
    expect(escaped.fields[0]).toBe('Is 3 &lt; 5 &amp; &quot;quoted&quot;?');
    expect(escaped.sfld).toBe('Is 3 < 5 & "quoted"?');
    // Anki's definition, written out: the first 8 hex digits of the stripped text's SHA-1.
    const sha1 = createHash('sha1').update('Is 3 < 5 & "quoted"?', 'utf8').digest('hex');
    expect(escaped.csum).toBe(parseInt(sha1.slice(0, 8), 16));
    const korean = deck.notes.find((n) => n.fields[0]!.startsWith('경사'))!;
    expect(korean.sfld).toBe('경사 하강법(Gradient Descent)이란?\n경사 하강법이란 무엇인가?');
    // Same value Anki's own test vector gives for "test" and "今日" (rslib/src/notes/mod.rs).
    expect(fieldChecksum('<b>test</b>')).toBe(2840236005);
    expect(fieldChecksum('今日')).toBe(1464653051);
  });

  it('derives GUIDs from question ids and the note type and deck ids from names, never from the clock', async () => {
    const first = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const a = await readDeck(await readFile(first.file));
    const other = await mkdtemp(join(tmpdir(), 'qbank-anki-other-'));
    try {
      const second = await exportAnki(bank(sampleQuestions()), { outDir: other, now: clock(T0 + 86_400 * 30) });
      const b = await readDeck(await readFile(second.file));
      expect(b.notes.map((n) => n.guid)).toEqual(a.notes.map((n) => n.guid));
      expect(b.notes.map((n) => n.id)).toEqual(a.notes.map((n) => n.id));
      expect(Object.keys(b.models)).toEqual(Object.keys(a.models));
      expect(b.decks).toEqual(a.decks);
      // Only the modification times differ, and they are the clock's seconds.
      expect(new Set(b.notes.map((n) => n.mod))).toEqual(new Set([T0 + 86_400 * 30]));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
    expect(a.notes[0]!.guid).toBe(`qbank-${sampleQuestions()[0]!.id}`);
    for (const note of a.notes) {
      expect(note.id).toBeGreaterThanOrEqual(1e12);
      expect(note.id).toBeLessThan(Date.now());
    }
  });

  it('rebuilds an unchanged bank into identical bytes', async () => {
    const first = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const before = await readFile(first.file);
    const second = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0 + 5000) });
    const after = await readFile(second.file);
    expect(second.file).toBe(first.file);
    expect(Buffer.compare(before, after)).toBe(0);
  });

  it('after one answer is edited, keeps the GUID set and makes only that note\'s mod newer', async () => {
    const first = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const oldCopy = join(outDir, 'previous.apkg');
    await (await import('node:fs/promises')).copyFile(first.file, oldCopy);

    const edited = sampleQuestions();
    edited[2] = { ...edited[2]!, answer: answer('<p>Softmax turns scores into probabilities that sum to one.</p>') };
    const second = await exportAnki(bank(edited), { outDir, now: clock(T0 + 3600) });

    const check = verifyApkg(second.file, '--expect-notes', '4', '--compare', oldCopy);
    expect(check.report.compare).toMatchObject({ same_guid_set: true, common: 4, changed_notes_not_newer: 0 });
    expect(check.status).toBe(0);

    const before = await readDeck(await readFile(oldCopy));
    const after = await readDeck(await readFile(second.file));
    const mods = after.notes.map((n, i) => [n.fields[0], before.notes[i]!.mod, n.mod]);
    expect(mods).toEqual([
      ['What is gradient descent?', T0, T0],
      [expect.stringContaining('경사 하강법'), T0, T0],
      ['Explain the softmax function', T0, T0 + 3600],
      ['Implement softmax in NumPy', T0, T0],
    ]);
  });

  it('updates no note when lines are added above the questions (their line numbers move, their cards do not change)', async () => {
    const first = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const before = await readDeck(await readFile(first.file));
    const moved = sampleQuestions().map((q) => ({ ...q, occurrences: q.occurrences.map((o) => ({ ...o, line: o.line + 5 })) }));
    const second = await exportAnki(bank(moved), { outDir, now: clock(T0 + 3600) });
    const after = await readDeck(await readFile(second.file));
    expect(after.notes.map((note) => note.mod)).toEqual(before.notes.map(() => T0));
  });

  it('never gives an edited note a mod that is not newer, even when the clock goes back', async () => {
    await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    const edited = sampleQuestions();
    edited[0] = { ...edited[0]!, answer: answer('<p>Step downhill.</p>') };
    const second = await exportAnki(bank(edited), { outDir, now: clock(T0 - 999) });
    const deck = await readDeck(await readFile(second.file));
    expect(deck.notes[0]!.mod).toBe(T0 + 1);
  });

  it('keeps its state beside the output and writes nothing else there', async () => {
    await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0), deckName: 'Second' });
    expect((await readdir(outDir)).sort()).toEqual([STATE_FILE_NAME, 'ML Interview.apkg', 'Second.apkg']);
    const state = JSON.parse(await readFile(join(outDir, STATE_FILE_NAME), 'utf8'));
    expect(Object.keys(state.decks)).toEqual(['ML Interview', 'Second']);
    const guid = `qbank-${sampleQuestions()[0]!.id}`;
    expect(state.decks['ML Interview'].notes[guid]).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/), T0]);
  });

  it('reports an unreadable state file and builds a correct deck anyway, every note new', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(outDir, STATE_FILE_NAME), '{"version": 1, "decks": ');
    const result = await exportAnki(bank(sampleQuestions()), { outDir, now: clock(T0) });
    expect(result.diagnostics.filter((d) => d.ruleId === 'anki-state-unreadable')).toHaveLength(1);
    expect(verifyApkg(result.file, '--expect-notes', '4').status).toBe(0);
    const state = JSON.parse(await readFile(join(outDir, STATE_FILE_NAME), 'utf8'));
    expect(Object.keys(state.decks['ML Interview'].notes)).toHaveLength(4);
  });

  it('accepts a millisecond clock such as Date.now and stores seconds', async () => {
    const result = await exportAnki(bank(sampleQuestions()), { outDir, now: () => T0 * 1000 + 999 });
    const deck = await readDeck(await readFile(result.file));
    expect(new Set(deck.notes.map((n) => n.mod))).toEqual(new Set([T0]));
  });

  it('writes a valid empty deck when no question has an answer', async () => {
    const result = await exportAnki(bank([question({ question: 'Only a question?', answer: null })]), { outDir, now: clock(T0) });
    expect(result.notes).toBe(0);
    expect(verifyApkg(result.file, '--expect-notes', '0').status).toBe(0);
  });

  it('packs local images as media relative to the answer\'s file, keeps remote images as links, reports missing ones', async () => {
    const withImages = question({
      question: 'How does the loss curve look?',
      file: 'notes/training.md',
      line: 9,
      answer: answer(
        '<p><img src="img/loss%20curve.png" alt="loss"> <img src="./img/diagram.svg" alt="diagram"> ' +
          '<img src="https://example.com/remote.png" alt="remote"> <img src="img/absent.png" alt="absent figure"> ' +
          '<img src="../../../../../../etc/passwd" alt="not an image"></p>',
      ),
    });
    const result = await exportAnki(bank([withImages]), { outDir, now: clock(T0), sourceRoot: FIXTURES });
    const check = verifyApkg(result.file, '--expect-notes', '1');
    expect(check.output).toMatch(/^ok: 1 note, 1 card, 1 model, 2 decks, 2 media files$/m);
    expect(check.report.warnings).toEqual([]);

    const deck = await readDeck(await readFile(result.file));
    const names = Object.values(deck.media).sort();
    expect(names).toEqual([expect.stringMatching(/^diagram-[0-9a-f]{8}\.svg$/), expect.stringMatching(/^loss-curve-[0-9a-f]{8}\.png$/)]);
    const png = Object.entries(deck.media).find(([, name]) => name.endsWith('.png'))![0];
    expect(Buffer.compare(Buffer.from(deck.members[png]!), await readFile(join(FIXTURES, 'notes/img/loss curve.png')))).toBe(0);
    const back = deck.notes[0]!.fields[1];
    for (const name of names) expect(back).toContain(`src="${name}"`);
    expect(back).toContain('src="https://example.com/remote.png"');
    expect(back).toContain('<span class="missing-image">[image: absent figure]</span>');
    expect(back).toContain('<span class="missing-image">[image: not an image]</span>');

    const missing = result.diagnostics.filter((d) => d.ruleId === 'anki-image-missing');
    expect(missing.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['notes/training.md', 9, 'warning'],
      ['notes/training.md', 9, 'warning'],
    ]);
    expect(missing[0]!.message).toContain('img/absent.png');
    expect(missing[1]!.message).toContain('not an image file type');
  });

  it('shows what a question shows on the front, under its wording, its pictures packed relative to the note that showed them', async () => {
    const shown = { markdown: '![loss curves](img/loss%20curve.png)', html: '<p><img src="img/loss%20curve.png" alt="loss curves"></p>', text: '[loss curves]' };
    const curves = question({ question: 'Your loss curves look like this. What went wrong?', file: 'notes/book.md', answer: answer('<p>The learning rate is too high.</p>') });
    // Found twice: the answer in one note, the picture in the other (another folder: its path is relative to it).
    const answered = { ...curves.occurrences[0]!, file: 'elsewhere/answers.md' };
    const merged = { ...curves, context: shown, occurrences: [answered, { ...curves.occurrences[0]!, answer: null, context: shown }] };
    const result = await exportAnki(bank([merged]), { outDir, now: clock(T0), sourceRoot: FIXTURES });
    expect(verifyApkg(result.file, '--expect-notes', '1').output).toMatch(/^ok: 1 note, 1 card, 1 model, 2 decks, 1 media file/m);
    const deck = await readDeck(await readFile(result.file));
    const [name] = Object.values(deck.media);
    const [front, back] = deck.notes[0]!.fields;
    expect(front).toContain(`<div class="context"><p><img src="${name}" alt="loss curves"></p></div>`);
    expect(front!.indexOf('What went wrong?')).toBeLessThan(front!.indexOf('class="context"'));
    expect(back).not.toContain('img');
    expect(result.diagnostics.filter((d) => d.ruleId === 'anki-image-missing')).toEqual([]);
  });

  it("shows over a follow-up that names no subject what it asks about, escaped as its wording is: two follow-ups of one wording have fronts of their own", async () => {
    const [svm, forest] = ['SVM이란? <script>alert(1)</script>', '랜덤 포레스트란?'].map((about, line) => ({ ...question({ question: '장단점은?', line: line + 1 }), about }));
    const result = await exportAnki(bank([svm!, { ...forest!, id: 'f0f0f0f0f0f0f0f0' }]), { outDir, now: clock(T0) });
    expect(verifyApkg(result.file, '--expect-notes', '2').output).toMatch(/^ok: 2 notes, 2 cards/m);
    const fronts = (await readDeck(await readFile(result.file))).notes.map((note) => note.fields[0]!);
    expect(fronts).toContain('<div class="about">SVM이란? &lt;script&gt;alert(1)&lt;/script&gt;</div>\n장단점은?');
    expect(fronts).toContain('<div class="about">랜덤 포레스트란?</div>\n장단점은?');
  });

  it('reads each field as MathJax does, whole: a formula that runs past the brace-blind end, or over two file names', async () => {
    const braced = question({ question: 'Why is the brace trick \\( {\\) } \\href{javascript:EVIL}{x} \\) here?', line: 1 });
    const named = question({ question: 'What is in a name?', file: 'notes/0\\[.md', alsoAt: [{ file: 'notes/\\href{javascript:EVIL}{x}\\].md', line: 2 }] });
    const result = await exportAnki(bank([braced, named]), { outDir, now: clock(T0) });
    for (const note of (await readDeck(await readFile(result.file))).notes) {
      for (const field of note.fields) expect(field).not.toMatch(/javascript:|\\href(?![A-Za-z])/);
    }
  });

  it('takes the first answered copy of an id repeated in the bank (as --no-dedupe gives), not an unanswered one before it', async () => {
    const unanswered = question({ question: 'What is dropout?', answer: null, file: 'notes/a.md' });
    const answered = question({ question: 'What is dropout?', answer: answer('<p>Random zeroing.</p>'), file: 'notes/b.md' });
    const again = question({ question: 'What is dropout?', answer: answer('<p>Again.</p>'), file: 'notes/c.md' });
    const result = await exportAnki(bank([unanswered, answered, again]), { outDir, now: clock(T0) });
    const deck = await readDeck(await readFile(result.file));
    expect(deck.notes.map((note) => note.fields[1])).toEqual(['<p>Random zeroing.</p>']);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.file])).toEqual([
      ['anki-unanswered', 'notes/a.md'],
      ['anki-duplicate-id', 'notes/c.md'],
    ]);
    // Unanswered questions asked in: still the answered copy.
    const all = await exportAnki(bank([unanswered, answered, again]), { outDir, now: clock(T0), includeUnanswered: true });
    expect((await readDeck(await readFile(all.file))).notes.map((note) => note.fields[1])).toEqual(['<p>Random zeroing.</p>']);
  });

  it('lets no XSS vector from an answer or a question reach any field', async () => {
    const hostile = XSS_VECTORS.map((vector, i) =>
      question({ question: `Hostile ${i} ${vector}`, line: i + 1, topic: vector, answer: answer(`<p>ok ${i}</p>${vector}`) }),
    );
    const result = await exportAnki(bank(hostile), { outDir, now: clock(T0) });
    expect(verifyApkg(result.file, '--expect-notes', String(hostile.length)).status).toBe(0);
    const deck = await readDeck(await readFile(result.file));
    expect(deck.notes).toHaveLength(XSS_VECTORS.length);
    for (const note of deck.notes) {
      const [front, back, topic, sources] = note.fields;
      // Answer HTML keeps only inert markup.
      expect(back).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|input|meta|base|link|body|textarea|template)\b/i);
      expect(back).not.toMatch(/\son[a-z]+\s*=|\sstyle\s*=/i);
      expect(back).not.toMatch(/(href|src|action|data)\s*=\s*"?\s*(javascript|vbscript|data):/i);
      // The question, topic and sources are text: a vector there shows as escaped characters.
      expect(front).toMatch(/^Hostile \d+ /);
      for (const text of [front, topic, sources]) expect(text).not.toMatch(/[<>]/);
    }
  });

  it('lets no XSS vector from what a question shows reach its front', async () => {
    const hostile = XSS_VECTORS.map((vector, i) => ({
      ...question({ question: `Hostile ${i}`, line: i + 1 }),
      context: answer(`<p>shown ${i}</p>${vector}`),
    }));
    const result = await exportAnki(bank(hostile), { outDir, now: clock(T0) });
    expect(verifyApkg(result.file, '--expect-notes', String(hostile.length)).status).toBe(0);
    const deck = await readDeck(await readFile(result.file));
    expect(deck.notes).toHaveLength(XSS_VECTORS.length);
    for (const [front] of deck.notes.map((note) => note.fields)) {
      expect(front).toContain('<div class="context">');
      expect(front).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|input|meta|base|link|body|textarea|template)\b/i);
      expect(front).not.toMatch(/\son[a-z]+\s*=|\sstyle\s*=/i);
      expect(front).not.toMatch(/(href|src|action|data)\s*=\s*"?\s*(javascript|vbscript|data):/i);
    }
  });

  it('lets no MathJax command that makes a link or a style, and no sound tag, reach any field', async () => {
    const [read] = readNote('## What plays?\n\nIt plays [sound:../../etc/passwd] and $\\href{javascript:alert(1)}{x}$.\n').questions;
    const hostile = question({
      question: 'Why $\\cssId{answer}{q}$ and \\(\\mmlToken{mi}[href="javascript:alert(2)"]{m}\\) [sound:q.mp3]?',
      topic: '\\(\\style{position:fixed}{t}\\) [anki:tts]',
      file: 'notes/\\(\\href{javascript:alert(3)}{f}\\).md',
      answer: read!.answer,
    });
    const result = await exportAnki(bank([hostile]), { outDir, now: clock(T0) });
    const [note] = (await readDeck(await readFile(result.file))).notes;
    for (const field of note!.fields) {
      expect(field).not.toMatch(/\\(?:href|style|cssId|mmlToken)(?![A-Za-z])|javascript:/);
      expect(field).not.toMatch(/\[(?:sound|anki):/);
    }
    const [front, back, topic] = note!.fields;
    // What the commands showed stays, and the tags read as text.
    expect(front).toBe('Why \\({q}\\) and \\({m}\\) &#91;sound:q.mp3]?');
    expect(back).toContain('&#91;sound:../../etc/passwd]');
    expect(back).toContain('\\({x}\\)');
    expect(topic).toBe('\\({t}\\) &#91;anki:tts]');
  });

  it('finds a command split by a control character, which Anki removes on import, in the question, a translation, the topic and a file name', async () => {
    // Each control character Anki strips (U+0001-0008, U+000E-001F, U+007F) hid `\href` from the check when it was removed after it.
    for (const control of ['\u0001', '\u0008', '\u000e', '\u001f', '\u007f']) {
      const split = `\\hr${control}ef{javascript:alert(1)}`;
      const hostile = question({
        question: `What is $${split}{x}$?`,
        ko: `무엇인가 \\(${split}{y}\\)?`,
        topic: `\\(${split}{t}\\)`,
        file: `notes/\\(${split}{f}\\).md`,
        answer: answer('<p>An answer.</p>'),
      });
      const result = await exportAnki(bank([hostile]), { outDir, now: clock(T0) });
      const [note] = (await readDeck(await readFile(result.file))).notes;
      for (const field of note!.fields) expect(field).not.toMatch(/\\href(?![A-Za-z])|javascript:/);
      expect(note!.fields[0]).toContain('What is \\({x}\\)?');
      expect(note!.fields[0]).toContain('<div class="translation" lang="ko">무엇인가 \\({y}\\)?</div>');
    }
  });
});
