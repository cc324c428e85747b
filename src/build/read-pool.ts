/**
 * A small pool of worker threads that read files into questions, each file
 * under a time budget. A worker that overruns its file's budget is
 * terminated (the only way to stop a synchronous parse) and replaced by a
 * fresh one; the file comes back as `timeout` and the rest go on.
 *
 * The budget is of the time the file's thread could run, not of the clock: on a
 * machine busy with other work (six builds at once on two cores), files that
 * read in two seconds took over eleven, and were abandoned with their
 * questions. When the budget is spent on the clock, the process's CPU time
 * since the file started, shared among the threads reading, tells how much of
 * it the file had; what it did not have is waited for again, up to
 * MOST_WALL_BUDGETS budgets on the clock. The price: with more files reading
 * than cores, a file that truly hangs holds its thread that much longer
 * before it is stopped.
 */
import { Worker } from 'node:worker_threads';
import type { SourceRead } from './source-read.js';
import { READER_RESOURCE_LIMITS } from './node-flags.js';

export interface WorkerRequest {
  id: number;
  file: string;
  text: string;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'read'; id: number; read: SourceRead }
  | { type: 'failed'; id: number; reason: string };

export type PoolOutcome =
  | { kind: 'read'; read: SourceRead }
  | { kind: 'timeout'; budgetMs: number }
  | { kind: 'failed'; reason: string }
  /** No worker could be started (the caller reads the file itself). */
  | { kind: 'unavailable'; reason: string };

export interface ReadPoolOptions {
  /** Compiled worker entry (`read-worker.js`). */
  workerUrl: URL;
  size: number;
  /** Milliseconds a file may take. */
  budgetMs: (task: { file: string; text: string }) => number;
}

interface Job {
  id: number;
  file: string;
  text: string;
  resolve: (outcome: PoolOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/** On the clock, a file is given at most this many budgets, however busy the machine. */
const MOST_WALL_BUDGETS = 8;
/** A file that had this share of its budget has had it: the rest is the threads' own overhead. */
const SPENT_SHARE = 0.9;

export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: ReadPoolOptions) {}

  read(file: string, text: string): Promise<PoolOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'failed', reason: 'the reader pool is closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: ++this.nextId, file, text, resolve });
      this.pump();
    });
  }

  /** Stops every worker; jobs still queued come back as failed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'failed', reason: 'the reader pool was closed' });
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.job?.resolve({ kind: 'failed', reason: 'the reader pool was closed' });
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
  }

  private pump(): void {
    if (this.closed) return;
    while (this.slots.length < this.options.size && this.slots.length < this.queue.length + this.busyCount()) {
      this.slots.push(this.spawn());
    }
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private busyCount(): number {
    return this.slots.filter((slot) => slot.job).length;
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, { resourceLimits: READER_RESOURCE_LIMITS });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      this.finish(slot, reply.type === 'read' ? { kind: 'read', read: reply.read } : { kind: 'failed', reason: reply.reason });
    });
    worker.on('error', (error) => this.lost(slot, error.message));
    worker.on('exit', (code) => this.lost(slot, `the reader stopped (exit code ${code})`));
    return slot;
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    const budgetMs = this.options.budgetMs(job);
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    const overrun = () => {
      void slot.worker.terminate();
      this.replace(slot, { kind: 'timeout', budgetMs });
    };
    const check = () => {
      const { user, system } = process.cpuUsage(cpuStart);
      const hadMs = (user + system) / 1000 / Math.max(1, this.busyCount());
      const left = MOST_WALL_BUDGETS * budgetMs - (performance.now() - wallStart);
      if (hadMs >= SPENT_SHARE * budgetMs || left <= 0) return overrun();
      // Not the file's doing: the machine had other work. At least a tenth of the budget between checks keeps them few.
      slot.timer = setTimeout(check, Math.min(left, Math.max(budgetMs - hadMs, budgetMs / 10)));
    };
    slot.timer = setTimeout(check, budgetMs);
    slot.worker.postMessage({ id: job.id, file: job.file, text: job.text } satisfies WorkerRequest);
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    job?.resolve(outcome);
    this.pump();
  }

  private lost(slot: Slot, reason: string): void {
    if (!slot.ready && this.slots.includes(slot)) {
      // A worker that dies before it is ready will not do better the next
      // time: give every waiting file back instead of respawning forever.
      this.closed = true;
      const outcome: PoolOutcome = { kind: 'unavailable', reason };
      for (const job of this.queue.splice(0)) job.resolve(outcome);
      for (const other of this.slots.splice(0)) {
        if (other.timer) clearTimeout(other.timer);
        other.job?.resolve(outcome);
        void other.worker.terminate().catch(() => undefined);
      }
      return;
    }
    this.replace(slot, { kind: 'failed', reason });
  }

  /** Takes a worker out of the pool (it crashed, exited or overran): its job ends with `outcome`. */
  private replace(slot: Slot, outcome: PoolOutcome): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    slot.worker.removeAllListeners('message');
    if (slot.job) this.finish(slot, outcome);
    else this.pump();
  }
}
