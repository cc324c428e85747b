/** Tags, deck names and file names are made safe the same way every time. */
import { describe, expect, it } from 'vitest';
import { deckFileName } from '../../../src/export/anki/deck-file-name.js';
import { planDecks } from '../../../src/export/anki/deck.js';
import { noteAndCardIds, stableId } from '../../../src/export/anki/ids.js';
import { noteTags, tag, tagComponent } from '../../../src/export/anki/tags.js';
import { makeBank } from '../../fixtures/pdf/banks.js';

describe('tags', () => {
  it('turn whitespace into _ and drop what Anki forbids in a tag', () => {
    expect(tagComponent('  Linear  Algebra\u3000기초 ')).toBe('Linear_Algebra_기초');
    expect(tagComponent('say "hi"\u0007')).toBe('say_hi');
    expect(tag('topic', 'A::B')).toBe('topic::A:B');
    expect(tag('topic', '   ')).toBe('topic::blank');
  });

  it('leave out markup, brackets and braces, which a template showing {{Tags}} would put into the card as they are', () => {
    expect(tagComponent('<img/src=x/onerror=alert(1)>')).toBe('img/src=x/onerror=alert(1)');
    expect(tagComponent('[sound:t.mp3]')).toBe('sound:t.mp3');
    expect(tagComponent('{{FrontSide}}')).toBe('FrontSide');
    expect(tagComponent('[Deep Learning]')).toBe('Deep_Learning');
  });
});

describe('decks', () => {
  it('nest a parent given with :: under its own ancestors', () => {
    const { decks } = planDecks('Study::ML', ['Optimization']);
    expect(decks.map((d) => d.name)).toEqual(['Study', 'Study::ML', 'Study::ML::Optimization']);
  });

  it('leave out empty parts of a parent name, and take the default for a blank one', () => {
    expect(planDecks('a::::b', []).decks.map((d) => d.name)).toEqual(['a', 'a::b']);
    expect(planDecks(':: Study :: ::ML::', []).decks.map((d) => d.name)).toEqual(['Study', 'Study::ML']);
    expect(planDecks(' :: ', []).decks.map((d) => d.name)).toEqual(['ML Interview']);
  });

  it("name a topic's formula by its TeX, as the deck list shows names as they are, and tag it so", () => {
    expect(planDecks('ML', ['\\(L_2\\) 정규화 (Ridge)', 'Costs $5 and $10']).decks.map((d) => d.name)).toEqual(['ML', 'ML::Costs $5 and $10', 'ML::L_2 정규화 (Ridge)']);
    expect(planDecks('ML', ['\\(L_2\\) 정규화']).deckOf('\\(L_2\\) 정규화').name).toBe('ML::L_2 정규화');
    const [question] = makeBank([{ question: 'What does $L_2$ penalise?', answer: 'Squares.', topic: '\\(L_2\\) 정규화' }]).questions;
    expect(noteTags(question!)).toContain('topic::L_2_정규화');
  });

  it('have ids that depend on the name only', () => {
    const a = planDecks('ML Interview', ['B', 'A']).decks;
    const b = planDecks('ML Interview', ['A', 'B', null]).decks;
    expect(a).toEqual(b);
    expect(new Set(a.map((d) => d.id)).size).toBe(3);
  });
});

describe('deckFileName', () => {
  it('keeps a readable name and removes what file systems forbid', () => {
    expect(deckFileName('ML Interview')).toBe('ML Interview.apkg');
    expect(deckFileName('Study::ML')).toBe('Study - ML.apkg');
    expect(deckFileName('a/b\\c:d*e?"f"<g>|h')).toBe('a_b_c_d_e__f__g__h.apkg');
    expect(deckFileName(' ..hidden. ')).toBe('hidden.apkg');
    expect(deckFileName('CON')).toBe('_CON.apkg');
    expect(deckFileName('면접 질문')).toBe('면접 질문.apkg');
  });
});

describe('ids', () => {
  it('are millisecond-like integers Anki keeps, constant for a name', () => {
    const id = stableId('deck', 'ml interview');
    expect(id).toBe(stableId('deck', 'ml interview'));
    expect(id).not.toBe(stableId('deck', 'ml interview 2'));
    expect(Number.isSafeInteger(id)).toBe(true);
    expect(id).toBeGreaterThanOrEqual(1e12);
    expect(id).toBeLessThan(1.5e12);
  });

  it('give many notes and cards unique ids whatever the order of the GUIDs', () => {
    const guids = Array.from({ length: 50_000 }, (_, i) => `qbank-${i.toString(16).padStart(16, '0')}`);
    const ids = noteAndCardIds(guids);
    expect(new Set([...ids.values()].map((i) => i.noteId)).size).toBe(guids.length);
    expect(new Set([...ids.values()].map((i) => i.cardId)).size).toBe(guids.length);
    expect(noteAndCardIds([...guids].reverse())).toEqual(ids);
  });
});
