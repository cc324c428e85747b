/**
 * Kindle's `My Clippings.txt`: each clipping under a header of two lines (the book, where and when it was made) and
 * closed by `==========`. The headers are left out with a note; the separator ends the clipping, so an answer written
 * in a note is that note's text alone, not the highlights after it.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { KINDLE_CLIPPING_PATTERNS } from '../../src/parse/kindle-clippings.js';

const clippings = [
  'Hands-On Machine Learning (Aurélien Géron)',
  '- Your Note on page 142 | Location 2152 | Added on Sunday, 3 March 2024 21:15:30',
  '',
  'Q: why does feature scaling speed up GD? A: round bowl, straight path',
  '==========',
  'Hands-On Machine Learning (Aurélien Géron)',
  '- Your Highlight on page 178 | Location 2701-2703 | Added on Monday, 4 March 2024 08:02:44',
  '',
  'Soft voting gives more weight to confident votes.',
  '==========',
  '',
].join('\n');

describe("a Kindle's clippings", () => {
  it("ends a note's answer at the clipping's ==========, and leaves out each clipping's book and where and when it was made, with a note", () => {
    const note = readNote(clippings, 'My Clippings.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['why does feature scaling speed up GD?', 'round bowl, straight path']]);
    const messages = messagesOf(note.vfile);
    expect(messages.filter((message) => message.endsWith(':clipping-header'))).toEqual(['1:clipping-header', '2:clipping-header', '6:clipping-header', '7:clipping-header']);
    expect(messages).toContain('5:site-chrome');
    // The highlight after it is said to belong to no question, not lost.
    expect(messages).toContain('9:orphan-text');
    expect(note.vfile.messages.find((message) => message.ruleId === 'clipping-header')!.reason).toBe(
      'Left out the header of a Kindle clipping, its book or where and when it was made: "Hands-On Machine Learning (Aurélien Géron)"',
    );
  });

  it('knows the older and the Japanese line of where and when a clipping was made', () => {
    for (const place of ['- Highlight Loc. 1234-38  | Added on Tuesday, March 5, 2013, 09:14 PM', '- 位置No. 2150-2152のハイライト |作成日: 2024年3月3日日曜日 21:14:07']) {
      const note = readNote(clippings.replaceAll('- Your Note on page 142 | Location 2152 | Added on Sunday, 3 March 2024 21:15:30', place), 'My Clippings.txt');
      expect(note.questions.map((question) => question.answer?.text), place).toEqual(['round bowl, straight path']);
    }
  });

  it("keeps a dashed line with a bar that no clipping's book stands over, and an answer's row of equals signs, in other notes", () => {
    const note = readNote('Q: What do you log per run?\nA: the config and the metrics:\n- seed | lr | Added on the dashboard\n==========\nboth, for every run.\n', 'note.txt');
    expect(note.questions[0]!.answer?.text).toContain('both, for every run.');
    expect(messagesOf(note.vfile).filter((message) => message.endsWith(':clipping-header'))).toEqual([]);
  });

  it('reads a highlight that asks and answers on its line as a question and its answer, alone or among others, as a FAQ\'s line: it belonged to no question, a warning said', () => {
    const asking = clippings.replace('Soft voting gives more weight to confident votes.', 'Why use soft voting? It gives more weight to confident votes.');
    const note = readNote(asking, 'My Clippings.txt');
    expect(answerTextsOf(asking, 'My Clippings.txt')).toEqual([
      ['why does feature scaling speed up GD?', 'round bowl, straight path'],
      ['Why use soft voting?', 'It gives more weight to confident votes.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith(':orphan-text'))).toEqual([]);
    // A clipping's header and end part the highlights, and each is read as the FAQ's line it is.
    const book = ['Deep Learning (Ian Goodfellow)', '- Your Highlight on page 12 | Location 180-181 | Added on Monday, 4 March 2024 08:02:44', ''];
    const highlights = [...book, 'Why use bagging? It lowers the variance.', '==========', ...book, 'Why use dropout? It trains an ensemble of subnetworks.', '==========', ''].join('\n');
    expect(answerTextsOf(highlights, 'My Clippings.txt')).toEqual([
      ['Why use bagging?', 'It lowers the variance.'],
      ['Why use dropout?', 'It trains an ensemble of subnetworks.'],
    ]);
  });

  it('reads those lines with patterns that do not backtrack', () => {
    for (const pattern of KINDLE_CLIPPING_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});
