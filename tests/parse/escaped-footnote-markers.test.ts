/** A Word document through `pandoc -t markdown`: its footnotes cited with the number Word showed, escaped. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const note = (text: string, footnotes: string) => `### When would you use median imputation?\n\n${text}\n\n${footnotes}\n`;

describe('an escaped footnote marker', () => {
  it('is the reference to the footnote of its number when nothing else cites that footnote', () => {
    const { questions, vfile } = readNote(note('When the feature has outliers\\[1\\].', '[^1]: See *Hands-On ML*, ch. 2.'));
    expect(questions[0]!.answer!.markdown).toBe('When the feature has outliers[^1].\n\n[^1]: See *Hands-On ML*, ch. 2.');
    expect(questions[0]!.answer!.html).toContain('<sup><a href="#user-content-fn-1"');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('is the reference when written unescaped right after its word, or with only its opening bracket escaped', () => {
    expect(readNote(note('When the feature has outliers[1] or skew \\[2].', '[^1]: Robust.\n[^2]: Long tail.')).questions[0]!.answer!.markdown).toBe(
      'When the feature has outliers[^1] or skew [^2].\n\n[^1]: Robust.\n\n[^2]: Long tail.',
    );
  });

  it('is text when its number is no footnote nothing cites, or when unescaped after a space, beside one read', () => {
    const { questions, vfile } = readNote(note('See outliers\\[3\\], the list [1] and the rest\\[2\\].', '[^1]: Robust.\n[^2]: Long tail.'));
    expect(questions[0]!.answer!.markdown).toBe('See outliers\\[3], the list \\[1] and the rest[^2].\n\n[^2]: Long tail.');
    expect(messagesOf(vfile)).toEqual(['5:uncited-footnote']);
  });
});
