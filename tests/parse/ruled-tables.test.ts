/**
 * Tables drawn with rules of runs (pandoc's and reStructuredText's), read from a note's lines into their cells.
 */
import { describe, expect, it } from 'vitest';
import { pandocTableAt } from '../../src/parse/ruled-tables.js';

describe('a simple table of many columns', () => {
  it('has its header checked word by word against the run under it, each column looked up once (300,000 columns took over a minute)', () => {
    const columns = 300_000;
    const table = pandocTableAt(['x  '.repeat(columns).trimEnd(), '-- '.repeat(columns).trimEnd(), 'y  '.repeat(columns).trimEnd(), ''], 0);
    expect(table?.header).toEqual(Array.from({ length: columns }, () => 'x'));
    expect(table?.rows).toEqual([Array.from({ length: columns }, () => 'y')]);
  });

  it('is none when a header word stands past the last run', () => {
    expect(pandocTableAt(['a   b   c', '--  --', 'y   z', ''], 0)).toBeUndefined();
    expect(pandocTableAt(['a   b', '--  --', 'y   z', ''], 0)?.header).toEqual(['a', 'b']);
  });
});
