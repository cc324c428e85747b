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
 *
 * Steps 2 to 5 read only the items' wordings, kinds and languages: they are
 * `Deduplication.match`, whose result (matching.ts) a build may keep; step 6
 * is `Deduplication.mergedQuestions`, and the log of every decision is
 * `decisionLog`, made only when asked for (`assemble` gives both).
 */
import type { Diagnostic } from '../report/diagnostic.js';
import type { Question } from '../schema/question-bank.js';
import { candidatePairs } from './candidates.js';
import { CompleteLinkage, type Edge } from './cluster.js';
import { NearMisses } from './near-misses.js';
import { compareIn, fingerprint, similarityIn, type Comparison } from './fingerprint.js';
import { KeyTable } from './key-table.js';
import { keptRankings, RankingRecall } from './kept-rankings.js';
import { recordIndexOf, wordingsOf, type MatchRecord } from './match-record.js';
import { PairScores } from './pair-scores.js';
import { TokenTable } from './token-table.js';
import { byPlace, firstPlace, mergeCluster } from './merge.js';
import { rankWordings } from './canonical.js';
import { resolveOverrides, type DedupeOverrides, type ResolvedOverrides } from './overrides.js';
import { matchingKey, type MatchedPair, type Matching, type Verdict } from './matching.js';
import type { Via } from './similarity.js';

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
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function itemsOf(questions: readonly Question[]): Item[] {
  const byId = new Map<string, Question[]>();
  for (const question of questions) {
    const group = byId.get(question.id);
    if (group === undefined) byId.set(question.id, [question]);
    else group.push(question);
  }
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
    };
  });
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** Each cluster's items in item order, at its label: a sparse array (a label is the index of one of its members), for `forEach`. */
function membersByLabel(labelOf: readonly number[]): number[][] {
  const members: number[][] = [];
  for (let i = 0; i < labelOf.length; i++) (members[labelOf[i]!] ??= []).push(i);
  return members;
}

/** The question of cluster `label` as an earlier merge made it, when it is still what merging its members would make; undefined to merge them afresh. */
export type ReuseMerged = (label: number) => Question | undefined;

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
    this.overrides = resolveOverrides(options.overrides, this.items.map((item) => item.questions));
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
    return this.compareWordings(undefined, false).matching;
  }

  /**
   * `match`, taking from an earlier matching's record (match-record.ts) the tokens and pair scores
   * of the items whose wordings it holds, instead of making them again; with this matching's
   * record, for the next. The matching is the one `match` gives. `recalled`: the pair scores taken;
   * `recalledRankings`: the clusters whose ranking was taken.
   */
  matchRecorded(earlier?: MatchRecord): { matching: Matching; record: MatchRecord; recalled: number; recalledRankings: number } {
    const wordings = wordingsOf(this.items);
    const { matching, table, keys, scores, rankings } = this.compareWordings(earlier && { record: earlier, indexOf: recordIndexOf(earlier, wordings) }, true);
    return {
      matching,
      record: { wordings, tokens: table.kept(), indexKeys: keys.kept(), scores: scores!.kept()!, rankings: keptRankings(matching.ranked) },
      recalled: scores!.recalled,
      recalledRankings: rankings?.recalled ?? 0,
    };
  }

  private compareWordings(
    earlier: { record: MatchRecord; indexOf: Int32Array } | undefined,
    keep: boolean,
  ): { matching: Matching; table: TokenTable; keys: KeyTable; scores?: PairScores; rankings?: RankingRecall } {
    const { items, overrides, thresholds } = this;
    const count = items.length;
    // Fingerprints are made one at a time and go straight into the table (see TokenTable); an item
    // the earlier record holds is copied from its table instead.
    const table = new TokenTable((function* () {
      for (let i = 0; i < count; i++) {
        const at = earlier ? earlier.indexOf[i]! : -1;
        yield at >= 0 ? { kept: earlier!.record.tokens, item: at } : fingerprint(items[i]!.compared);
      }
    })());
    const diagnostics: Diagnostic[] = [];

    // Only pairs that may merge (score >= merge) are kept with their alignment:
    // clustering asks about them again. Near misses are kept only as the
    // strongest `maxRelated` of each question (NearMisses), which is all that
    // `related` and the decision log need; a large bank has millions of them.
    const nearMisses = new NearMisses(count, thresholds.maxRelated);
    const pairCode = (x: number, y: number) => Math.min(x, y) * count + Math.max(x, y);
    const duplicates = new Map<number, Comparison>();
    const comparisonOf = (x: number, y: number): Comparison => {
      const [a, b] = x < y ? [x, y] : [y, x];
      // Near misses first: a short typed-array scan, while the duplicates map hashes a code beyond small integers.
      const found = nearMisses.find(a, b) ?? duplicates.get(pairCode(a, b));
      if (found !== undefined) return found;
      return compareIn(table, a, b, thresholds.nearMiss);
    };
    // Most banks have no overrides: no pair code is made (a large number, boxed) just to find that out.
    const keptApart = (x: number, y: number) => overrides.keepApart.size > 0 && overrides.keepApart.has(pairCode(x, y));
    const mayJoin = (x: number, y: number) =>
      !keptApart(x, y) && items[x]!.kind === items[y]!.kind && comparisonOf(x, y).score >= thresholds.merge;

    const clusters = new CompleteLinkage(count, mayJoin);
    const forced = new Set<number>();
    for (const group of overrides.mergeGroups) {
      for (const other of group.slice(1)) {
        const joined = clusters.join(group[0]!, other, (x, y) => !keptApart(x, y));
        if (joined) forced.add(pairCode(group[0]!, other));
        else
          diagnostics.push({
            severity: 'warning',
            ruleId: 'dedupe-override',
            message: `dedupe.merge: "${items[group[0]!]!.side.question}" and "${items[other]!.side.question}" are also kept apart; keeping them apart`,
          });
      }
    }

    const edges: Edge[] = [];
    const best: { via: Via } = { via: 'whole/whole' };
    const keys = new KeyTable(table, earlier && { keys: earlier.record.indexKeys, tokens: earlier.record.tokens, indexOf: earlier.indexOf });
    const candidates = candidatePairs(table, thresholds.merge, keys);
    const { start, others } = candidates;
    // A recalled score below the floor stands for any other only while the floor is below the merge score (pair-scores.ts).
    const recall = earlier && thresholds.nearMiss < thresholds.merge ? earlier : undefined;
    const scores = recall || keep ? new PairScores(table, candidates, recall?.indexOf, recall?.record.scores, keep) : undefined;
    for (let a = 0; a < count; a++) {
      for (let k = start[a]!; k < start[a + 1]!; k++) {
        const b = others[k]!;
        // A pair that cannot beat the weakest near miss either question keeps is worth no more than
        // the quick bound (floor): it could be neither a duplicate nor kept as related.
        const floor = Math.max(thresholds.nearMiss, Math.min(nearMisses.weakest(a), nearMisses.weakest(b)));
        const score = scores ? scores.score(k, a, b, floor, best) : similarityIn(table, a, b, floor, best);
        if (score >= thresholds.merge) {
          // The score is exact at or above the floor, and so is the wording pair that gave it.
          duplicates.set(pairCode(a, b), { score, via: best.via });
          edges.push({ a, b, score });
        } else if (score >= thresholds.nearMiss) nearMisses.offer(a, b, score, best.via);
      }
    }
    clusters.run(edges);
    const { labelOf } = clusters.result();

    // The pairs worth a decision: every pair that scored as a duplicate,
    // forced merges, the strongest near misses of each question. Each near
    // miss is listed once, and none is a duplicate; forced merges may be either.
    const nearMissCodes = nearMisses.pairCodes();
    const codes = new Float64Array(duplicates.size + forced.size + nearMissCodes.length);
    let filled = 0;
    for (const code of duplicates.keys()) codes[filled++] = code;
    for (const code of forced) codes[filled++] = code;
    codes.set(nearMissCodes, filled);
    codes.sort();
    const pairs: MatchedPair[] = [];
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k]!;
      if (k > 0 && code === codes[k - 1]) continue;
      const a = Math.floor(code / count);
      const b = code - a * count;
      const { score, via } = comparisonOf(a, b);
      const isForced = forced.size > 0 && forced.has(code);
      if (score < thresholds.nearMiss && !isForced && labelOf[a] !== labelOf[b]) continue;
      let verdict: Verdict;
      let reason: string;
      if (labelOf[a] === labelOf[b]) {
        verdict = 'merged';
        reason = isForced ? 'override: merge' : via === 'whole/whole' ? 'duplicate wording' : `duplicate wording (${via})`;
      } else if (score >= thresholds.merge) {
        verdict = 'kept-apart';
        if (keptApart(a, b)) reason = 'override: keep apart';
        else if (items[a]!.kind !== items[b]!.kind) reason = `${items[a]!.kind} vs ${items[b]!.kind}`;
        else {
          const blocker = clusters.blockerOf(a, b);
          const [x, y] = blocker ?? [a, b];
          const unlike = compareIn(table, x, y).score;
          reason = `no chaining: "${items[x]!.side.question}" is unlike "${items[y]!.side.question}" (${round(unlike)})`;
        }
      } else {
        verdict = 'near-miss';
        reason =
          items[a]!.kind !== items[b]!.kind
            ? `related ${items[a]!.kind} and ${items[b]!.kind} questions`
            : via === 'whole/whole'
              ? 'below the merge score'
              : `below the merge score (${via})`;
      }
      pairs.push({ a, b, score, verdict, reason });
    }

    const ranked: number[][] = [];
    const rankings = earlier && new RankingRecall(earlier.record.rankings, earlier.indexOf, earlier.record.wordings.length);
    const rank = (members: number[]) =>
      rankWordings(members.map((i) => ({ question: items[i]!.questions[0]!, tokens: table.wordingsOf(i), i }))).map((candidate) => candidate.i);
    membersByLabel(labelOf).forEach((members) => {
      if (members.length > 1) ranked.push(rankings?.ranking(members) ?? rank(members));
    });
    return { matching: { labelOf, pairs, ranked, diagnostics }, table, keys, ...(scores ? { scores } : {}), ...(rankings ? { rankings } : {}) };
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
    for (const { a, b, score, verdict, reason } of matching.pairs) {
      while (repeatsDone <= a) repeatsOf(repeatsDone++);
      decisions.push({ a: items[a]!.side, b: items[b]!.side, score: round(score), verdict, reason });
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
    for (const { a, b, score } of matching.pairs) {
      if (labelOf[a] === labelOf[b]) continue;
      relate(labelOf[a]!, labelOf[b]!, score);
      relate(labelOf[b]!, labelOf[a]!, score);
    }

    // One question per cluster, found by its label; a cluster's members clearest first.
    const rankedByLabel = new Map(matching.ranked.map((members) => [labelOf[members[0]!]!, members]));
    const mergedByLabel: Question[] = new Array<Question>(count);
    // Merged questions come in many shapes, and a property read from such objects is slow: each id is read once.
    const idByLabel: string[] = new Array<string>(count);
    const labels: number[] = [];
    // Clusters whose question came from `reuse`: it has its related ids already.
    const reused = new Uint8Array(count);
    membersByLabel(labelOf).forEach((members, label) => {
      labels.push(label);
      let question = reuse?.(label);
      if (question) reused[label] = 1;
      else {
        const ranked = members.length > 1 ? rankedByLabel.get(label)! : members;
        question = mergeCluster(ranked.map((i) => items[i]!.questions), this.previousIds);
      }
      mergedByLabel[label] = question;
      idByLabel[label] = question.id;
    });
    const most = Math.max(0, Math.floor(thresholds.maxRelated));
    for (const label of labels) {
      // A cluster with no near misses keeps the empty list mergeCluster gave it.
      const flat = related[label];
      if (flat === undefined || most === 0 || reused[label]) continue;
      // The strongest `most` links, strongest first (ties: smaller id first), kept in order as they
      // come: a few at most, so an insertion beats making, sorting and cutting a list of all of them.
      const ids: string[] = [];
      const scores: number[] = [];
      for (let k = 0; k < flat.length; k += 2) {
        const id = idByLabel[flat[k]!]!;
        const score = flat[k + 1]!;
        let at = ids.length;
        while (at > 0 && (scores[at - 1]! < score || (scores[at - 1] === score && ids[at - 1]! > id))) at--;
        if (at >= most) continue;
        ids.splice(at, 0, id);
        scores.splice(at, 0, score);
        if (ids.length > most) {
          ids.pop();
          scores.pop();
        }
      }
      mergedByLabel[label]!.related = ids;
    }

    // In document order: by the first occurrence's file and line, then id.
    // Sorted by numbers read once per question (a file's rank among the few files, a line), not
    // by reading the questions (objects of many shapes) in every comparison.
    const unsorted = labels.map((label) => mergedByLabel[label]!);
    const files = [...new Set(unsorted.map((question) => question.occurrences[0]!.file))].sort();
    const fileRank = new Map(files.map((file, rank) => [file, rank]));
    const rankOf = new Int32Array(unsorted.length);
    const lineOf = new Int32Array(unsorted.length);
    unsorted.forEach((question, k) => {
      const first = question.occurrences[0]!;
      rankOf[k] = fileRank.get(first.file)!;
      lineOf[k] = first.line;
    });
    const order = unsorted
      .map((_, k) => k)
      .sort((p, q) => rankOf[p]! - rankOf[q]! || lineOf[p]! - lineOf[q]! || compareText(unsorted[p]!.id, unsorted[q]!.id));
    return {
      questions: order.map((k) => unsorted[k]!),
      labels: order.map((k) => labels[k]!),
      // The matching's notes are about the overrides: they name the overrides' file here, on assembly, so that
      // the matching depends on nothing but what `matchingKey` hashes.
      diagnostics: [...this.overrides.diagnostics, ...matching.diagnostics.map((note) => (this.overrides.file === undefined ? note : { ...note, file: this.overrides.file }))],
    };
  }
}
