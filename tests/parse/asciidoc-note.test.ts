/** AsciiDoc notes (`.adoc`, `.asciidoc`): read as the Markdown they stand for, line for line. */
import { describe, expect, it } from 'vitest';
import { asciidocToMarkdown } from '../../src/parse/asciidoc-note.js';
import { messagesOf, readFixture, readNote } from '../helpers/read-note.js';

const asked = (text: string, file = 'notes.adoc') =>
  readNote(text, file).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

/** The one question of a note under `=== What is it?`, its answer as Markdown. */
const answerOf = (body: string) => readNote(`=== What is it?\n\n${body}\n`, 'notes.adoc').questions[0]!.answer?.markdown ?? null;

describe('an AsciiDoc note', () => {
  it('asks with its section titles and answers with what is under them, its sections the topics, each question at its own line of the file', () => {
    const { questions, summary, vfile } = readFixture('asciidoc-note.adoc');
    expect(summary.format).toBe('asciidoc');
    expect(summary.title).toBe('MLOps Interview Notes');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic, question.answer?.markdown ?? null])).toEqual([
      [
        'What is the difference between batch and online inference?',
        10,
        'Serving',
        'Batch inference precomputes predictions on a schedule and stores them; online inference computes a prediction per request with a latency budget.',
      ],
      [
        'How do you roll out a new model safely?',
        14,
        'Serving',
        // An admonition is a quote under its label; the section title under it is no part of the answer.
        '- Shadow deployment: new model runs on live traffic, predictions not served\n- Canary: a small % of traffic, watch metrics\n- A/B test for business impact\n\n> **Note:** Always keep the previous model warm for instant rollback.',
      ],
      [
        'What is training–serving skew?',
        24,
        'Monitoring',
        'Differences between features at training and serving time (different code paths, stale data).\n\n```python\n# same transform function used in both pipelines\ndef featurize(row):\n    return {"age_bucket": row["age"] // 10}\n```',
      ],
      // `'''` is a rule and `[.text-center]` a role: neither answers it (the page's "Last updated" footer is left out as any note's is).
      ['What metrics would you alert on?', 35, 'Monitoring', null],
    ]);
    // Each occurrence's question is its line as the file writes it.
    expect(questions[0]!.occurrences[0]!.question).toBe('=== What is the difference between batch and online inference?');
    // The header under the title is told where it is left out.
    expect(messagesOf(vfile)).toEqual(['40:site-chrome', '1:asciidoc-note', '2:asciidoc-note']);
    expect(vfile.messages[2]!.message).toBe(
      'Left out the author line (Kim Minsu <minsu@example.com>), the revision line (v1.2, 2024-04-10) and 3 attribute entries (:toc: left, :icons: font, :source-highlighter: rouge) (lines 2-6)',
    );
  });

  it('reads the values its attribute entries give where the text names them, and leaves out and tells of comments and includes', () => {
    const note =
      '= Prep\n:url-adam: https://arxiv.org/abs/1412.6980\n\n// TODO: more optimisers\n== What is Adam?\n\nSee {url-adam}[the paper].\n\n////\n== A draft question?\nNot yet.\n////\n\ninclude::more.adoc[]\n';
    const { questions, vfile } = readNote(note, 'prep.adoc');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is Adam?', 'See [the paper](https://arxiv.org/abs/1412.6980).']]);
    expect(vfile.messages.map((message) => [message.line, message.message])).toEqual([
      [1, 'Read as an AsciiDoc note: its sections, blocks, lists and markup as the Markdown they stand for'],
      [2, 'Left out the attribute entry (:url-adam: https://arxiv.org/abs/1412.6980) (line 2)'],
      [4, 'Left out a comment (TODO: more optimisers) (line 4)'],
      [9, 'Left out a comment (lines 9-12)'],
      [14, 'Left out an include (the file it names is not read) (more.adoc) (line 14)'],
    ]);
    // A line right under the title that asks is the note's text, not its author.
    expect(asked('= ML Notes\nWhat is overfitting?\nFitting noise.\n')).toEqual([['What is overfitting?', 2, 'Fitting noise.']]);
  });

  it('reads listing, literal and passthrough blocks as code and math, in the language their attribute line names', () => {
    expect(answerOf('[source,python]\n----\nx = 1  # <1>\n----\n<1> a callout')).toBe('```python\nx = 1\n```\n\n1. a callout');
    expect(answerOf('[,sql]\n----\nSELECT 1;\n----')).toBe('```sql\nSELECT 1;\n```');
    expect(readNote(':source-language: go\n\n== What is it?\n\n[source]\n----\nfmt.Println(1)\n----\n', 'go.adoc').questions[0]!.answer?.markdown).toBe('```go\nfmt.Println(1)\n```');
    expect(answerOf('[source,python]\nprint(1)\nprint(2)\n\nAfter.')).toBe('```python\nprint(1)\nprint(2)\n```\n\nAfter.');
    expect(answerOf('....\n$ pip install torch\n....')).toBe('```\n$ pip install torch\n```');
    expect(answerOf('Run:\n\n  pip install torch\n    --upgrade')).toBe('Run:\n\n```\npip install torch\n  --upgrade\n```');
    expect(answerOf('----\n```\nfenced\n```\n----')).toBe('````\n```\nfenced\n```\n````');
    expect(answerOf('[stem]\n++++\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n++++')).toBe('$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n$$');
  });

  it('reads quotes as quotes, admonitions as quotes under their label, and sidebars and examples as their content', () => {
    expect(answerOf('[quote, George Box]\n____\nAll models are wrong.\n____')).toBe('> All models are wrong.\n> — George Box');
    expect(answerOf('WARNING: Never tune on the test set.\nIt leaks.')).toBe('> **Warning:** Never tune on the test set.\n> It leaks.');
    expect(answerOf('[TIP]\n====\nUse a warm-up.\n\nAnd decay.\n====')).toBe('> **Tip:**\n> Use a warm-up.\n>\n> And decay.');
    expect(answerOf('****\nA sidebar.\n****\n\n====\nAn example.\n====')).toBe('A sidebar.\n\nAn example.');
    // An admonition's title stands after its label, as Asciidoctor shows it beside the label.
    expect(answerOf('[TIP]\n.Remember\n====\nUse a warm-up.\n====')).toBe('> **Tip: Remember**\n> Use a warm-up.');
  });

  it('reads lists as Markdown lists, nested as their markers nest them, a block after a continuation in its item', () => {
    expect(answerOf('* one\n** nested\n* two\n* [x] done')).toBe('- one\n  - nested\n- two\n- [x] done');
    expect(answerOf('. Forward\n.. activations\n. Backward\n+\n[source,python]\n----\nloss.backward()\n----\n. Update')).toBe(
      '1. Forward\n   1. activations\n2. Backward\n\n   ```python\n   loss.backward()\n   ```\n3. Update',
    );
    expect(answerOf('L1:: drives weights to zero\nL2::\n  shrinks them')).toBe('- L1: drives weights to zero\n- L2:\n  shrinks them');
  });

  it("asks with a description list's terms that ask, a block title that asks, and a collapsible example's title", () => {
    const note =
      '== Regularisation\n\nWhat is dropout?:: Zeroing units at random.\nWhat is weight decay?:: An L2 penalty.\n\n== Normalisation\n\n.What is batch norm?\nNormalising over the batch.\n\n.What is layer norm?\n[%collapsible]\n====\nNormalising over the features.\n====\n';
    expect(asked(note)).toEqual([
      ['What is dropout?', 3, 'Zeroing units at random.'],
      ['What is weight decay?', 4, 'An L2 penalty.'],
      ['What is batch norm?', 8, 'Normalising over the batch.'],
      ['What is layer norm?', 11, 'Normalising over the features.'],
    ]);
  });

  it('reads its markup in text as Markdown writes it, and what Markdown would read and AsciiDoc does not as text', () => {
    const note =
      ':imagesdir: img\n\n=== Why is stem:[\\sqrt{d_k}] in attention?\n\n*Scaling* keeps _latexmath:[QK^T]_ small (see `softmax`, https://arxiv.org/abs/1706.03762[the paper] and link:notes.pdf[my notes]).footnote:[Vaswani et al.]\nIt costs $5 in a*b*c, not in snake_case, +*literally*+ or __init__. +\nimage::attention.png[Attention, 300] <<_what_is_adam,Adam>> kbd:[Ctrl+C]\n';
    expect(asked(note)).toEqual([
      [
        'Why is \\(\\sqrt{d_k}\\) in attention?',
        3,
        '**Scaling** keeps *$QK^T$* small (see `softmax`, [the paper](https://arxiv.org/abs/1706.03762) and [my notes](notes.pdf)). (Vaswani et al.)\nIt costs \\$5 in a\\*b\\*c, not in snake_case, \\*literally\\* or *init*.\\\n![Attention](img/attention.png) Adam `Ctrl+C`',
      ],
    ]);
  });

  it("shows a cross reference that gives no words as its section's title, by the section's anchor or the id Asciidoctor gives it", () => {
    const note = '[[q1]]\n== What is Adam?\n\nAn optimiser.\n\n== What is AdamW?\n\nAdam (<<q1>>) with decoupled weight decay; see <<_what_is_adam>> and <<q1,the first>>.\n';
    expect(asked(note)[1]).toEqual(['What is AdamW?', 6, 'Adam (What is Adam?) with decoupled weight decay; see What is Adam? and the first.']);
  });

  it('reads a table whose header row a blank line ends as a Markdown table, and any other its rows as text', () => {
    expect(answerOf('|===\n| Norm | Effect\n\n| L1 | sparse\n| L2 | small\n|===')).toBe('| Norm | Effect |\n| ---- | ------ |\n| L1   | sparse |\n| L2   | small  |');
    expect(answerOf('|===\n| L1 | sparse\n| L2 | small\n|===')).toBe('L1 | sparse\\\nL2 | small');
  });

  it('leaves out the markup that prints nothing: block attribute lines, anchors, rules as rules, page breaks', () => {
    expect(answerOf("[[bias]]\n[.lead]\nA paragraph.\n\n'''\n\n<<<\n\nAnother.")).toBe('A paragraph.\n\n---\n\nAnother.');
    // A line that names no style this reader knows is text, as written.
    expect(answerOf('[1, 2, 3]')).toBe('\\[1, 2, 3]');
  });

  it('ends a paragraph at a section title and at a list item, a blank line between them or not, and opens no block at a delimiter nothing closes', () => {
    expect(asked('== What is bagging?\nBootstrap aggregating.\n== What is boosting?\nSequential fitting.\n----\nnot code\n')).toEqual([
      ['What is bagging?', 1, 'Bootstrap aggregating.'],
      ['What is boosting?', 3, 'Sequential fitting.\n\nnot code'],
    ]);
    expect(answerOf('Signs:\n* high train accuracy\n* low test accuracy')).toBe('Signs:\n\n- high train accuracy\n- low test accuracy');
  });

  it('writes the Markdown line for line, whatever the note holds, and reads a long line of marks nothing closes to its end', () => {
    const note = '= T\nA. Author\n\n== S\n\n[source,python]\n----\nx\n----\n\n* a\n+\n--\nb\n--\n';
    expect(asciidocToMarkdown(note).markdown.split('\n')).toHaveLength(note.split('\n').length);
    // A line of marks nothing closes, read by patterns bounded in how far they look (the Markdown reader's own cost is not this test's).
    const long = asciidocToMarkdown(`== What does this print?\n\n${'*a _b `c +d #e '.repeat(50_000)}\n`).markdown.split('\n');
    expect(long).toHaveLength(4);
    expect(long[2]!.startsWith('\\*a \\_b `c +d #e \\*a')).toBe(true);
  });

  it('is told by its name: a Markdown note about AsciiDoc, quoting its blocks in code, is read as Markdown', () => {
    const about = '# What is a listing block?\n\nIt holds code:\n\n```\n[source,python]\n----\nprint(1)\n----\n```\n\n# How do you write a section?\n\nWith `==`.\n';
    const { questions, summary } = readNote(about, 'about-asciidoc.md');
    expect(summary.format).toBe('markdown');
    expect(questions.map((question) => question.question)).toEqual(['What is a listing block?', 'How do you write a section?']);
    expect(readNote('== What is dropout?\n\nZeroing units.\n', 'notes.ASCIIDOC').summary.format).toBe('asciidoc');
  });
});
