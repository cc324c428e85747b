/**
 * The floor spread over worker threads: the same bare parse of the same
 * files, each file sent to whichever thread is free, largest first (as the
 * build's reader pool does). It shows what parallel parsing can gain on the
 * machine at hand, which is less than the number of cores suggests: one
 * parsing thread already keeps other cores busy with V8's garbage collection
 * and compilation (on a 2-core VM, two workers parse no faster than one
 * thread). A cold build's reading in workers cannot beat this.
 */
import { Worker } from 'node:worker_threads';

/** Parses `texts` in `threads` workers; resolves with the ms from all threads ready to all texts parsed. */
export async function parallelFloorMs(texts: readonly string[], threads: number): Promise<number> {
  const entry = new URL('./floor-worker.js', import.meta.url);
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(entry));
  try {
    await Promise.all(workers.map((worker) => nextMessage(worker)));
    const queue = [...texts].sort((a, b) => b.length - a.length);
    const start = performance.now();
    await Promise.all(
      workers.map(async (worker) => {
        for (let text = queue.shift(); text !== undefined; text = queue.shift()) {
          const parsed = nextMessage(worker);
          worker.postMessage(text);
          await parsed;
        }
      }),
    );
    return performance.now() - start;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
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
