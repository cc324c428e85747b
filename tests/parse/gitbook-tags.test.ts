/**
 * A GitBook page writes its tabs and hints in Liquid's braces (`{% tab title="…" %}`, `{% hint style="info" %}`):
 * qbank reads them as the book shows them, and names GitBook, not Jekyll, for the tags it leaves out.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSource } from '../../src/parse/index.js';
import { readNote } from '../helpers/read-note.js';

const page = [
  '## Horizontal vs vertical scaling?',
  '',
  '{% tabs %}',
  '{% tab title="Horizontal" %}',
  'Add more machines.',
  '{% endtab %}',
  '',
  '{% tab title="Vertical" %}',
  'Make one machine bigger.',
  '{% endtab %}',
  '{% endtabs %}',
  '',
  '{% hint style="info" %}',
  'Read DDIA chapter 6.',
  '{% endhint %}',
  '',
  '## What is consistent hashing?',
  '',
  '{% hint style="success" %}',
  '**Answer:** Keys go to the next server on a hash ring.',
  '{% endhint %}',
  '',
].join('\n');

const messages = (text: string) => {
  const vfile = new VFile({ path: 'page.md', value: text });
  parseSource({ file: 'page.md', text, vfile });
  return vfile.messages.map((message) => `${message.line}:${message.ruleId}: ${message.reason}`);
};

describe("GitBook's tags", () => {
  it('each tab is its title in bold over its body, as a Docusaurus tab is', () => {
    const [scaling] = readNote(page).questions;
    expect(scaling!.answer?.markdown).toMatch(/^\*\*Horizontal\*\*\nAdd more machines\.\n\n\*\*Vertical\*\*\nMake one machine bigger\./);
  });

  it('a hint is a box of its style: in an answer an aside, and over a labelled answer the answer itself', () => {
    const [scaling, hashing] = readNote(page).questions;
    expect(scaling!.answer?.markdown).toMatch(/\n\n> \*\*Info\*\*\n>\n> Read DDIA chapter 6\.$/);
    expect(hashing!.answer?.markdown).toBe('Keys go to the next server on a hash ring.');
  });

  it('are read without a note; a tag of a GitBook page left out is named as GitBook\'s', () => {
    expect(messages(page)).toEqual([]);
    expect(messages(`${page}\n{% embed url="https://youtu.be/x" %}\n`)).toEqual([
      '23:liquid-tag: Left out the Liquid tag `{% embed url="https://youtu.be/x" %}`: it only means something to GitBook',
    ]);
    expect(messages('---\ntitle: CNN\n---\n\n{% include toc %}\n\nIntro.\n')).toEqual(['5:liquid-tag: Left out the Liquid tag `{% include toc %}`: it only means something to Jekyll']);
  });

  it("a hint holding a line that asks is no aside: its body is the note's own question", () => {
    const { questions } = readNote('# ML\n\n{% hint style="info" %}\n**Q: What is overfitting?**\n\nFitting noise.\n{% endhint %}\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is overfitting?', 'Fitting noise.']]);
  });

  it('a hint never closed is no box: its tag is left out with a note, its text kept', () => {
    const text = '## What is sharding?\n\nSplitting data.\n\n{% hint style="info" %}\nBy key.\n';
    expect(readNote(text).questions[0]!.answer?.markdown).toBe('Splitting data.\n\nBy key.');
    expect(messages(text)).toEqual(['5:liquid-tag: Left out the Liquid tag `{% hint style="info" %}`: it only means something to GitBook']);
  });
});
