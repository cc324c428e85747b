/**
 * A file is split into lines once: the format check and the reader it chooses share the split,
 * and the pass that separates HTML wrapper tags from text only splits a text that has one.
 */
import { VFile } from 'vfile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSource } from '../../src/parse/index.js';

/** How many times `text` itself was split at newlines while `run` ran. */
function wholeTextSplits(text: string, run: () => void): number {
  const split = String.prototype.split as (this: string, separator: unknown, limit?: number) => string[];
  let count = 0;
  vi.spyOn(String.prototype, 'split').mockImplementation(function (this: string, separator: unknown, limit?: number) {
    if (String(this) === text && separator === '\n') count++;
    return split.call(this, separator, limit);
  } as typeof String.prototype.split);
  run();
  return count;
}

const source = (file: string, text: string) => ({ file, text, vfile: new VFile({ path: file, value: text }) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseSource', () => {
  it('splits a Markdown note into lines once', () => {
    const text = '# Notes\n\n## 1. What is dropout?\n\nIt drops units at random.\n\n## 2. What is $x$?\n\nA variable.\n';
    let format = '';
    expect(wholeTextSplits(text, () => (format = parseSource(source('notes.md', text)).format))).toBe(1);
    expect(format).toBe('markdown');
  });

  it('splits copied plain text into lines once', () => {
    const text = 'Copied page\n\nWhat is dropout?\n  • It drops units at random.\n  • At training time only.\n';
    let format = '';
    expect(wholeTextSplits(text, () => (format = parseSource(source('copied.txt', text)).format))).toBe(1);
    expect(format).toBe('plaintext');
  });
});
