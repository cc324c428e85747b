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

describe("pandoc's multiline table", () => {
  /** A headerless multiline table of two rows: a rule of runs, rows apart by a blank line, a full rule under them when `closed`. */
  const table = (closed: boolean) => ['--------  ------------------', 'Bias      Error from wrong', '          assumptions.', '', 'Variance  Error from noise.', ...(closed ? ['----------------------------'] : []), ''];

  it('is its rows between its rule of runs and the full rule under them', () => {
    expect(pandocTableAt(table(true), 0)).toEqual({ first: 0, last: 5, rows: [['Bias', 'Error from wrong assumptions.'], ['Variance', 'Error from noise.']] });
  });

  it('is none where no full rule closes it, however many stand over one another: where its rows stop is searched once for their runs, not again from each table (quadratic: 2,000 took 4 s)', () => {
    const lines = Array.from({ length: 20_000 }, () => table(false)).flat();
    const found = lines.flatMap((_, n) => pandocTableAt(lines, n) ?? []);
    expect(found).toEqual([]);
    // Closed at the end, the first is read, its rows all the others' lines (each rule of runs a row's first line).
    const closed = [...lines.slice(0, -1), '----------------------------', ''];
    expect(pandocTableAt(closed, 0)?.rows).toHaveLength(2 * 20_000);
  });
});
