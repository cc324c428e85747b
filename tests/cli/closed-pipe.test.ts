/**
 * `qbank check --dupes | head`: the reader closes the pipe early. What is left to print goes
 * nowhere, and the command ends as it would, instead of dying with an EPIPE stack trace.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { lineWriter } from '../../src/cli/closed-pipe.js';

const failure = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe('lineWriter', () => {
  it('prints each line with its line break', () => {
    const stream = new PassThrough();
    const write = vi.spyOn(stream, 'write');
    lineWriter(stream)('Read 5 files');
    expect(write).toHaveBeenCalledWith('Read 5 files\n');
  });

  it('stops printing, without an error, once the reader has closed the pipe', () => {
    const stream = new PassThrough();
    const write = vi.spyOn(stream, 'write');
    const print = lineWriter(stream);
    print('first');
    expect(() => stream.emit('error', failure('EPIPE'))).not.toThrow();
    print('second');
    expect(write.mock.calls.map(([line]) => line)).toEqual(['first\n']);
  });

  it('lets any other failure of the stream through, and goes on printing', () => {
    const stream = new PassThrough();
    const write = vi.spyOn(stream, 'write');
    const print = lineWriter(stream);
    expect(() => stream.emit('error', failure('ENOSPC'))).toThrow('write ENOSPC');
    print('after');
    expect(write).toHaveBeenCalledWith('after\n');
  });
});
