/**
 * Ctrl-C (SIGINT) and SIGTERM during a build. The outputs are replaced atomically, so the process
 * may stop at any moment and each output stays whole, the old one or the new; what would remain is
 * the temporary files of the writes under way, which are removed before the process ends.
 */
import { constants } from 'node:os';
import { removeUnfinishedWrites } from '../export/unfinished-writes.js';

/** Calls `handler` on SIGINT or SIGTERM (instead of Node's default, which ends the process at once); returns the undo. */
export function onInterrupt(handler: (signal: 'SIGINT' | 'SIGTERM') => void): () => void {
  const interrupt = () => handler('SIGINT');
  const terminate = () => handler('SIGTERM');
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', terminate);
  return () => {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', terminate);
  };
}

/**
 * Removes the temporary files of the writes under way and ends the process, by default with the
 * code a shell gives a process the signal ended (130 for Ctrl-C, 143 for SIGTERM).
 */
export function exitInterrupted(signal: 'SIGINT' | 'SIGTERM', code = 128 + constants.signals[signal]): never {
  removeUnfinishedWrites();
  process.exit(code);
}
