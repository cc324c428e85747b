/**
 * Pandoc's own Markdown (a Word document converted with `pandoc -t markdown`) writes its tables as simple,
 * multiline or grid tables: qbank reads them as the tables they are, in the answer they stand in.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { readPandocTables } from '../../src/parse/pandoc-tables.js';

const note = (table: string) => `**1. Explain the kernel trick.**\n\nInner products without the mapping.\n\n${table}\n\n**2. What is AUC?**\n\nThe area under the ROC curve.\n`;

const KERNELS = '| Kernel | Formula             |\n| ------ | ------------------- |\n| Linear | *x*·*y*             |\n| RBF    | exp(−γ‖*x* − *y*‖²) |';

const answers = (text: string) => readNote(text).questions.map((question) => [question.question, question.answer?.markdown, question.topic]);

describe('a pandoc simple table', () => {
  it('is a table in the answer when a header line stands over a rule whose dash runs mark its columns', () => {
    const { questions, vfile } = readNote(note('  Kernel   Formula\n  -------- ------------------------\n  Linear   *x*·*y*\n  RBF      exp(−γ‖*x* − *y*‖²)'));
    expect(questions[0]!.answer?.markdown).toBe(`Inner products without the mapping.\n\n${KERNELS}`);
    expect(questions[0]!.occurrences[0]!.line).toBe(1);
    expect(vfile.messages.filter((message) => message.ruleId === 'orphan-text')).toEqual([]);
  });

  it('is a table without a header between two rules of the same runs', () => {
    expect(readNote(note('  -------- -------\n  Linear   *x*·*y*\n  RBF      exp\n  -------- -------')).questions[0]!.answer?.markdown).toBe(
      'Inner products without the mapping.\n\n|        |         |\n| ------ | ------- |\n| Linear | *x*·*y* |\n| RBF    | exp     |',
    );
  });

  it('is no table when a header word stands outside the dash runs', () => {
    expect(readNote(note('  Kernel function\n  ---- ----------\n  Linear   x·y')).questions[0]!.answer?.markdown).not.toContain('|');
  });

  it('is no table when the rule is one run of dashes (a rule or an underline)', () => {
    expect(answers('## Kernels\n\nWhat is a kernel?\n---\n\nA similarity.\n').map(([question]) => question)).toEqual(['What is a kernel?']);
  });
});

describe('a pandoc multiline table', () => {
  it('is a table in the answer, its cells joined over their lines, its last row no topic of the next question', () => {
    const table = ['  ---------------------------------', '  Kernel     Formula', '  ---------- ----------------------', '  Linear     *x*·*y*', '', '  RBF        exp(−γ‖*x* − *y*‖²),', '             a Gaussian', '  ---------------------------------'];
    const read = answers(`## Kernels\n\n${note(table.join('\n'))}`);
    expect(read[0]![1]).toContain('| RBF    | exp(−γ‖*x* − *y*‖²), a Gaussian |');
    expect(read.map(([, , topic]) => topic)).toEqual(['Kernels', 'Kernels']);
  });
});

describe('a pandoc grid table', () => {
  it('is a table in the answer, its header the row above the = border', () => {
    const table = '+--------+-----------+\n| Kernel | Formula   |\n+========+===========+\n| Linear | x·y       |\n+--------+-----------+\n| RBF    | exp(-γ‖x  |\n|        | − y‖²)    |\n+--------+-----------+';
    expect(readNote(note(table)).questions[0]!.answer?.markdown).toBe(
      'Inner products without the mapping.\n\n| Kernel | Formula         |\n| ------ | --------------- |\n| Linear | x·y             |\n| RBF    | exp(-γ‖x − y‖²) |',
    );
  });

  it('is no table when a line between its borders leaves a column edge open (a spanned cell)', () => {
    const table = '+--------+-----------+\n| Kernel   Formula    |\n+--------+-----------+';
    expect(readNote(note(table)).questions[0]!.answer?.markdown).not.toContain('| ---');
  });
});

describe("a pandoc table's caption", () => {
  const table = '  Kernel   Formula\n  -------- --------\n  Linear   x·y\n  RBF      exp';
  const piped = '| Kernel | Formula |\n| ------ | ------- |\n| Linear | x·y     |\n| RBF    | exp     |';

  it('is an emphasised line under the table, without its `:` or `Table:` mark: it names what the table holds', () => {
    expect(answers(note(`${table}\n\n: Common kernels`))[0]![1]).toContain(`${piped}\n\n*Common kernels*`);
    expect(answers(note(`${table}\n\nTable: Common kernels`))[0]![1]).toContain(`${piped}\n\n*Common kernels*`);
  });

  it('stays over the table where the author wrote it there', () => {
    expect(answers(note(`Table: Common kernels\n\n${table}`))[0]![1]).toContain(`*Common kernels*\n\n${piped}`);
  });

  it('names no section: the question after it keeps its topic, and the caption stays in the answer', () => {
    const rows = answers(`# Kernels\n\n## SVM\n\n**What kernels do SVMs use?**\n\n${table}\n\n: Common Kernels\n\n**What is the margin?**\n\nThe gap.\n`);
    expect(rows.map((row) => row[2])).toEqual(['SVM', 'SVM']);
    expect(rows[0]![1]).toContain('*Common Kernels*');
  });
});

describe('a note of many pandoc tables', () => {
  it('has each read in its place and its caption under it: one walk of the tree places them all, not one walk for each table (quadratic: 8,000 tables took 37 s)', () => {
    const count = 12_000;
    const text = Array.from({ length: count }, (_, k) => `Para ${k}.\n\nName   Value\n-----  -----\na${k}     b${k}\nc      d\n\n: Table ${k}\n`).join('\n');
    const { tree } = parseMarkdown(text);
    readPandocTables(tree, text, text.split('\n'));
    const tables = tree.children.filter((block) => block.type === 'table');
    expect(tables).toHaveLength(count);
    expect(tables.map((table) => table.position!.start.line)).toEqual(Array.from({ length: count }, (_, k) => 9 * k + 3));
    const captions = tree.children.filter((block) => block.type === 'paragraph' && block.data?.tableCaption);
    expect(captions).toHaveLength(count);
  });
});
