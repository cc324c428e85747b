/**
 * Pandoc writes a Word document's underlining and styles as bracketed spans (`[text]{.underline}`) and attributes
 * after links; the document shows neither, and neither does qbank.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { readSiteMarkup } from '../../src/parse/site-markup.js';

const answerOf = (answer: string) => readNote(`**1. What is AUC?**\n\n${answer}\n`).questions[0]!.answer?.markdown;

describe('a pandoc bracketed span', () => {
  it('is its text, without its brackets and attributes', () => {
    expect(answerOf('[The area under the ROC curve.]{.underline}')).toBe('The area under the ROC curve.');
    expect(answerOf('It is [the area]{#auc .mark lang=en} under the curve.')).toBe('It is the area under the curve.');
  });

  it('is its text when pandoc wrapped it over lines, its bracket on a line above', () => {
    expect(answerOf('It is [the area under the\nROC curve]{.underline} of the model.')).toBe('It is the area under the\nROC curve of the model.');
  });

  it('keeps a link, without the attributes after it', () => {
    expect(answerOf('See [the guide](https://example.org/roc){.external target="_blank"} for more.')).toBe('See [the guide](https://example.org/roc) for more.');
  });

  it('leaves a task box, a footnote marker and a code span alone', () => {
    expect(answerOf('- [x] ranks positives above negatives [1]\n- `[a]{.b}` is code')).toBe('- [x] ranks positives above negatives \\[1]\n- `[a]{.b}` is code');
  });
});

describe("a pandoc code span's attributes", () => {
  it('are left out, the code span kept, wherever the span stands on its line', () => {
    expect(answerOf('It is `roc_auc_score(y, p)`{.python} in scikit-learn.')).toBe('It is `roc_auc_score(y, p)` in scikit-learn.');
    expect(answerOf('Call `auc`{#fn .python} or `score`{ .haskell lang=hs }')).toBe('Call `auc` or `score`');
  });

  it('are none when the braces hold no attribute, or stand inside the code or after a space, beside some that are', () => {
    expect(answerOf('A set `s`{a}, a dict `{.a: 1}`, `x` {.y} beside `z`{.y}.')).toBe('A set `s`{a}, a dict `{.a: 1}`, `x` {.y} beside `z`.');
  });
});

describe('a paragraph of many closing brackets', () => {
  // Each `]{…}` searched back for its `[`: with none there, each went to the paragraph's head (quadratic).
  const lines = 20_000;

  it('leaves `]{.u}` that no `[` opens as written, each searched back no further than the one before (20,000 lines took over 3 minutes)', () => {
    const text = `Para\n${'x]{.u}\n'.repeat(lines)}`;
    expect(readSiteMarkup(text).text).toBe(text);
  });

  it("reads a span after them, and leaves them as written after an image's ![ that none closes", () => {
    const text = `![a\n${'x]{.u}\n'.repeat(lines)}[b]{.u} and [c\nd]{.u}\n`;
    expect(readSiteMarkup(text).text).toBe(`![a\n${'x]{.u}\n'.repeat(lines)}b      and  c \nd     \n`);
  });
});
