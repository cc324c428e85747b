/**
 * The floor spread over worker threads: the same bare parse of the same
 * files, each file sent to whichever thread is free, largest first, in
 * threads set up as the build's readers are (read-pool.ts). It shows what
 * parallel parsing can gain on the machine at hand, which is less than the
 * number of cores suggests: one parsing thread already keeps other cores
 * busy with V8's garbage collection and compilation (on a 2-core VM, two
 * workers parse no faster than one thread).
 */
import { Worker } from 'node:worker_threads';
import { READER_RESOURCE_LIMITS } from '../build/node-flags.js';

export class FloorThreads {
  private constructor(private readonly workers: Worker[]) {}

  /** Starts `count` threads and waits until each has its parser loaded and warmed up. */
  static async start(count: number): Promise<FloorThreads> {
    const entry = new URL('./floor-worker.js', import.meta.url);
    const workers = Array.from({ length: count }, () => new Worker(entry, { resourceLimits: READER_RESOURCE_LIMITS }));
    const threads = new FloorThreads(workers);
    try {
      await Promise.all(workers.map((worker) => nextMessage(worker)));
    } catch (error) {
      await threads.close();
      throw error;
    }
    return threads;
  }

  /** Parses every text, each in whichever thread is free. */
  async parse(texts: readonly string[]): Promise<void> {
    const queue = [...texts].sort((a, b) => b.length - a.length);
    await Promise.all(
      this.workers.map(async (worker) => {
        for (let text = queue.shift(); text !== undefined; text = queue.shift()) {
          const parsed = nextMessage(worker);
          worker.postMessage(text);
          await parsed;
        }
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (message: unknown) => {
      worker.off('error', onError);
      resolve(message);
    });
  });
}
