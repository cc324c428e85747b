/**
 * The one writer of Markdown table rows that the readers of other markups share.
 */
import { describe, expect, it } from 'vitest';
import { pipeRow, pipeRule, pipeTable } from '../../src/parse/pipe-table.js';

describe('a pipe table row', () => {
  it('is its cells between bars', () => {
    expect(pipeRow(['Kernel', 'Formula'])).toBe('| Kernel | Formula |');
  });

  it('escapes a bar in a cell once, so the cell is not split', () => {
    expect(pipeRow(['a | b', '|x|'])).toBe('| a \\| b | \\|x\\| |');
  });

  it('is as wide as asked, missing cells empty', () => {
    expect(pipeRow(['a'], 3)).toBe('| a |  |  |');
  });
});

describe('a pipe table rule', () => {
  it('is a --- to a column', () => {
    expect(pipeRule(2)).toBe('| --- | --- |');
  });
});

describe('a pipe table', () => {
  it('is its header row, the rule and its rows, as wide as its widest row', () => {
    expect(pipeTable(['a', 'b'], [['1', '2', '3']])).toEqual(['| a | b |  |', '| --- | --- | --- |', '| 1 | 2 | 3 |']);
  });

  it('has a header row of empty cells when the table has no header', () => {
    expect(pipeTable(undefined, [['1', '2']])).toEqual(['|  |  |', '| --- | --- |', '| 1 | 2 |']);
  });
});
