/**
 * A TiddlyWiki tiddler (a `.tid` file, or its text, told by its type field or its `!` headings) is read as the Markdown it
 * stands for, line for line: its fields give the note's title and tags and are left out with a note, its `!` headings
 * are headings, so a heading that asks without `?` is a question of its own, and its lists, code, quotes, math and
 * markup are a Markdown note's own.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { isTiddlyWikiNote, tiddlyWikiToMarkdown } from '../../src/parse/tiddlywiki-note.js';

const asked = (text: string, file = 'optimizers.tid') =>
  readNote(text, file).questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line]);

describe('a TiddlyWiki tiddler', () => {
  it('reads each !! heading as a question, one that asks without ? too, its title field the note\'s title, its tags every question\'s', () => {
    // rv10: `Adam vs AdamW` was a line of the answer above it, the questions kept their `!! `, and ''…'' stayed as written.
    const tiddler = ['created: 20240305120000000', 'modified: 20240310093015000', 'tags: Interview [[Deep Learning]]', 'title: Optimizer Questions', 'type: text/vnd.tiddlywiki', '', '! Optimizer Questions', '', '!! What is momentum in SGD?', "It accumulates past gradients: ''v = βv + g''.", '', '!! Adam vs AdamW', 'AdamW decouples weight decay.', '', '!! Why does learning-rate decay help?', '* Large steps early', '* Small steps late'].join('\n');
    const read = readNote(tiddler, 'optimizers.tid');
    expect(read.summary).toMatchObject({ format: 'wiki', title: 'Optimizer Questions' });
    expect(asked(tiddler)).toEqual([
      ['What is momentum in SGD?', 'It accumulates past gradients: **v = βv + g**.', 9],
      ['Adam vs AdamW', 'AdamW decouples weight decay.', 12],
      ['Why does learning-rate decay help?', '- Large steps early\n- Small steps late', 15],
    ]);
    expect(read.questions.map((question) => question.tags)).toEqual([['deep-learning', 'interview'], ['deep-learning', 'interview'], ['deep-learning', 'interview']]);
    expect(read.questions[1]!.occurrences[0]!.question).toBe('!! Adam vs AdamW');
    expect(read.vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason])).toEqual([
      [1, 'Read as a TiddlyWiki tiddler: its headings, lists, code, quotes, tables and markup as the Markdown they stand for'],
      [1, "Left out the tiddler's fields (lines 1-5: created, modified, tags, title, type): its title is the note's title, its tags are every question's"],
    ]);
  });

  it('reads nested * and # lists, ; terms, <<< quotes, code, $$ math, links and its inline markup; macro calls, transclusions and widgets left out, each run told', () => {
    const tiddler = ['title: Attention', '', '<<toc-selective-expandable "Interview">>', '{{Glossary}}', '', '!! Why scale by sqrt(d)?', 'Grows with //d//; see [[Transformers|Transformer Notes]] and [ext[the paper|https://arxiv.org/abs/1706.03762]].', '* softmax saturates', '** gradients vanish', '# first', '## second', '', '; Query', ': what a token looks for', '<<<', 'Attention is all you need.', '<<< Vaswani et al.', '', '!! Write scaled dot-product attention', '```python', 'def attn(q, k, v): ...', '```', '$$', '\\mathrm{softmax}(QK^T/\\sqrt{d})V', '$$', 'Cost $$O(n^2)$$ in ~CamelCase, @@key@@, x^^2^^, a,,i,, and __this__: [img[a plot|plot.png]].', '<$list filter="[tag[x]]">', '</$list>'].join('\n');
    const read = readNote(tiddler, 'attention.tid');
    expect(asked(tiddler, 'attention.tid')).toEqual([
      ['Why scale by sqrt(d)?', 'Grows with *d*; see Transformers and [the paper](https://arxiv.org/abs/1706.03762).\n\n- softmax saturates\n  - gradients vanish\n\n1. first\n   1. second\n\n**Query**\n\nwhat a token looks for\n\n> Attention is all you need.\n> — Vaswani et al.', 6],
      ['Write scaled dot-product attention', '```python\ndef attn(q, k, v): ...\n```\n\n$$\n\\mathrm{softmax}(QK^T/\\sqrt{d})V\n$$\n\nCost $O(n^2)$ in CamelCase, <mark>key</mark>, x<sup>2</sup>, a<sub>i</sub> and this: ![a plot](plot.png).', 19],
    ]);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason]).slice(2)).toEqual([
      [3, "Left out a macro's call, a transclusion (lines 3-4): TiddlyWiki shows there what this file does not hold"],
      [27, "Left out a widget's tags (lines 27-28): TiddlyWiki shows there what this file does not hold"],
    ]);
  });

  it('reads a run of |cell| lines as a pipe table, its ! cells or h row the header, a caption row left out with a note, one with no room its lines of text', () => {
    const tiddler = ['title: Metrics', '', '!! Which metric suits which task?', '|!Task|!Metric|', "|Ranking|''AUC'', see [[ROC|ROC curve]]|", '|Detection|mAP|', '', '!! Which loss suits which task?', '|By task|c', '|Task|Loss|h', '|Regression|MSE|', '', '!! What is recall?', 'Found positives:', '|TP|FN|', 'Over all positives.'].join('\n');
    expect(asked(tiddler, 'metrics.tid').map(([question, answer]) => [question, answer])).toEqual([
      ['Which metric suits which task?', '| Task      | Metric           |\n| --------- | ---------------- |\n| Ranking   | **AUC**, see ROC |\n| Detection | mAP              |'],
      ['Which loss suits which task?', '| Task       | Loss |\n| ---------- | ---- |\n| Regression | MSE  |'],
      ['What is recall?', 'Found positives:\n|TP|FN|\nOver all positives.'],
    ]);
    expect(readNote(tiddler, 'metrics.tid').vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason]).slice(2)).toEqual([
      [9, "Left out the table's caption row (line 9): a pipe table has none"],
    ]);
  });

  it('reads a tiddler whose type is Markdown as the Markdown under its fields', () => {
    const tiddler = ['title: Regularisation', 'type: text/x-markdown', '', '## What is dropout?', '', 'Zeroing **units** at random.'].join('\n');
    expect(asked(tiddler, 'dropout.tid')).toEqual([['What is dropout?', 'Zeroing **units** at random.', 4]]);
    expect(readNote(tiddler, 'dropout.tid').summary).toMatchObject({ title: 'Regularisation' });
  });
});

describe('a tiddler\'s text in a .txt', () => {
  it('is one when its fields say its type is TiddlyWiki\'s, or when ! headings and TiddlyWiki\'s own markup tell it', () => {
    const fielded = ['title: Stats', 'type: text/vnd.tiddlywiki', '', '!! What is the bias-variance trade-off?', 'Less of one, more of the other.'].join('\n');
    expect(asked(fielded, 'stats.txt')).toEqual([['What is the bias-variance trade-off?', 'Less of one, more of the other.', 4]]);
    const copied = ['! ML', '', '!! Bias vs variance', "''Error'' from wrong assumptions.", '', '!! Explain variance', 'Sensitivity to the data.'].join('\n');
    expect(asked(copied, 'ml.txt').map(([question, answer]) => [question, answer])).toEqual([
      ['Bias vs variance', '**Error** from wrong assumptions.'],
      ['Explain variance', 'Sensitivity to the data.'],
    ]);
  });

  it('is none in a Markdown note whose !!! is an MkDocs admonition, or that writes Markdown\'s **bold**', () => {
    const admonition = ['!!! note "Tip"', '    Normalise first.', '', '! One', '! Two', '! Three'].join('\n');
    expect(readNote(admonition, 'tips.md').summary.format).toBe('markdown');
    const bold = ['!! Bias vs variance', '**Error** from wrong assumptions.', '', '!! Explain variance', "''Sensitivity'' to the data."].join('\n');
    expect(readNote(bold, 'ml.txt').summary.format).not.toBe('wiki');
  });
});

describe('a tiddler\'s hostile lines', () => {
  it('tells a note with a long word after << no tiddler in time', () => {
    // A macro's name of [\w.-]+ before [^<>\n]* tried each split of the word: 200,000 letters took two minutes.
    const lines = ['!! What is a macro?', `<<${'a'.repeat(200_000)}`, '', '!! What is a fence?', 'A line.'];
    expect(isTiddlyWikiNote('macro.txt', lines.join('\n'), lines)).toBe(false);
  });

  it('reads many fences nothing closes in time', () => {
    // Each fence searched all the lines under it for its closing one: 100,000 took minutes.
    const lines = ['!! What is a fence?', ...Array.from({ length: 100_000 }, () => '```python')];
    const markdown = tiddlyWikiToMarkdown(lines).markdown.split('\n');
    expect([markdown[0], markdown[1], markdown.length]).toEqual(['## What is a fence?', '\\`\\`\\`python', 100_001]);
  });

  it('leaves a long table with no room its lines of text in time', () => {
    // Each row of a table with no room was read as a table's first again, to the run's end.
    const lines = ['!! What is a table?', 'Text over it.', ...Array.from({ length: 100_000 }, () => '|a|b|'), 'Text under it.'];
    const markdown = tiddlyWikiToMarkdown(lines).markdown.split('\n');
    expect([markdown[2], markdown.at(-2), markdown.length]).toEqual(['|a|b|', '|a|b|', 100_003]);
  });
});
