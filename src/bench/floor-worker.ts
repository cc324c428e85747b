/**
 * Worker entry for the parallel floor (parallel-floor.ts): parses each text
 * it is sent with the bare floor processor and answers when done. It says
 * `ready` once the parser is loaded and warmed up, so that start-up is not
 * counted.
 */
import { parentPort } from 'node:worker_threads';
import { floorProcessor } from './floor-processor.js';

const port = parentPort;
if (port) {
  const processor = floorProcessor();
  port.on('message', (text: string) => {
    processor.parse(text);
    port.postMessage('parsed');
  });
  port.postMessage('ready');
}
