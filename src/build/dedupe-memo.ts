/**
 * Deduplication, remembered at three levels:
 *
 * 1. The result: when every file read the same as last time and the merge
 *    options are the same, the last merge result is reused whole (the
 *    "nothing changed" case). It holds the decision log only if the build
 *    that stored it made one; a build that asks for the log and finds none
 *    assembles again from the matching.
 * 2. The matching (dedupe/matching.ts): when the questions' wordings, kinds
 *    and the options are the same, the costly comparison of wordings is
 *    reused and only the merged questions are made again; and of those, only
 *    the clusters holding a question of a file that changed: the others are
 *    taken from the last result as they were (`MergeUpdate`). An edit to an
 *    answer, a tag or the lines around a question takes this path.
 * 3. The record of the last matching (dedupe/match-record.ts): when the
 *    wordings changed and the matching is made again, the tokens, index keys
 *    and pair scores of the wordings that did not change, and the ranking of
 *    clusters of the same members, are taken from it. A reworded, added or
 *    removed question takes this path. The last merge is then brought up to
 *    date as in 2, cluster by cluster, for the clusters of exactly the same
 *    members (the record tells which they are), with their related ids made
 *    again: the near misses around them may have changed.
 *
 * `previousIds` (the ids of the previous questions.json) only choose the id
 * each cluster keeps. A stored result R, computed from the same questions
 * with previous ids P, is reused when the previous ids now are P again, or
 * are exactly R's ids in R's order, which is the normal case on the rebuild
 * after R was written: each cluster of the same questions then holds exactly
 * one id of R, its own, and keeps it, so recomputing would give R again. The same
 * holds cluster by cluster for a result of other inputs with the same
 * matching: a cluster's id depends only on its items' ids, their ranking and
 * the previous ids. The matching does not read them.
 */
import { createHash } from 'node:crypto';
import { keepEditedIds } from '../dedupe/edited-ids.js';
import {
  DEFAULT_THRESHOLDS,
  Deduplication,
  isMatching,
  isMatchRecord,
  recordSize,
  type DedupeOptions,
  type DedupeResult,
  type Matching,
  type MergeDecision,
  type ReuseMerged,
  type MatchRecord,
  RankingRecall,
} from '../dedupe/index.js';
import type { QuestionOrigins, ReadFile } from './question-origins.js';
import type { Question } from '../schema/question-bank.js';
import { ContentCache, V8_VALUES, versionKey } from '../cache/index.js';
import {
  isPackedDecisions,
  MergeInputs,
  packDecisions,
  unpackDecisions,
  type PackedDecisions,
} from './compact-results.js';

interface Stored {
  previous: string;
  produced: string;
  /** The files merged, as read (question-origins.ts): what the positions in `questions` count through. */
  files: ReadFile[];
  /** The result, packed against the merge's inputs (compact-results.ts). */
  questions: unknown[];
  /** Per question of the result, its cluster's label in the matching. */
  labels: number[];
  /** Absent when the build that stored it did not ask for the decision log. */
  decisions?: PackedDecisions;
  diagnostics: DedupeResult['diagnostics'];
}

const MEMO_NAME = '<dedupe>';
const MATCHING_NAME = '<matching>';
const RECORD_NAME = '<match record>';

export interface DedupeMemo {
  dir: string;
  /** Identifies the merge's input: every file's path, content hash and reading code. */
  inputKey: string;
  /**
   * What each input question was read from. collect.ts gives the questions in the order of its
   * results, so its numbering of occurrences is the merge's too (MergeInputs takes it as is).
   */
  origins: QuestionOrigins;
}

export interface MemoisedDedupeOptions extends DedupeOptions {
  /**
   * The questions of these ids in the build `previousIds` are from (its questions.json), asked for only
   * when a question's id is new while those ids are made by no question: an edited question keeps its id
   * (dedupe/edited-ids.ts).
   */
  previousQuestions?: (ids: readonly string[]) => Promise<readonly Question[] | undefined>;
}

export interface MemoisedDedupeResult extends Omit<DedupeResult, 'decisions'> {
  /** When asked for. */
  decisions?: MergeDecision[];
  /**
   * With a memo: what identifies this result, the same whenever the merge's
   * inputs, its code and options and the ids it produced are the same (the
   * ids of clusters of the same questions can be chosen only one way once
   * the set of produced ids is known). Exports key their own memo on it.
   */
  key?: string;
  /** With a memo: how many merged questions were taken from the last merge as they were. */
  reused?: number;
}

/**
 * `log`: make the decision log too. Only `check --dupes` shows it, and at
 * 10,000 questions it is tens of thousands of entries to make, store and read.
 */
export async function memoisedDedupe(questions: Question[], options: MemoisedDedupeOptions, memo: DedupeMemo | undefined, log = true): Promise<MemoisedDedupeResult> {
  if (!memo) {
    const deduplication = new Deduplication(questions, options);
    const result = deduplication.assemble(deduplication.match(), { log });
    return { ...result, questions: await withEditedIds(result.questions, options) };
  }
  const { previousIds, previousQuestions: _previousQuestions, ...rest } = options;
  const version = await versionKey(rest, 'merge');
  const cache = new ContentCache<Stored>({ dir: memo.dir, version }, isStored);
  const keyOf = (produced: string) => createHash('sha256').update(`${version}\n${memo.inputKey}\n${produced}`).digest('hex');
  const previous = idListHash([...(previousIds ?? [])]);
  const last = await cache.latest(MEMO_NAME);
  const inputs = new MergeInputs(questions, memo.origins.numbering());
  // Made from these ids, or made with them: each cluster would get the same id again (see above).
  const idsHold = (stored: Stored) => stored.previous === previous || stored.produced === previous;
  // The entry is stored under its inputs and the matching it was assembled from (`Deduplication.matchingKey`):
  // either tells, before decoding it, whether it can serve.
  const [lastInputs, lastMatching] = last?.hash.split(' ') ?? [];
  if (lastInputs === memo.inputKey) {
    const stored = last?.value();
    if (stored && idsHold(stored) && (stored.decisions || !log)) {
      const merged = stored.questions.map((packed) => inputs.unpack(packed));
      if (merged.every((question): question is Question => question !== undefined)) {
        const decisions = log && stored.decisions ? { decisions: unpackDecisions(stored.decisions) } : {};
        return { questions: merged, ...decisions, diagnostics: stored.diagnostics, key: keyOf(stored.produced), reused: merged.length };
      }
    }
  }
  const deduplication = new Deduplication(questions, options);
  const matchingKey = deduplication.matchingKey;
  const { matching, madeFrom } = await rememberedMatching(deduplication, matchingKey, memo.dir, version);
  // The last merge's clusters are those of its matching: this one, or the one whose record this was made from.
  const clustersThen = lastMatching === matchingKey ? SAME_CLUSTERS : madeFrom && madeFrom.key === lastMatching ? madeFrom.clusters : undefined;
  const stored = clustersThen && last?.value();
  const labelOf = (question: Question) => matching.labelOf[deduplication.itemOf(question.id)]!;
  const update =
    stored && idsHold(stored)
      ? new MergeUpdate(stored, inputs, memo.origins.originsIn(stored.files), matching.labelOf.length, labelOf, clustersThen)
      : undefined;
  const result = deduplication.mergedClusters(matching, update);
  // Stored with the ids kept for edited questions: the next build, reading them back from questions.json, finds them its own.
  const merged = await withEditedIds(result.questions, options);
  const decisions = log ? { decisions: deduplication.decisionLog(matching) } : {};
  const produced = idListHash(merged.map((question) => question.id));
  await cache.set(MEMO_NAME, `${memo.inputKey} ${matchingKey}`, {
    previous,
    produced,
    files: [...memo.origins.files],
    questions: merged.map((question, k) => update?.packed(result.labels[k]!, question) ?? inputs.pack(question)),
    labels: result.labels,
    ...(decisions.decisions ? { decisions: packDecisions(decisions.decisions) } : {}),
    diagnostics: result.diagnostics,
  });
  return { questions: merged, ...decisions, diagnostics: result.diagnostics, key: keyOf(produced), reused: update?.reused ?? 0 };
}

/**
 * The merged questions with each edited one given the id it had (dedupe/edited-ids.ts). The previous questions
 * are read only when some previous id is made by no question and some question's id is new: after most edits,
 * none is.
 */
async function withEditedIds(questions: Question[], { previousIds, previousQuestions, thresholds }: MemoisedDedupeOptions): Promise<Question[]> {
  if (!previousIds || !previousQuestions) return questions;
  const before = new Set(previousIds);
  const now = new Set(questions.map((question) => question.id));
  const gone = [...before].filter((id) => !now.has(id));
  if (gone.length === 0 || questions.every((question) => before.has(question.id))) return questions;
  const previous = await previousQuestions(gone);
  return previous ? keepEditedIds(questions, before, previous, thresholds?.merge ?? DEFAULT_THRESHOLDS.merge) : questions;
}

/**
 * Which cluster of the last merge's matching a cluster now is: `label` (the cluster of `members`, items
 * now in order) had label `then` there, or -1 when none had exactly its members.
 */
interface ClustersThen {
  labelThen(label: number, members: readonly number[]): number;
  /** How many items the last matching had: its labels are below. */
  readonly count: number | undefined;
  /** Whether it is this very matching, whose related ids are this one's too. */
  readonly same: boolean;
}

const SAME_CLUSTERS: ClustersThen = { labelThen: (label) => label, count: undefined, same: true };

/**
 * The last merge brought up to date, cluster by cluster, when its clusters are known now: the
 * same matching (an answer edited), or one this one was made from (a question reworded). A cluster
 * of the same members then, none of whose questions was read from a file that changed, and none of
 * whose questions then is gone, gets the very question it got then (its related ids made again
 * when the matching is another); the others are merged afresh. With one note of a hundred edited,
 * that is nearly every cluster.
 */
class MergeUpdate implements ReuseMerged {
  reused = 0;
  readonly keepsRelated: boolean;
  /** Per label now: the stored question the cluster took, or -1. */
  private readonly taken: Int32Array;
  /** Per position among the last merge's inputs, the same occurrence's position now (-1: not read now). */
  private readonly moved: Int32Array;
  /** Per label now: 1 when the cluster holds a question read from a file that changed. */
  private readonly changed: Uint8Array;
  /** Per label then: the cluster's question among the stored ones, or -1. */
  private readonly storedAt: Int32Array;

  /**
   * `then`: per occurrence of the inputs, its position among the last merge's (QuestionOrigins.originsIn:
   * the inputs are numbered as origins); `labelOf`: a question's cluster now.
   */
  constructor(
    private readonly stored: Stored,
    private readonly inputs: MergeInputs,
    then: Int32Array,
    clusters: number,
    labelOf: (question: Question) => number,
    private readonly clustersThen: ClustersThen,
  ) {
    this.keepsRelated = clustersThen.same;
    this.moved = new Int32Array(stored.files.reduce((sum, file) => sum + file.occurrences, 0)).fill(-1);
    this.changed = new Uint8Array(clusters);
    then.forEach((old, now) => {
      if (old >= 0 && old < this.moved.length) this.moved[old] = now;
      // Only the changed files' occurrences: a few, with one note edited.
      else if (old < 0) this.changed[labelOf(inputs.ownerAt(now)!)] = 1;
    });
    this.taken = new Int32Array(clusters).fill(-1);
    const labelsThen = clustersThen.count ?? clusters;
    this.storedAt = new Int32Array(labelsThen).fill(-1);
    stored.labels.forEach((label, index) => {
      if (label >= 0 && label < labelsThen) this.storedAt[label] = index;
    });
  }

  question(label: number, members: readonly number[]): Question | undefined {
    if (this.changed[label]) return undefined;
    const labelThen = this.clustersThen.labelThen(label, members);
    const index = labelThen < 0 ? -1 : this.storedAt[labelThen]!;
    if (index < 0) return undefined;
    // A question of the last merge that is no longer read has no position now: the cluster changed.
    const question = this.inputs.unpack(this.stored.questions[index], this.moved);
    if (question) {
      this.reused++;
      this.taken[label] = index;
    }
    return question;
  }

  /**
   * The stored form of cluster `label`'s question, when it took the stored one: that entry, moved
   * (no question to compare), with the related ids `question` has now.
   */
  packed(label: number, question: Question): unknown {
    const index = this.taken[label]!;
    if (index < 0) return undefined;
    const moved = MergeInputs.moved(this.stored.questions[index], this.moved);
    return this.keepsRelated ? moved : { ...(moved as object), related: question.related };
  }
}

/**
 * The matching of the last build with the same wordings and options (`key`), or a new one (then
 * stored): made with what the record of the last matching made holds (dedupe/match-record.ts),
 * whatever its wordings, and recording this one for the next.
 */
async function rememberedMatching(
  deduplication: Deduplication,
  key: string,
  dir: string,
  version: string,
): Promise<{ matching: Matching; madeFrom?: { key: string; clusters: ClustersThen } }> {
  const cache = new ContentCache<Matching>({ dir, version }, (value): value is Matching => isMatching(value, deduplication.itemCount), V8_VALUES);
  const stored = await cache.get(MATCHING_NAME, key);
  if (stored) return { matching: stored };
  const records = new ContentCache<MatchRecord>({ dir, version }, isMatchRecord, V8_VALUES);
  let latest = await records.latest(RECORD_NAME);
  let earlier = latest?.value();
  const { matching, record, earlierIndexOf } = deduplication.matchRecorded(earlier);
  // The record's clusters of several, and which of its items each item now is, tell which clusters are the same.
  const madeFrom =
    latest && earlier && earlierIndexOf ? { key: latest.hash, clusters: clustersIn(new RankingRecall(earlier.rankings, earlierIndexOf, recordSize(earlier)), recordSize(earlier)) } : undefined;
  // Let the earlier record go before this one is encoded: each is tens of MB in a large bank.
  latest = undefined;
  earlier = undefined;
  await Promise.all([cache.set(MATCHING_NAME, key, matching), records.set(RECORD_NAME, key, record)]);
  return { matching, ...(madeFrom ? { madeFrom } : {}) };
}

/** The clusters of a recorded matching, told by their members (RankingRecall). */
function clustersIn(recall: RankingRecall, count: number): ClustersThen {
  return { labelThen: (_, members) => recall.earlierLabel(members), count, same: false };
}

/**
 * The ids in their order, not sorted: the previous ids are read from questions.json in the order
 * the result that wrote them has (document order), so the usual rebuild still finds them equal,
 * and the same ids in another order only cost a miss.
 */
function idListHash(ids: readonly string[]): string {
  return createHash('sha256').update(ids.join('\n')).digest('hex');
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const stored = value as Partial<Stored>;
  return (
    typeof stored.previous === 'string' &&
    typeof stored.produced === 'string' &&
    Array.isArray(stored.files) &&
    stored.files.every((file: Partial<ReadFile> | null) => typeof file?.key === 'string' && Number.isInteger(file.occurrences) && file.occurrences! >= 0) &&
    Array.isArray(stored.questions) &&
    Array.isArray(stored.labels) &&
    stored.labels.length === stored.questions.length &&
    stored.labels.every((label) => Number.isInteger(label)) &&
    (stored.decisions === undefined || isPackedDecisions(stored.decisions)) &&
    Array.isArray(stored.diagnostics)
  );
}
