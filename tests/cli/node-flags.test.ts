/** The Node flags qbank builds with (heap sizes, how patterns compile), and where they are set. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QBANK_NODE_FLAGS } from '../../src/build/node-flags.js';

const root = new URL('../../', import.meta.url);

describe("qbank's Node flags", () => {
  it('are given by npm start, which runs the command with node', () => {
    const scripts = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toBe(`node ${QBANK_NODE_FLAGS.join(' ')} bin/qbank.js build`);
  });

  it('are not on the first line of the command, which must run where env has no -S (BusyBox)', () => {
    const firstLine = readFileSync(new URL('bin/qbank.js', root), 'utf8').split('\n')[0];
    expect(firstLine).toBe('#!/usr/bin/env node');
  });
});
