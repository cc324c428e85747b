/**
 * A Jupyter notebook is read as one note: its Markdown cells as they are, its code cells as fenced code in the
 * notebook's language, outputs and raw cells left out; lines are those of the notebook's file.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSource } from '../../src/parse/index.js';
import { readNotebook } from '../../src/parse/notebook.js';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { cellsOf, notebook } from '../helpers/notebook.js';

const softmax = notebook([
  { type: 'markdown', source: ['# Interview questions\n'] },
  { type: 'markdown', source: ['## 1. What is overfitting?\n', '\n', 'Fitting the noise of the training data.'] },
  { type: 'markdown', source: ['## 2. Implement softmax.'] },
  { type: 'code', source: ['def softmax(z):\n', '    e = np.exp(z - z.max())\n', '    return e / e.sum()'], outputs: [{ name: 'stdout', output_type: 'stream', text: ['[0.09 0.24 0.67]\n'] }] },
  { type: 'raw', source: ['raw text'] },
]);

describe('a notebook', () => {
  it('is read from its cells: Markdown as written, code fenced in its language, outputs and raw cells left out', () => {
    expect(readNotebook(softmax)!.markdown).toBe(
      '# Interview questions\n\n## 1. What is overfitting?\n\nFitting the noise of the training data.\n\n## 2. Implement softmax.\n\n```python\ndef softmax(z):\n    e = np.exp(z - z.max())\n    return e / e.sum()\n```\n',
    );
  });

  it('fences code holding backticks with a longer run', () => {
    const read = readNotebook(notebook([{ type: 'code', source: ['s = """\n', '```\n', '"""'] }]))!;
    expect(read.markdown).toBe('````python\ns = """\n```\n"""\n````\n');
  });

  it('is any JSON with nbformat and cells, whatever the file is called; other JSON and text are not', () => {
    expect(readNotebook('{"nbformat": 4, "cells": []}')).toBeDefined();
    expect(readNotebook('{"name": "qbank", "nbformat": "no cells"}')).toBeUndefined();
    expect(readNotebook('{ "nbformat": 4, "cells": [ broken')).toBeUndefined();
    expect(readNotebook('## What is "nbformat"?\n\nJupyter\'s file format.\n')).toBeUndefined();
  });

  it('writes an empty code cell under a Markdown cell as an empty code block (the place of the code its task asks for), and no other', () => {
    const read = readNotebook(notebook(cellsOf('Create a null vector of size 10', { code: '' }, { code: '' }, 'Reverse a vector', { code: '' })))!;
    expect(read.markdown).toBe('Create a null vector of size 10\n\n```python\n```\n\nReverse a vector\n\n```python\n```\n');
    expect(read.cells.map((cell) => [cell.type, read.markdown.slice(cell.start, cell.end)])).toEqual([
      ['markdown', 'Create a null vector of size 10'],
      ['code', '```python\n```'],
      ['markdown', 'Reverse a vector'],
      ['code', '```python\n```'],
    ]);
    // Its lines are the line above's: it writes none.
    const text = notebook(cellsOf('Reverse a vector', { code: '' }));
    const read2 = readNotebook(text)!;
    const taskLine = text.split('\n').findIndex((line) => line.includes('"Reverse a vector"')) + 1;
    expect(read2.markdown.split('\n').map((_, k) => read2.lineOf(k + 1))).toEqual([taskLine, taskLine, taskLine, taskLine, taskLine]);
  });

  it("reads nbformat 3's heading cells as headings of their level", () => {
    const version3 = JSON.stringify({
      nbformat: 3,
      metadata: {},
      worksheets: [{ cells: [{ cell_type: 'heading', level: 2, source: ['Neophyte'] }, { cell_type: 'markdown', source: ['Create a null vector'] }] }],
    });
    expect(readNotebook(version3)!.markdown).toBe('## Neophyte\n\nCreate a null vector\n');
  });

  it('marks each paragraph that opens a Markdown cell: where the cell ends, whether it is the whole cell, and the kind of the cell after it', () => {
    const text = notebook(cellsOf('Reverse a vector', { code: 'z = z[::-1]' }, 'Some prose.\n\nMore prose.', { code: 'x = 1' }, '## Part 2\n\nIn it.', 'The end.'));
    const doc = parseSource({ file: 'nb.ipynb', text, vfile: new VFile({ path: 'nb.ipynb', value: text }) });
    const markdown = readNotebook(text)!.markdown;
    const ends = ['Reverse a vector', 'More prose.', 'The end.'].map((last) => markdown.indexOf(last) + last.length);
    expect(doc.tree.children.map((block) => [block.type, block.type === 'paragraph' ? (block.data?.cell ?? null) : null])).toEqual([
      ['paragraph', { end: ends[0], whole: true, next: 'code' }],
      ['code', null],
      // Two paragraphs of one cell: the first opens it.
      ['paragraph', { end: ends[1], whole: false, next: 'code' }],
      ['paragraph', null],
      ['code', null],
      // A heading opens this one.
      ['heading', null],
      ['paragraph', null],
      ['paragraph', { end: ends[2], whole: true, next: undefined }],
    ]);
  });

  it('is a source of format `notebook`, and says what was left out', () => {
    const vfile = new VFile({ path: 'nb.ipynb', value: softmax });
    const doc = parseSource({ file: 'nb.ipynb', text: softmax, vfile });
    expect(doc.format).toBe('notebook');
    expect(messagesOf(vfile)).toEqual(['1:notebook']);
    expect(vfile.messages[0]!.message).toBe('Read as a Jupyter notebook: its Markdown cells as a note, its code cells as code blocks; the outputs of 1 code cell are left out');
  });
});

describe("a notebook's lines", () => {
  it('are those of its file, line by line within a cell, whatever the writer: minified, sources as one string, nbformat 3', () => {
    const lineOf = (text: string, markdown: string) => {
      const read = readNotebook(text)!;
      return read.lineOf(read.markdown.split('\n').indexOf(markdown) + 1);
    };
    // Jupyter's layout: each line of a source on a line of its own.
    expect(['## 1. What is overfitting?', 'Fitting the noise of the training data.', '    e = np.exp(z - z.max())'].map((line) => lineOf(softmax, line))).toEqual(
      ['"## 1. What is overfitting?\\n"', '"Fitting the noise of the training data."', '"    e = np.exp(z - z.max())\\n"'].map((json) => softmax.split('\n').findIndex((line) => line.includes(json)) + 1),
    );
    const minified = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['## What is X?\n', '\n', 'Y.'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    expect(lineOf(minified, 'Y.')).toBe(1);
    const oneString = '{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "source": "## What is X?\\r\\n\\r\\nY."\n  },\n  {\n   "cell_type": "markdown",\n   "source": "## What is Z?"\n  }\n ],\n "nbformat": 4\n}\n';
    expect(readNotebook(oneString)!.markdown).toBe('## What is X?\n\nY.\n\n## What is Z?\n');
    expect([lineOf(oneString, 'Y.'), lineOf(oneString, '## What is Z?')]).toEqual([5, 9]);
    const version3 = '{\n "metadata": {"name": ""},\n "nbformat": 3,\n "worksheets": [{\n  "cells": [\n   {"cell_type": "markdown", "metadata": {}, "source": [\n    "#### 1. Import numpy as np"\n   ]},\n   {"cell_type": "code", "collapsed": false, "input": [\n    "import numpy as np"\n   ], "language": "python", "metadata": {}, "outputs": []}\n  ]\n }]\n}\n';
    const read = readNotebook(version3)!;
    expect(read.markdown).toBe('#### 1. Import numpy as np\n\n```\nimport numpy as np\n```\n');
    expect([lineOf(version3, '#### 1. Import numpy as np'), lineOf(version3, 'import numpy as np')]).toEqual([7, 10]);
  });
});

describe('the questions of a notebook', () => {
  it('are found as in a Markdown note, each at the line of the file that holds it, a code cell answering the task above it', () => {
    const { questions } = readNote(softmax, 'nb.ipynb');
    const lines = softmax.split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(JSON.stringify(text))) + 1;
    expect(questions.map((question) => [question.question, question.kind, question.occurrences[0]!.line])).toEqual([
      ['What is overfitting?', 'concept', lineOf('## 1. What is overfitting?\n')],
      ['Implement softmax.', 'coding', lineOf('## 2. Implement softmax.')],
    ]);
    expect(questions[1]!.answer!.markdown).toBe('```python\ndef softmax(z):\n    e = np.exp(z - z.max())\n    return e / e.sum()\n```');
  });
});

describe('tags after a question in a notebook', () => {
  it('file the question, as in a Markdown note, though the question stands at the line of the file and not of its Markdown', () => {
    const text = notebook(cellsOf('# Flashcards', '## What is dropout? #card #dl', 'Zeroing random units.', '## What is momentum? #opt', 'A running average of gradients.'));
    const { questions } = readNote(text, 'nb.ipynb');
    expect(questions.map((question) => [question.question, question.tags])).toEqual([
      ['What is dropout?', ['dl']],
      ['What is momentum?', ['opt']],
    ]);
  });
});

describe("a notebook's brackets and formulas", () => {
  it('are as Jupyter reads them: `\\[` escapes a bracket, math stands between `$` (a question writes its math as `\\(…\\)`)', () => {
    const text = notebook(cellsOf('## 10. Find indices of non-zero elements from \\[1,2,0,0,4,0\\]', { code: 'np.nonzero([1,2,0,0,4,0])' }, '## 11. What is $\\sigma(x)$ at \\(0\\)?', 'Half: $\\sigma(0) = 0.5$.'));
    const { questions } = readNote(text, 'nb.ipynb');
    expect(questions.map((question) => question.question)).toEqual(['Find indices of non-zero elements from [1,2,0,0,4,0]', 'What is \\(\\sigma(x)\\) at (0)?']);
    expect(questions[1]!.answer!.markdown).toBe('Half: $\\sigma(0) = 0.5$.');
  });

  it('are TeX in a Markdown note, where `\\(` opens a formula', () => {
    const { questions } = readNote('## What is $\\sigma(x)$ at \\(0\\)?\n\nHalf.\n');
    expect(questions[0]!.question).toBe('What is \\(\\sigma(x)\\) at \\(0\\)?');
  });
});
