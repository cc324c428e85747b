/**
 * Steps 2 to 5 of deduplication (dedupe.ts): the comparison of the items'
 * wordings, which gives a Matching (matching.ts). Each item is fingerprinted
 * into one TokenTable, candidate pairs come from the index (candidates.ts)
 * and are scored, overrides force merges, complete linkage clusters the pairs
 * that scored as duplicates, each pair worth a decision gets its verdict, and
 * each cluster's wordings are ranked: a method each.
 */
import type { Diagnostic } from '../report/diagnostic.js';
import type { Question } from '../schema/question-bank.js';
import { candidatePairs, type EarlierCandidates } from './candidates.js';
import { rankWordings } from './canonical.js';
import { CompleteLinkage, type Edge } from './cluster.js';
import type { CandidatePairs } from './found-pairs.js';
import { compareIn, fingerprint, similarityIn, type Comparison } from './fingerprint.js';
import { KeyTable } from './key-table.js';
import { RankingRecall } from './kept-rankings.js';
import { recordSize, type MatchRecord } from './match-record.js';
import { MatchedPairsBuilder, roundedScore, type MatchedItem, type MatchedPairs, type Matching, type Verdict } from './matching.js';
import { NearMisses } from './near-misses.js';
import type { ResolvedOverrides } from './overrides.js';
import { PairScores } from './pair-scores.js';
import type { Via } from './similarity.js';
import { TokenTable } from './token-table.js';

/** What of an item the comparison reads: what matching.ts hashes, and its questions (the first is its wording shown and ranked). */
export interface ComparedItem extends MatchedItem {
  questions: readonly Question[];
}

export interface ComparisonThresholds {
  merge: number;
  nearMiss: number;
  maxRelated: number;
}

/** An earlier matching's record, and per item its index there (-1: its wordings are new). */
export interface Earlier {
  record: MatchRecord;
  indexOf: Int32Array;
}

/** A comparison's matching, and what it made on the way: with its table, what the record for the next one keeps. */
export interface Compared {
  matching: Matching;
  /** The index keys of the table. */
  keys: KeyTable;
  candidates: CandidatePairs;
  /** The scores learnt, when made with `keep` or from an earlier record. */
  scores: PairScores | undefined;
  /** The rankings taken from an earlier record, when there is one. */
  rankings: RankingRecall | undefined;
}

/** One comparison of a bank's wordings: `compare()`, once. */
export class WordingComparison {
  readonly table: TokenTable;

  private readonly count: number;
  private readonly diagnostics: Diagnostic[] = [];
  /**
   * Only pairs that may merge (score >= merge) are kept with their alignment: clustering asks about
   * them again. Near misses are kept only as the strongest `maxRelated` of each question
   * (NearMisses), which is all that `related` and the decision log need; a large bank has millions.
   */
  private readonly nearMisses: NearMisses;
  private readonly duplicates = new Map<number, Comparison>();
  private readonly forced = new Set<number>();
  private readonly clusters: CompleteLinkage;

  constructor(
    private readonly items: readonly ComparedItem[],
    private readonly overrides: ResolvedOverrides,
    private readonly thresholds: ComparisonThresholds,
    private readonly earlier: Earlier | undefined,
    private readonly keep: boolean,
  ) {
    const count = (this.count = items.length);
    // Fingerprints are made one at a time and go straight into the table (see TokenTable); items
    // the earlier record holds are copied from its table instead, each run of them that follow one
    // another there at once.
    this.table = new TokenTable(
      (function* () {
        for (let i = 0; i < count; ) {
          const at = earlier ? earlier.indexOf[i]! : -1;
          if (at < 0) {
            yield fingerprint(items[i++]!.compared);
            continue;
          }
          let run = 1;
          while (i + run < count && earlier!.indexOf[i + run] === at + run) run++;
          yield { kept: earlier!.record.tokens, item: at, count: run };
          i += run;
        }
      })(),
    );
    this.nearMisses = new NearMisses(count, thresholds.maxRelated);
    this.clusters = new CompleteLinkage(count, (x, y) => this.mayJoin(x, y));
  }

  compare(): Compared {
    this.forceMerges();
    const { edges, keys, candidates, scores } = this.scoreCandidates();
    this.clusters.run(edges);
    const { labelOf } = this.clusters.result();
    const pairs = this.decidedPairs(labelOf);
    const { ranked, rankings } = this.rankedClusters(labelOf);
    return { matching: { labelOf, pairs, ranked, diagnostics: this.diagnostics }, keys, candidates, scores, rankings };
  }

  private pairCode(x: number, y: number): number {
    return Math.min(x, y) * this.count + Math.max(x, y);
  }

  private comparisonOf(x: number, y: number): Comparison {
    // Not a destructured pair: decidedPairs asks this of every pair it lists, in code that runs once, unoptimised.
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    // Near misses first: a short typed-array scan, while the duplicates map hashes a code beyond small integers.
    const found = this.nearMisses.find(a, b) ?? this.duplicates.get(this.pairCode(a, b));
    if (found !== undefined) return found;
    return compareIn(this.table, a, b, this.thresholds.nearMiss);
  }

  /** Most banks have no overrides: no pair code is made (a large number, boxed) just to find that out. */
  private keptApart(x: number, y: number): boolean {
    return this.overrides.keepApart.size > 0 && this.overrides.keepApart.has(this.pairCode(x, y));
  }

  private mayJoin(x: number, y: number): boolean {
    const { items } = this;
    return !this.keptApart(x, y) && mayBeOneQuestion(items[x]!.compared, items[y]!.compared, this.thresholds.merge) && this.comparisonOf(x, y).score >= this.thresholds.merge;
  }

  /** The merges the overrides ask for, unless they also keep the two apart. */
  private forceMerges(): void {
    const { items, clusters } = this;
    for (const group of this.overrides.mergeGroups) {
      for (const other of group.slice(1)) {
        const joined = clusters.join(group[0]!, other, (x, y) => !this.keptApart(x, y));
        if (joined) this.forced.add(this.pairCode(group[0]!, other));
        else
          this.diagnostics.push({
            severity: 'warning',
            ruleId: 'dedupe-override',
            message: `dedupe.merge: "${items[group[0]!]!.questions[0]!.question}" and "${items[other]!.questions[0]!.question}" are also kept apart; keeping them apart`,
          });
      }
    }
  }

  /** Every candidate pair scored: the duplicates as edges to cluster, the near misses offered to their questions. */
  private scoreCandidates(): Pick<Compared, 'keys' | 'candidates' | 'scores'> & { edges: Edge[] } {
    const { table, thresholds, nearMisses, earlier, count } = this;
    const edges: Edge[] = [];
    const best: { via: Via } = { via: 'whole/whole' };
    const keys = new KeyTable(table, earlier && { keys: earlier.record.indexKeys, tokens: earlier.record.tokens, indexOf: earlier.indexOf });
    const candidates = candidatePairs(table, thresholds.merge, keys, earlier && earlierCandidates(earlier, keys));
    const { start, others } = candidates;
    // A recalled score below the floor stands for any other only while the floor is below the merge score (pair-scores.ts).
    const recall = earlier && thresholds.nearMiss < thresholds.merge ? earlier : undefined;
    const scores = recall || this.keep ? new PairScores(table, candidates, recall?.indexOf, recall?.record.scores, this.keep) : undefined;
    for (let a = 0; a < count; a++) {
      for (let k = start[a]!; k < start[a + 1]!; k++) {
        const b = others[k]!;
        // A pair that cannot beat the weakest near miss either question keeps is worth no more than
        // the quick bound (floor): it could be neither a duplicate nor kept as related.
        const floor = Math.max(thresholds.nearMiss, Math.min(nearMisses.weakest(a), nearMisses.weakest(b)));
        const score = scores ? scores.score(k, a, b, floor, best) : similarityIn(table, a, b, floor, best);
        if (score >= thresholds.merge) {
          // The score is exact at or above the floor, and so is the wording pair that gave it.
          this.duplicates.set(this.pairCode(a, b), { score, via: best.via });
          edges.push({ a, b, score });
        } else if (score >= thresholds.nearMiss) nearMisses.offer(a, b, score, best.via);
      }
    }
    return { edges, keys, candidates, scores };
  }

  /**
   * The pairs worth a decision: every pair that scored as a duplicate, forced merges, the strongest
   * near misses of each question. Each near miss is listed once, and none is a duplicate; forced
   * merges may be either.
   */
  private decidedPairs(labelOf: readonly number[]): MatchedPairs {
    const { duplicates, forced, count } = this;
    const nearMissCodes = this.nearMisses.pairCodes();
    const codes = new Float64Array(duplicates.size + forced.size + nearMissCodes.length);
    let filled = 0;
    for (const code of duplicates.keys()) codes[filled++] = code;
    for (const code of forced) codes[filled++] = code;
    codes.set(nearMissCodes, filled);
    codes.sort();
    const pairs = new MatchedPairsBuilder(codes.length);
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k]!;
      if (k > 0 && code === codes[k - 1]) continue;
      const a = Math.floor(code / count);
      const b = code - a * count;
      const { score, via } = this.comparisonOf(a, b);
      const isForced = forced.size > 0 && forced.has(code);
      if (score < this.thresholds.nearMiss && !isForced && labelOf[a] !== labelOf[b]) continue;
      const { verdict, reason } = this.verdictOf(a, b, score, via, isForced, labelOf);
      pairs.add(a, b, score, verdict, reason);
    }
    return pairs.pairs();
  }

  private verdictOf(a: number, b: number, score: number, via: Via, isForced: boolean, labelOf: readonly number[]): { verdict: Verdict; reason: string } {
    const { items } = this;
    if (labelOf[a] === labelOf[b]) {
      return { verdict: 'merged', reason: isForced ? 'override: merge' : via === 'whole/whole' ? 'duplicate wording' : `duplicate wording (${via})` };
    }
    if (score >= this.thresholds.merge) {
      if (this.keptApart(a, b)) return { verdict: 'kept-apart', reason: 'override: keep apart' };
      if (items[a]!.kind !== items[b]!.kind) return { verdict: 'kept-apart', reason: `${items[a]!.kind} vs ${items[b]!.kind}` };
      // Of one kind, so they show different things or follow up different subjects.
      if (!showAlike(items[a]!.compared, items[b]!.compared)) return { verdict: 'kept-apart', reason: 'they show different pictures, tables or code' };
      if (!askOfOneSubject(items[a]!.compared, items[b]!.compared, this.thresholds.merge)) {
        return { verdict: 'kept-apart', reason: `they follow up different questions: "${items[a]!.compared.about}" and "${items[b]!.compared.about}"` };
      }
      const [x, y] = this.clusters.blockerOf(a, b) ?? [a, b];
      const unlike = compareIn(this.table, x, y).score;
      return { verdict: 'kept-apart', reason: `no chaining: "${items[x]!.questions[0]!.question}" is unlike "${items[y]!.questions[0]!.question}" (${roundedScore(unlike)})` };
    }
    const reason =
      items[a]!.kind !== items[b]!.kind
        ? `related ${items[a]!.kind} and ${items[b]!.kind} questions`
        : via === 'whole/whole'
          ? 'below the merge score'
          : `below the merge score (${via})`;
    return { verdict: 'near-miss', reason };
  }

  /** The items of each cluster of several, clearest wording first (taken from the earlier record for a cluster of the same members). */
  private rankedClusters(labelOf: readonly number[]): Pick<Compared, 'rankings'> & { ranked: number[][] } {
    const { items, table, earlier } = this;
    const ranked: number[][] = [];
    const rankings = earlier && new RankingRecall(earlier.record.rankings, earlier.indexOf, recordSize(earlier.record));
    const rank = (members: number[]) =>
      rankWordings(members.map((i) => ({ question: items[i]!.questions[0]!, tokens: table.wordingsOf(i), i }))).map((candidate) => candidate.i);
    membersByLabel(labelOf).forEach((members) => {
      if (members.length > 1) ranked.push(rankings?.ranking(members) ?? rank(members));
    });
    return { ranked, rankings };
  }
}

/** What the candidate search takes from an earlier record (candidates.ts): its items' tokens, keys ranked as in `keys`, and pairs. */
function earlierCandidates({ record, indexOf }: Earlier, keys: KeyTable): EarlierCandidates {
  const { tokens, indexKeys, scores, candidates } = record;
  return {
    layout: {
      itemStart: tokens.itemStart,
      variantStart: tokens.variantStart,
      weight: tokens.weight,
      total: tokens.total,
      keys: keys.earlierRanks(indexKeys.keys),
      keyStart: indexKeys.keyStart,
    },
    indexOf,
    pairs: { start: scores.start, others: scores.others, finders: candidates.finders },
    mergeScore: candidates.mergeScore,
  };
}

/**
 * What the merge asks of two questions besides a score: the same kind (coding, concept…), not showing
 * different things (each its context: alike in wording, they may ask about different plots), and not
 * following up different subjects (`about`; subjects alike at `mergeScore` are one). One that shows
 * nothing may still be the same question as one that does. An edited question keeps its id on the same
 * terms (edited-ids.ts).
 */
export function mayBeOneQuestion(x: Question, y: Question, mergeScore: number): boolean {
  return x.kind === y.kind && showAlike(x, y) && askOfOneSubject(x, y, mergeScore);
}

function showAlike(x: Question, y: Question): boolean {
  const one = x.context?.markdown;
  const other = y.context?.markdown;
  return one === undefined || other === undefined || one === other;
}

/**
 * Follow-ups of two subjects (`장단점은?` of `SVM이란?` and of `랜덤 포레스트란?`) are two questions; of one
 * subject in two wordings (`What is an SVM?`, `SVM이란?`; `L2 정규화란?`, `What is L2 regularization?`), one:
 * the subjects are compared as the merge compares two wordings, and are one where those would merge. A
 * question with no `about` names its subject, or was written before qbank read follow-ups so (a previous
 * build's): it may be either.
 */
function askOfOneSubject(x: Question, y: Question, mergeScore: number): boolean {
  const one = x.about;
  const other = y.about;
  return one === undefined || other === undefined || one === other || subjectScore(one, other) >= mergeScore;
}

/** Pairs of subjects scored so far: follow-ups are few, and so are their subjects; bounded for a long watch. */
const subjectScores = new Map<string, number>();
const MOST_SUBJECT_SCORES = 10_000;

/** How alike two subjects are, as the merge scores two wordings (fingerprint.ts). */
function subjectScore(one: string, other: string): number {
  const pair = one < other ? `${one}\0${other}` : `${other}\0${one}`;
  let score = subjectScores.get(pair);
  if (score === undefined) {
    const asked = (question: string): Question => ({ id: '', question, translations: {}, choices: [], answer: null, topic: null, tags: [], lang: 'en', kind: 'concept', flags: [], related: [], occurrences: [] });
    score = similarityIn(new TokenTable([fingerprint(asked(one)), fingerprint(asked(other))]), 0, 1);
    if (subjectScores.size >= MOST_SUBJECT_SCORES) subjectScores.clear();
    subjectScores.set(pair, score);
  }
  return score;
}

/** Each cluster's items in item order, at its label: a sparse array (a label is the index of one of its members), for `forEach`. */
export function membersByLabel(labelOf: readonly number[]): number[][] {
  const members: number[][] = [];
  for (let i = 0; i < labelOf.length; i++) (members[labelOf[i]!] ??= []).push(i);
  return members;
}
