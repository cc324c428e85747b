/**
 * Answers pasted from Wikipedia bring its marks along: a section's title with its `[edit]` link, and citation marks
 * after the words they cite. They are the page's, not the answer's: left out, each said, in a note that shows them as
 * Wikipedia's. A bracketed number of the note's own, and a Markdown link reference, stay.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const answers = (text: string, file = 'note.md') => readNote(text, file).questions.map((question) => [question.question, question.answer?.text ?? null]);

describe('Wikipedia text pasted as answers', () => {
  it('loses the section title with its [edit] link and the citation marks, a message saying so for each line', () => {
    const note = readNote(
      '## Bias–variance tradeoff란?\n\nBias–variance tradeoff[edit]\nIn statistics, the tradeoff relates a model\'s complexity to its error.[3] More parameters make it more flexible.[4]:34\n\n## 중심극한정리란?\n\nThe sample mean converges to a normal distribution.[1][2] This holds for most variables.[citation needed]\n',
    );
    expect(note.questions.map((question) => question.answer?.text)).toEqual([
      "In statistics, the tradeoff relates a model's complexity to its error. More parameters make it more flexible.",
      'The sample mean converges to a normal distribution. This holds for most variables.',
    ]);
    expect(messagesOf(note.vfile)).toEqual(['3:wikipedia-title', '4:citation-marks', '8:citation-marks']);
    expect(note.vfile.messages[1]!.reason).toBe("Left out the citation marks [3][4]:34 from the line, as Wikipedia and AI answer pages set them after the words they cite (the page's, not the answer's)");
  });

  it('is read in copied plain text too', () => {
    expect(answers('Statistics\n\nWhat is bootstrapping?\nBootstrapping uses random sampling with replacement.[5] It assigns measures of accuracy to estimates.[6][7]\n', 'note.txt')).toEqual([
      ['What is bootstrapping?', 'Bootstrapping uses random sampling with replacement. It assigns measures of accuracy to estimates.'],
    ]);
  });

  it("takes an AI answer page's marks of its sources off too, set as Wikipedia sets them", () => {
    expect(answers('## KV cache란?\n\nKV cache는 이전 토큰의 Key와 Value를 재사용합니다.[1][2] 그래서 스텝당 계산이 줄어듭니다.[3]\n')).toEqual([
      ['KV cache란?', 'KV cache는 이전 토큰의 Key와 Value를 재사용합니다. 그래서 스텝당 계산이 줄어듭니다.'],
    ]);
  });

  it("keeps a note's own bracketed numbers where nothing shows Wikipedia's marks, and a Markdown link reference anywhere", () => {
    expect(answers('## What does arr[1] return?\n\nThe second element, arr[1].\n')).toEqual([['What does arr[1] return?', 'The second element, arr[1].']]);
    const cited = readNote('## What is dropout?\n\nUnits are dropped at random.[1] It regularises.[citation needed]\n\nSee the paper [1].\n\n[1]: https://jmlr.org/papers/v15/srivastava14a.html\n');
    // `[1]` is the note's link to its definition, read as one; only the maintenance tag is Wikipedia's.
    expect(cited.questions[0]!.answer?.text).toBe('Units are dropped at random.1 It regularises.\nSee the paper 1.');
    expect(messagesOf(cited.vfile)).toEqual(['3:citation-marks']);
    expect(cited.vfile.messages[0]!.reason).toContain('[citation needed]');
  });

  it('keeps a number that indexes a name shaped as code (x[3], arr_2[1], myArray[2], self.data[3]), and takes a mark after a prose word or punctuation', () => {
    const note = readNote(
      '## What is an array?\n\nAn array stores elements in order.[1] Here x[3] is the fourth, as are arr_2[1], myArray[2] and self.data[3]. A learning[3] rule is cited, as is the network.[4] PyTorch[5] is a product.\n',
    );
    expect(note.questions[0]!.answer?.text).toBe(
      'An array stores elements in order. Here x[3] is the fourth, as are arr_2[1], myArray[2] and self.data[3]. A learning rule is cited, as is the network. PyTorch is a product.',
    );
    expect(note.vfile.messages.map((message) => message.reason)).toContain(
      "Left out the citation marks [1][3][4][5] from the line, as Wikipedia and AI answer pages set them after the words they cite (the page's, not the answer's)",
    );
  });

  it('keeps data[3] where the note writes data as code (in inline code, indexed by data[i]) or code follows it (data[3].shape), and never reads inline code', () => {
    const answer = (text: string) => readNote(`## How is a row read?\n\nRows are stored in order.[1] Rows are read by index.[2] ${text}\n`).questions[0]!.answer?.text;
    expect(answer('Then `data` holds them, and data[3] is the fourth.')).toBe('Rows are stored in order. Rows are read by index. Then data holds them, and data[3] is the fourth.');
    expect(answer('Loop with data[i]; data[3] is the fourth.')).toBe('Rows are stored in order. Rows are read by index. Loop with data[i]; data[3] is the fourth.');
    expect(answer('Its data[3].shape is (3,), and data[4] = 0 clears one.')).toBe('Rows are stored in order. Rows are read by index. Its data[3].shape is (3,), and data[4] = 0 clears one.');
    expect(answer('In code, `learning[3]` stays.')).toBe('Rows are stored in order. Rows are read by index. In code, learning[3] stays.');
    // A plain word with no sign of code is read as the word a citation follows.
    expect(answer('The data[3] is stored.')).toBe('Rows are stored in order. Rows are read by index. The data is stored.');
  });
});
