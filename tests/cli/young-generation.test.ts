/** The qbank command runs with the same Node.js flags however it is started. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QBANK_NODE_FLAGS } from '../../src/build/young-generation.js';

const root = new URL('../../', import.meta.url);
const flags = QBANK_NODE_FLAGS.join(' ');

describe("qbank's Node flags", () => {
  it('are on the first line of the command, for npx and installs', () => {
    const firstLine = readFileSync(new URL('bin/qbank.js', root), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`#!/usr/bin/env -S node ${flags}`);
  });

  it('are given by npm start, which runs the command with node', () => {
    const scripts = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toBe(`node ${flags} bin/qbank.js build`);
  });
});
