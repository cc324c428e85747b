/**
 * The diagnostics of reading a file, recorded as plain data. Replaying the
 * record onto the file's vfile gives the same messages as reading it there,
 * so a cached or worker-read file reports exactly what a freshly read one
 * does.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';

export interface RecordedMessage {
  reason: string;
  /** `true` error, `false` warning, absent info (as on `VFileMessage.fatal`). */
  fatal?: boolean;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  url?: string;
  note?: string;
  actual?: string;
  expected?: string[];
}

/** A reported message as plain data. */
export function recordMessage(message: VFileMessage): RecordedMessage {
  const record: RecordedMessage = { reason: message.reason };
  if (message.fatal === true || message.fatal === false) record.fatal = message.fatal;
  if (message.place) record.place = message.place;
  if (message.ruleId) record.ruleId = message.ruleId;
  if (message.source) record.source = message.source;
  if (message.url) record.url = message.url;
  if (message.note) record.note = message.note;
  if (message.actual !== undefined) record.actual = message.actual;
  if (message.expected !== undefined) record.expected = message.expected;
  return record;
}

/** Adds recorded messages to `vfile`, as `vfile.message`/`vfile.info` would have. */
export function replayMessages(vfile: VFile, messages: readonly RecordedMessage[]): void {
  for (const record of messages) {
    const message = vfile.message(record.reason, {
      ...(record.place ? { place: record.place } : {}),
      ...(record.ruleId ? { ruleId: record.ruleId } : {}),
      ...(record.source ? { source: record.source } : {}),
    });
    message.fatal = record.fatal;
    if (record.url) message.url = record.url;
    if (record.note) message.note = record.note;
    if (record.actual !== undefined) message.actual = record.actual;
    if (record.expected !== undefined) message.expected = record.expected;
  }
}

/** A record of a diagnostic about the whole file, placed at its first line. */
export function fileMessage(reason: string, ruleId: string, fatal: boolean | undefined): RecordedMessage {
  return { reason, ruleId, source: 'qbank', place: { line: 1, column: 1 }, ...(fatal === undefined ? {} : { fatal }) };
}
