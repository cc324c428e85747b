/**
 * The deduplication stage: Question[] (one per place found) -> Question[]
 * (one per thing asked), with a log of every merge and near miss.
 *
 * 1. Questions with the same id (the same normalised text) are one item.
 *    Items are sorted by id, so nothing below depends on input order.
 * 2. Each item gets a fingerprint (content tokens of each wording).
 * 3. Candidate pairs come from an inverted index (candidates.ts), never from
 *    all pairs; each candidate is scored (similarity.ts).
 * 4. Overrides force merges first; then complete-linkage clustering joins
 *    pairs scoring at least `thresholds.merge`, strongest first, when both
 *    are the same kind (coding / concept) and no override keeps them apart.
 * 5. The wordings of each cluster are ranked, clearest first (canonical.ts).
 * 6. Each cluster becomes one question (merge.ts); pairs that scored at
 *    least `thresholds.nearMiss` but stayed apart link their questions
 *    through `related`. Of those near misses only the strongest
 *    `maxRelated` of each question are kept (near-misses.ts), so the
 *    decision log grows with the bank, not with its number of similar pairs.
 *    They come in document order: by file and line, and those first found on
 *    one line in the order read (the only place input order counts).
 *
 * Steps 2 to 5 read only the items' wordings, kinds and languages: they are
 * `Deduplication.match` (comparison.ts), whose result (matching.ts) a build may keep; step 6
 * is `Deduplication.mergedQuestions`, and the log of every decision is
 * `decisionLog`, made only when asked for (`assemble` gives both).
 */
import type { Diagnostic } from '../report/diagnostic.js';
import type { Question } from '../schema/question-bank.js';
import { membersByLabel, WordingComparison } from './comparison.js';
import { keptRankings } from './kept-rankings.js';
import { recordIndexOf, wordingsOf, type MatchRecord } from './match-record.js';
import { byPlace, firstPlace, mergeCluster } from './merge.js';
import { resolveOverrides, type DedupeOverrides, type ResolvedOverrides } from './overrides.js';
import { matchingKey, pairAt, roundedScore, type Matching, type Verdict } from './matching.js';

export type { DedupeOverrides } from './overrides.js';

export interface DedupeThresholds {
  /** Score (0..1) from which two questions merge. Default 0.8. */
  merge?: number;
  /** Score from which a pair that stays apart is logged as a near miss and linked as related. Default 0.45. */
  nearMiss?: number;
  /** Most related ids kept per question, strongest first; also the near misses logged per question. Default 5. */
  maxRelated?: number;
}

export interface DedupeOptions {
  overrides?: DedupeOverrides;
  /**
   * A wording as the sheet shows it, each formula its TeX (wording/plain-wording.ts `wordingText`): overrides then
   * name a question as the sheet's bands do too. Passed by the build only when there are overrides, so that a
   * rebuild with none loads no parser for it.
   */
  plainWording?: (text: string) => string;
  /** Ids of the previous build's questions.json: a cluster holding one keeps it. */
  previousIds?: Iterable<string>;
  thresholds?: DedupeThresholds;
}

export interface DecisionSide {
  id: string;
  question: string;
  /** Where this side was first found. */
  file: string;
  line: number;
}

export type { Verdict } from './matching.js';

export interface MergeDecision {
  a: DecisionSide;
  b: DecisionSide;
  /** Similarity 0..1 (see similarity.ts); 1 for identical text and forced merges are scored as found. */
  score: number;
  verdict: Verdict;
  reason: string;
}

export interface DedupeResult {
  questions: Question[];
  decisions: MergeDecision[];
  /** Override references that matched no question, and similar notes. */
  diagnostics: Diagnostic[];
}

export const DEFAULT_THRESHOLDS: Required<DedupeThresholds> = { merge: 0.8, nearMiss: 0.45, maxRelated: 5 };

interface Item {
  id: string;
  questions: Question[];
  /** What is fingerprinted: the first question, with the translations of all its repeats. */
  compared: Question;
  kind: Question['kind'];
  side: DecisionSide;
  /** Where its first question stands among the inputs: the order the notes were read in. */
  order: number;
}

/** Code-unit order, as the default sort gives it: the order of ids, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function itemsOf(questions: readonly Question[]): Item[] {
  const byId = new Map<string, Question[]>();
  const orderOf = new Map<string, number>();
  questions.forEach((question, order) => {
    const group = byId.get(question.id);
    if (group === undefined) {
      byId.set(question.id, [question]);
      orderOf.set(question.id, order);
    } else group.push(question);
  });
  // Default sort: code-unit order, as compareText, without a comparator call per step.
  return [...byId.keys()].sort().map((id) => {
    const group = byId.get(id)!;
    // Most texts are asked once: nothing to order, no translations to gather.
    const sorted =
      group.length === 1
        ? group
        : [...group].sort((a, b) => byPlace(firstPlace(a), firstPlace(b)) || compareText(JSON.stringify(a), JSON.stringify(b)));
    const first = sorted[0]!;
    const place = firstPlace(first);
    // Repeats of one text may bring different translations: compare with all of them.
    const translations = () => Object.assign({}, ...[...sorted].reverse().map((q) => q.translations ?? {}));
    return {
      id,
      questions: sorted,
      compared: sorted.length === 1 ? first : { ...first, translations: translations() },
      kind: first.kind,
      side: { id, question: first.question, file: place.file, line: place.line },
      order: orderOf.get(id)!,
    };
  });
}


/** Questions an earlier merge made, taken again for clusters whose members it merged alike. */
export interface ReuseMerged {
  /**
   * The question of cluster `label` (its `members`, items in order) as an earlier merge made it,
   * when it is still what merging them would make, but perhaps for its related ids; undefined to
   * merge them afresh.
   */
  question(label: number, members: readonly number[]): Question | undefined;
  /**
   * Whether a question taken has its related ids right: so when the earlier merge had this very
   * matching. After another one (a question reworded), the near misses around a cluster of the
   * same members may differ, and its related ids are made again.
   */
  readonly keepsRelated: boolean;
}

export function dedupe(questions: Question[], options: DedupeOptions = {}): DedupeResult {
  const deduplication = new Deduplication(questions, options);
  return deduplication.assemble(deduplication.match());
}

/**
 * One deduplication in two steps, so that the costly one can be skipped:
 * `match` compares the wordings (a `Matching`, which depends only on what
 * `matchingKey` hashes), `mergedQuestions` and `decisionLog` turn a matching
 * into merged questions and the decision log, reading everything else
 * (answers, places, tags, previous ids). `dedupe` runs them all; a build
 * that kept the matching of the same `matchingKey` uses it instead of
 * calling `match`.
 */
export class Deduplication {
  private readonly thresholds: Required<DedupeThresholds>;
  private readonly previousIds: ReadonlySet<string>;
  private readonly items: Item[];
  private readonly overrides: ResolvedOverrides;

  constructor(questions: Question[], options: DedupeOptions = {}) {
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    this.previousIds = new Set(options.previousIds ?? []);
    this.items = itemsOf(questions);
    this.overrides = resolveOverrides(options.overrides, this.items.map((item) => item.questions), options.plainWording);
  }

  /** Number of items (distinct question texts): a matching's size. */
  get itemCount(): number {
    return this.items.length;
  }

  /** The item (a matching's index) of the questions with this id, or -1. */
  itemOf(id: string): number {
    const { items } = this;
    // Items are sorted by id.
    let low = 0;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = items[middle]!.id;
      if (found === id) return middle;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Identifies the matching these questions and options give. */
  get matchingKey(): string {
    return matchingKey(this.items, this.overrides, this.thresholds);
  }

  match(): Matching {
    return new WordingComparison(this.items, this.overrides, this.thresholds, undefined, false).compare().matching;
  }

  /**
   * `match`, taking from an earlier matching's record (match-record.ts) the tokens and pair scores
   * of the items whose wordings it holds, instead of making them again; with this matching's
   * record, for the next. The matching is the one `match` gives. `recalled`: the pair scores taken;
   * `recalledRankings`: the clusters whose ranking was taken; `askers`: the questions that looked for
   * candidates (the others' were taken from the record); `earlierIndexOf`: per item, its index in
   * `earlier` (-1: its wordings are new there).
   */
  matchRecorded(earlier?: MatchRecord): {
    matching: Matching;
    record: MatchRecord;
    recalled: number;
    recalledRankings: number;
    askers: number;
    earlierIndexOf?: Int32Array;
  } {
    const wordings = wordingsOf(this.items);
    const indexOf = earlier && recordIndexOf(earlier, wordings);
    const comparison = new WordingComparison(this.items, this.overrides, this.thresholds, earlier && { record: earlier, indexOf: indexOf! }, true);
    const { matching, keys, scores, candidates, rankings } = comparison.compare();
    return {
      matching,
      record: {
        wordings,
        tokens: comparison.table.kept(),
        indexKeys: keys.kept(),
        // Made with `keep`: scores are there to keep.
        scores: scores!.kept()!,
        candidates: { mergeScore: this.thresholds.merge, finders: candidates.finders },
        rankings: keptRankings(matching.ranked),
      },
      recalled: scores!.recalled,
      recalledRankings: rankings?.recalled ?? 0,
      askers: candidates.askers,
      ...(indexOf ? { earlierIndexOf: indexOf } : {}),
    };
  }

  /**
   * The merged questions and the decision log of a matching of these questions (from `match`, or
   * kept from a build with the same `matchingKey`); without the log when `log` is false (only
   * `check --dupes` shows it, and at 10,000 questions it is tens of thousands of entries).
   */
  assemble(matching: Matching): DedupeResult;
  assemble(matching: Matching, options: { log: boolean }): Omit<DedupeResult, 'decisions'> & { decisions?: MergeDecision[] };
  assemble(matching: Matching, { log = true }: { log?: boolean } = {}): Omit<DedupeResult, 'decisions'> & { decisions?: MergeDecision[] } {
    const { questions, diagnostics } = this.mergedQuestions(matching);
    return log ? { questions, decisions: this.decisionLog(matching), diagnostics } : { questions, diagnostics };
  }

  /** The log of a matching's decisions: its pairs and the exact repeats, strongest first. */
  decisionLog(matching: Matching): MergeDecision[] {
    const { items } = this;
    const decisions: MergeDecision[] = [];
    // Decisions are made in the order of their sides' ids (items are sorted by
    // id; a question's repeats come before its pairs, as their two ids are
    // equal), so one stable sort by score gives the log's order.
    const repeatsOf = (a: number) => {
      const item = items[a]!;
      if (item.questions.length === 1) return;
      for (const repeat of item.questions.slice(1)) {
        const place = firstPlace(repeat);
        decisions.push({
          a: item.side,
          b: { id: repeat.id, question: repeat.question, file: place.file, line: place.line },
          score: 1,
          verdict: 'merged',
          reason: 'same question text',
        });
      }
    };
    let repeatsDone = 0;
    for (let k = 0; k < matching.pairs.a.length; k++) {
      const { a, b, score, verdict, reason } = pairAt(matching.pairs, k);
      while (repeatsDone <= a) repeatsOf(repeatsDone++);
      decisions.push({ a: items[a]!.side, b: items[b]!.side, score: roundedScore(score), verdict, reason });
    }
    while (repeatsDone < items.length) repeatsOf(repeatsDone++);
    // Strongest first, in the order made within one score (scores have three decimals: a counting sort).
    const byScore = new Int32Array(1002);
    const at = (decision: MergeDecision) => 1000 - Math.round(decision.score * 1000);
    for (const decision of decisions) byScore[at(decision) + 1]!++;
    for (let k = 0; k < 1001; k++) byScore[k + 1]! += byScore[k]!;
    const ordered = new Array<MergeDecision>(decisions.length);
    for (const decision of decisions) ordered[byScore[at(decision)]!++] = decision;
    return ordered;
  }

  /** The merged questions of a matching, in document order, and the notes of the merge. */
  mergedQuestions(matching: Matching): Omit<DedupeResult, 'decisions'> {
    const { questions, diagnostics } = this.mergedClusters(matching);
    return { questions, diagnostics };
  }

  /**
   * `mergedQuestions`, with each question's cluster label (a matching's labels stay what they are
   * for the same `matchingKey`), taking the question of a cluster from `reuse` where it has one.
   */
  mergedClusters(matching: Matching, reuse?: ReuseMerged): Omit<DedupeResult, 'decisions'> & { labels: number[] } {
    const { items, thresholds } = this;
    const count = items.length;
    const { labelOf } = matching;

    // Per cluster label, the clusters it relates to and the best score of each, as [label, score, ...]: short lists.
    const related: Array<number[] | undefined> = [];
    const relate = (from: number, to: number, score: number) => {
      const links = (related[from] ??= []);
      for (let k = 0; k < links.length; k += 2) {
        if (links[k] !== to) continue;
        if (score > links[k + 1]!) links[k + 1] = score;
        return;
      }
      links.push(to, score);
    };
    const { a: firsts, b: seconds, score: pairScores } = matching.pairs;
    for (let k = 0; k < firsts.length; k++) {
      const from = labelOf[firsts[k]!]!;
      const to = labelOf[seconds[k]!]!;
      if (from === to) continue;
      relate(from, to, pairScores[k]!);
      relate(to, from, pairScores[k]!);
    }

    // One question per cluster, found by its label; a cluster's members clearest first.
    const rankedByLabel = new Map(matching.ranked.map((members) => [labelOf[members[0]!]!, members]));
    const mergedByLabel: Question[] = new Array<Question>(count);
    // Merged questions come in many shapes, and a property read from such objects is slow: each id is read once.
    const idByLabel: string[] = new Array<string>(count);
    const labels: number[] = [];
    // Clusters whose question came from `reuse`: it has its related ids already.
    const reused = new Uint8Array(count);
    const membersOf = membersByLabel(labelOf);
    membersOf.forEach((members, label) => {
      labels.push(label);
      let question = reuse?.question(label, members);
      if (question) reused[label] = 1;
      else {
        const ranked = members.length > 1 ? rankedByLabel.get(label)! : members;
        question = mergeCluster(ranked.map((i) => items[i]!.questions), this.previousIds);
      }
      mergedByLabel[label] = question;
      idByLabel[label] = question.id;
    });
    const most = Math.max(0, Math.floor(thresholds.maxRelated));
    const relink = reuse !== undefined && !reuse.keepsRelated;
    for (const label of labels) {
      if (reused[label] && !relink) continue;
      const flat = related[label];
      if (flat === undefined || most === 0) {
        // A cluster with no near misses keeps the empty list mergeCluster gave it; one taken from another matching may have had some.
        if (reused[label]) mergedByLabel[label]!.related = [];
        continue;
      }
      // The strongest `most` links, strongest first (ties: smaller id first), kept in order as they
      // come: a few at most, so an insertion beats making, sorting and cutting a list of all of them
      // (moved by hand: `splice` is slow in code run once, unoptimised).
      const ids: string[] = [];
      const scores: number[] = [];
      for (let k = 0; k < flat.length; k += 2) {
        const id = idByLabel[flat[k]!]!;
        const score = flat[k + 1]!;
        let at = ids.length;
        while (at > 0 && (scores[at - 1]! < score || (scores[at - 1] === score && ids[at - 1]! > id))) at--;
        if (at >= most) continue;
        // Those after it move down one place, the last falling off a full list.
        for (let m = Math.min(ids.length, most - 1); m > at; m--) {
          ids[m] = ids[m - 1]!;
          scores[m] = scores[m - 1]!;
        }
        ids[at] = id;
        scores[at] = score;
      }
      mergedByLabel[label]!.related = ids;
    }

    // In document order: by the first occurrence's file and line, then the order the notes were read in
    // (questions of one line: a web page written on one line, html-page.ts), then id.
    // Sorted by numbers read once per question (a file's rank among the few files, a line), not
    // by reading the questions (objects of many shapes) in every comparison.
    const unsorted = labels.map((label) => mergedByLabel[label]!);
    const files = [...new Set(unsorted.map((question) => question.occurrences[0]!.file))].sort();
    const fileRank = new Map(files.map((file, rank) => [file, rank]));
    const rankOf = new Int32Array(unsorted.length);
    const lineOf = new Int32Array(unsorted.length);
    const readAt = new Int32Array(unsorted.length);
    unsorted.forEach((question, k) => {
      const first = question.occurrences[0]!;
      rankOf[k] = fileRank.get(first.file)!;
      lineOf[k] = first.line;
    });
    labels.forEach((label, k) => {
      const members = membersOf[label]!;
      let earliest = items[members[0]!]!.order;
      for (const member of members) earliest = Math.min(earliest, items[member]!.order);
      readAt[k] = earliest;
    });
    const order = unsorted
      .map((_, k) => k)
      .sort((p, q) => rankOf[p]! - rankOf[q]! || lineOf[p]! - lineOf[q]! || readAt[p]! - readAt[q]! || compareText(unsorted[p]!.id, unsorted[q]!.id));
    return {
      questions: order.map((k) => unsorted[k]!),
      labels: order.map((k) => labels[k]!),
      // The matching's notes are about the overrides: they name the overrides' file here, on assembly, so that
      // the matching depends on nothing but what `matchingKey` hashes.
      diagnostics: [...this.overrides.diagnostics, ...matching.diagnostics.map((note) => (this.overrides.file === undefined ? note : { ...note, file: this.overrides.file }))],
    };
  }
}
