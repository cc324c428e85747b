/**
 * A matching leaves a record (match-record.ts): its items' tokens, what it
 * learnt of its pairs' scores and how it ranked each cluster's wordings. The
 * next matching of mostly the same questions takes those instead of
 * tokenising, scoring and ranking again, with exactly the result comparing
 * afresh gives, whatever changed in between and whatever the thresholds.
 */
import { describe, expect, it } from 'vitest';
import { Deduplication, isMatchRecord, recordSize, type DedupeOptions, type MatchRecord } from '../../src/dedupe/index.js';
import type { Question } from '../../src/schema/question-bank.js';
import { question } from './question-builder.js';
import { random, syntheticQuestions } from './synthetic-questions.js';

/** The bank after a user's edits: some questions reworded, some written otherwise, some removed, some translated (into Korean, or given an English wording), some added. */
function edited(bank: Question[], seed: number): Question[] {
  const next = random(seed);
  const result: Question[] = [];
  for (const q of bank) {
    const roll = next();
    if (roll < 0.01) continue;
    if (roll < 0.03) result.push(question({ question: q.question.replace(/[?.]?$/, ' in practice?'), file: 'edited.md', line: result.length + 1 }));
    else if (roll < 0.04) result.push({ ...q, translations: { ko: '그것은 무엇인가요?' } });
    else if (roll < 0.05) result.push({ ...q, translations: { en: 'What does it change in training?' } });
    // Written otherwise with the same id (ids ignore case and punctuation), but not the same text to compare or rank.
    else if (roll < 0.06) result.push({ ...q, question: `${q.question.toUpperCase().replace(/[?.]$/, '')}!` });
    else result.push(q);
  }
  return [...result, ...syntheticQuestions(30, seed + 1000).map((q) => ({ ...q, occurrences: q.occurrences.map((o) => ({ ...o, file: 'added.md' })) }))];
}

const BANK = syntheticQuestions(1500, 11);

function recordOf(questions: Question[], options: DedupeOptions = {}): MatchRecord {
  return new Deduplication(questions, options).matchRecorded().record;
}

describe('a matching made with the record of an earlier one', () => {
  it('is the matching comparing afresh gives, after questions are reworded, removed, translated and added', () => {
    const earlier = recordOf(BANK);
    for (const seed of [1, 2, 3]) {
      const after = edited(BANK, seed);
      const recalled = new Deduplication(after, {}).matchRecorded(earlier);
      const fresh = new Deduplication(after, {}).matchRecorded();
      expect(recalled.matching).toEqual(fresh.matching);
      // The tokens copied from the record are those the questions give.
      expect(recalled.record.tokens).toEqual(fresh.record.tokens);
      expect(recalled.record.indexKeys).toEqual(fresh.record.indexKeys);
      // The candidate pairs, and which question found each, are those a search by every question finds.
      expect(recalled.record.scores.start).toEqual(fresh.record.scores.start);
      expect(recalled.record.scores.others).toEqual(fresh.record.scores.others);
      expect(recalled.record.candidates).toEqual(fresh.record.candidates);
      // Though only the questions whose candidates can have changed looked for them.
      expect(fresh.askers).toBe(recordSize(recalled.record));
      expect(recalled.askers).toBeLessThan(fresh.askers / 2);
      expect(fresh.recalled).toBe(0);
      // About one question in twenty changed, and a changed question has a pair with many others: most pairs are of two unchanged ones.
      const pairs = recalled.record.scores.others.length;
      expect(recalled.recalled).toBeGreaterThan(0.75 * pairs);
      expect(recalled.recalled).toBeLessThan(pairs);
      // So are most clusters: those of unchanged questions only are ranked as they were.
      const clusters = recalled.matching.ranked.length;
      expect(recalled.recalledRankings).toBeGreaterThan(0.5 * clusters);
      expect(recalled.recalledRankings).toBeLessThan(clusters);
      expect(fresh.recalledRankings).toBe(0);
    }
  });

  it('looks again for the candidates of a question that meets a new one through an entry only the new one holds', () => {
    // "florp" and "zindle" are in more than a hundred questions, so a question holds them only as a pair,
    // and only when they are its rarest words: "Florp zindle?" holds that pair; the others hold their
    // own rare words, and meet it only by looking the pair up themselves.
    const words = ['ka', 'lo', 'mi', 'ra', 'te', 'so', 've', 'du', 'ph', 'gr', 'na', 'be'];
    const bank = Array.from({ length: 120 }, (_, k) =>
      question({ question: `Florp zindle ${words[k % 12]}${words[Math.floor(k / 12)]}x ${words[Math.floor(k / 12)]}${words[k % 12]}y?`, line: k + 1 }),
    );
    const added = [...bank, question({ question: 'Florp zindle?', file: 'added.md' })];
    const recalled = new Deduplication(added, {}).matchRecorded(recordOf(bank));
    const fresh = new Deduplication(added, {}).matchRecorded();
    expect(recalled.record.scores.others).toEqual(fresh.record.scores.others);
    expect(recalled.record.candidates).toEqual(fresh.record.candidates);
    // Every question met the new one, and did so by looking again.
    expect(recalled.record.scores.others.length).toBeGreaterThanOrEqual(bank.length);
    expect(recalled.askers).toBe(added.length);
  });

  it('takes the candidates of the questions a removal cannot reach', () => {
    // A removed question leaves the entries it held: within a crowded one, the holders nearest an asker shift.
    const removed = [1, 2, 3].map((seed) => {
      const next = random(seed);
      return BANK.filter(() => next() > 0.03);
    });
    for (const [before, after] of removed.flatMap((bank) => [
      [BANK, bank],
      [bank, BANK],
    ])) {
      const recalled = new Deduplication(after!, {}).matchRecorded(recordOf(before!));
      const fresh = new Deduplication(after!, {}).matchRecorded();
      expect(recalled.record.scores.others).toEqual(fresh.record.scores.others);
      expect(recalled.record.candidates).toEqual(fresh.record.candidates);
      expect(recalled.askers).toBeLessThan(fresh.askers);
    }
  });

  it('ranks a cluster again when the language of a member changed, as an answer can change it', () => {
    const before = new Deduplication(BANK, {}).matchRecorded();
    // Items are the distinct ids, sorted. The clearest wording of each cluster is now read as Korean
    // (say its answer was translated): its text is the same, but English ranks first.
    const ids = [...new Set(BANK.map((q) => q.id))].sort();
    const clearest = new Set(before.matching.ranked.map((members) => ids[members[0]!]));
    const after = BANK.map((q) => (clearest.has(q.id) ? { ...q, lang: 'ko' as const } : q));
    const recalled = new Deduplication(after, {}).matchRecorded(before.record);
    const fresh = new Deduplication(after, {}).match();
    expect(fresh.ranked).not.toEqual(before.matching.ranked);
    expect(recalled.matching).toEqual(fresh);
  });

  it('is the same when the record was made with other thresholds, and so scored with other floors', () => {
    const after = edited(BANK, 4);
    for (const [before, now] of [
      [{ maxRelated: 1 }, { maxRelated: 5 }],
      [{ maxRelated: 5 }, { maxRelated: 1 }],
      [{ nearMiss: 0.6 }, { nearMiss: 0.3 }],
      [{ nearMiss: 0.3, merge: 0.7 }, { nearMiss: 0.5 }],
    ]) {
      const earlier = recordOf(BANK, { thresholds: before });
      const options = { thresholds: now };
      const recalled = new Deduplication(after, options).matchRecorded(earlier);
      expect(recalled.matching).toEqual(new Deduplication(after, options).match());
      expect(recalled.recalled).toBeGreaterThan(0);
    }
  });

  it('recalls no score when the near-miss score is not below the merge score (a score below the floor could then merge)', () => {
    const options = { thresholds: { merge: 0.5, nearMiss: 0.6 } };
    const recalled = new Deduplication(BANK, options).matchRecorded(recordOf(BANK, options));
    expect(recalled.recalled).toBe(0);
    expect(recalled.matching).toEqual(new Deduplication(BANK, options).match());
  });

  it('records, per candidate pair, its exact score or the floor it is below', () => {
    const { scores } = recordOf(BANK);
    const exact = [...scores.scores].filter((score) => score >= 0);
    const below = [...scores.scores].filter((score) => score < 0);
    expect(exact.some((score) => score >= 0.8)).toBe(true);
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((score) => -score >= 0.45)).toBe(true);
  });

  it('knows an item again only by the same id, wordings and language', () => {
    const base = [question('What is dropout?'), question('What is a GAN?'), question('Why normalise inputs?'), question('What is SGD?')];
    const record = recordOf(base);
    // Items are in order of id; each question here is one item, so an item's place is its question's among the sorted ids.
    const placeOf = (questions: Question[], text: string) => [...questions.map((q) => q.id)].sort().indexOf(questions.find((q) => q.question === text)!.id);
    const next = [
      base[0]!,
      // The same id (ids ignore case and punctuation), other text.
      { ...base[1]!, question: 'WHAT IS A GAN' },
      { ...base[2]!, translations: { ko: '입력을 왜 정규화하나요?' } },
      { ...base[3]!, lang: 'mixed' as const },
      question('What is an epoch?'),
    ];
    const { earlierIndexOf } = new Deduplication(next, {}).matchRecorded(record);
    expect(earlierIndexOf).toBeDefined();
    const at = (text: string) => earlierIndexOf![placeOf(next, text)];
    expect(at('What is dropout?')).toBe(placeOf(base, 'What is dropout?'));
    for (const text of ['WHAT IS A GAN', 'Why normalise inputs?', 'What is SGD?', 'What is an epoch?']) expect(at(text)).toBe(-1);
  });

  it('is refused when its parts do not hold together', () => {
    const record = recordOf(BANK.slice(0, 300));
    expect(isMatchRecord(record)).toBe(true);
    const { scores, tokens, indexKeys, rankings } = record;
    const pairs = scores.others.length;
    const ranked = rankings.members.length;
    const broken: unknown[] = [
      { ...record, wordings: { ...record.wordings, ids: record.wordings.ids.slice(1) } },
      { ...record, wordings: { ...record.wordings, langs: record.wordings.langs.slice(1) } },
      { ...record, wordings: { ...record.wordings, ids: [...record.wordings.ids].reverse() } },
      { ...record, wordings: { ...record.wordings, en: record.wordings.en.map((text, k) => (k === 0 ? 7 : text)) } },
      { ...record, scores: { ...scores, scores: scores.scores.slice(1) } },
      { ...record, scores: { ...scores, scores: scores.scores.map((score, k) => (k === 0 ? NaN : score)) } },
      { ...record, scores: { ...scores, vias: scores.vias.map((via, k) => (k === 0 ? 7 : via)) } },
      { ...record, scores: { ...scores, others: scores.others.map((other, k) => (k === pairs - 1 ? recordSize(record) : other)) } },
      { ...record, scores: { ...scores, others: scores.others.map((other, k) => (k === 0 ? 0 : other)) } },
      { ...record, scores: { ...scores, start: Array.from(scores.start) } },
      { ...record, tokens: { ...tokens, keys: tokens.keys.slice(1) } },
      { ...record, tokens: { ...tokens, weight: tokens.weight.slice(1) } },
      { ...record, tokens: { ...tokens, itemStart: tokens.itemStart.map((at, k) => (k === 1 ? at + 1000 : at)) } },
      { ...record, tokens: { ...tokens, raw: tokens.raw.map((word, k) => (k === 0 ? tokens.words.length : word)) } },
      { ...record, tokens: { ...tokens, words: tokens.words.map((word, k) => (k === 0 ? 7 : word)) } },
      { ...record, tokens: undefined },
      { ...record, indexKeys: { ...indexKeys, keys: indexKeys.keys.map((key, k) => (k === 0 ? -1 : key)) } },
      // A token with no index key (the index reads its own key first), and index keys of other tokens.
      { ...record, indexKeys: { ...indexKeys, keyStart: indexKeys.keyStart.map((at, t) => (t === 1 ? 0 : at)) } },
      { ...record, indexKeys: { ...indexKeys, keys: indexKeys.keys.map((key, k) => (k === 0 ? (key + 1) % indexKeys.names.length : key)) } },
      { ...record, rankings: { ...rankings, members: rankings.members.map((item, k) => (k === 0 ? recordSize(record) : item)) } },
      { ...record, rankings: { ...rankings, members: rankings.members.map((item, k) => (k === 1 ? rankings.members[0]! : item)) } },
      { ...record, rankings: { ...rankings, start: rankings.start.map((at, k) => (k === 1 ? ranked + 1 : at)) } },
      { ...record, rankings: { start: Array.from(rankings.start), members: rankings.members } },
      null,
    ];
    expect(pairs).toBeGreaterThan(0);
    expect(ranked).toBeGreaterThan(1);
    for (const value of broken) expect(isMatchRecord(value)).toBe(false);
  });
});
