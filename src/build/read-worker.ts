/**
 * Worker-thread entry: reads files into questions for `ReadPool`. It says
 * `ready` once its modules are loaded, so that loading does not count
 * against the first file's time budget.
 */
import { parentPort } from 'node:worker_threads';
import { readSourceText } from './source-read.js';
import type { WorkerReply, WorkerRequest } from './read-pool.js';

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { type: 'read', id: request.id, read: readSourceText(request.file, request.text) };
    } catch (error) {
      reply = { type: 'failed', id: request.id, reason: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
