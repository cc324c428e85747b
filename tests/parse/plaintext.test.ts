import { describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { toString } from 'mdast-util-to-string';

describe('parsePlainText', () => {
  it('takes the first line as the title and leaves out site chrome and the repeated title', () => {
    const parsed = parsePlainText('Skip to content\n\nMy Notes\n\nMy Notes\n\nWhat is X?\nBuilt with Hugo\n');
    expect(parsed.title).toEqual({ text: 'My Notes', line: 3 });
    expect(parsed.leftOut).toEqual([
      { line: 1, text: 'Skip to content', reason: 'site-chrome' },
      { line: 5, text: 'My Notes', reason: 'repeated-title' },
      { line: 8, text: 'Built with Hugo', reason: 'site-chrome' },
    ]);
    expect(parsed.tree.children).toHaveLength(1);
  });

  it('takes no first line labelled as a question for the title, its question wrapped onto the next line', () => {
    const parsed = parsePlainText('Q: When training on imbalanced data, which metrics\nwould you report and why?\nA: PR-AUC.\n');
    expect(parsed.title).toBeUndefined();
    expect(toString(parsed.tree.children[0]!)).toMatch(/^Q: When training on imbalanced data, which metrics\s+would you report and why\?/);
  });

  it('takes no first line numbered as a question, asking before what follows on its line, for the title', () => {
    expect(parsePlainText('1. Which is an activation? (A) ReLU (B) Adam\n   - Answer: A\n2. Which is an optimiser?\n').title).toBeUndefined();
    // A numbered title that asks nothing is a title still.
    expect(parsePlainText('1. Introduction\n\nWhat is X?\n').title).toEqual({ text: '1. Introduction', line: 1 });
  });

  it('takes no first line that asks, then answers after an arrow or a dash, for the title: the first card of a note of one card per line', () => {
    expect(parsePlainText('과적합이란? -> 학습 데이터에 과하게 맞춰지는 현상\n정규화를 하는 이유? -> 과적합을 막기 위해\n').title).toBeUndefined();
    expect(parsePlainText('What is overfitting? → Fitting noise\nWhy regularize? → To reduce overfitting\n').title).toBeUndefined();
    // Nothing after the arrow yet: it asks still.
    expect(parsePlainText('What is AUC? →\nWhat is ROC? → TPR against FPR\n').title).toBeUndefined();
    // An arrow with no question mark before it names the page's subject.
    expect(parsePlainText('ML → DL 정리\n\n과적합이란? → 학습 데이터에 과하게 맞춰지는 현상\n').title).toEqual({ text: 'ML → DL 정리', line: 1 });
  });

  it('nests • bullets by indentation', () => {
    const parsed = parsePlainText('Title\n\nQ?\n\n  • top\n    • nested\n  • second\n');
    const list = parsed.tree.children[1] as List;
    expect(list.children).toHaveLength(2);
    expect(list.children[0]!.children[1]).toMatchObject({ type: 'list', children: [{ type: 'listItem' }] });
  });

  it("nests bullets by their glyphs where a copy from Word, OneNote or Google Docs lost the indentation (`•` over `o` over `§`, `●` over `○`)", () => {
    const word = parsePlainText('Title\n\n• What is a CDN?\no\tEdge servers.\n§\tNear users.\n• What does DNS do?\no\tResolves names.\n');
    const list = word.tree.children[0] as List;
    expect(list.children.map((item) => toString(item.children[0]!))).toEqual(['What is a CDN?', 'What does DNS do?']);
    const under = list.children[0]!.children[1] as List;
    expect(under.children.map((item) => toString(item.children[0]!))).toEqual(['Edge servers.']);
    expect(toString(under.children[0]!.children[1]!)).toBe('Near users.');
    const docs = parsePlainText('Title\n\n●\tWhat is a mutex?\n○\tA lock with one owner.\n●\tWhat is a semaphore?\n');
    expect((docs.tree.children[0] as List).children.map((item) => toString(item.children[0]!))).toEqual(['What is a mutex?', 'What is a semaphore?']);
    // Bullets of one level typed with different glyphs, none a lower level's, stay one list's items.
    const mixed = parsePlainText('Title\n\n- What is X?\n• What is Y?\n');
    expect((mixed.tree.children[0] as List).children).toHaveLength(2);
  });

  it("reads a letter and a tab leading a line (`a.⇥`), as Word copies a lettered list's item, as an item", () => {
    const parsed = parsePlainText('OS review\n\n1.\tWhat is thrashing?\na.\tThe system spends its time paging.\nb.\tIt follows overcommitted memory.\n');
    const list = parsed.tree.children.find((node): node is List => node.type === 'list');
    expect(list?.children.map((item) => toString(item))).toEqual(['The system spends its time paging.', 'It follows overcommitted memory.']);
  });

  it('reads a middle dot leading a line as a phone\'s bullet, spaced or not, and one within a line as text', () => {
    // Korean phone keyboards type `·` and `ㆍ` for bullets, with no space after them.
    const parsed = parsePlainText('면접 전날 폰으로 정리한거\n·오버피팅 이란? 새 데이터에 성능 떨어지는거\nㆍ해결법? 드롭아웃\n· pooling 왜씀? 연산량 줄이기\nAttention is all you need · BERT\n');
    const [list, after] = parsed.tree.children;
    expect((list as List).children.map((item) => toString(item))).toEqual(['오버피팅 이란? 새 데이터에 성능 떨어지는거', '해결법? 드롭아웃', 'pooling 왜씀? 연산량 줄이기']);
    expect(toString(after!)).toBe('Attention is all you need · BERT');
    // A row of dots is a divider, left out as chrome, not an item.
    expect(parsePlainText('Title\n\n· · ·\n').leftOut).toEqual([{ line: 3, text: '· · ·', reason: 'site-chrome' }]);
  });

  it('reads a checklist\'s boxes, Keep\'s ☐ and ☑ or Markdown\'s `- [ ]` and `- [x]`, as a task list\'s, the box no part of the item', () => {
    const items = (text: string) => (parsePlainText(text).tree.children[0] as List).children.map((item) => [item.checked, toString(item)]);
    expect(items('Stats to review\n☐ What is a p-value?\n☑ Explain power of a test\n• Bootstrap\n')).toEqual([
      [false, 'What is a p-value?'],
      [true, 'Explain power of a test'],
      [null, 'Bootstrap'],
    ]);
    expect(items('Stats to review\n- [ ] What is a p-value?\n- [x] Explain power of a test\n')).toEqual([
      [false, 'What is a p-value?'],
      [true, 'Explain power of a test'],
    ]);
  });

  it('starts a new list after a gap of two blank lines, where a heading was lost', () => {
    const parsed = parsePlainText('Title\n\nQ?\n\n  • one\n\n\n  • two\n');
    expect(parsed.tree.children.map((node) => [node.type, node.data && 'blankLinesBefore' in node.data ? node.data.blankLinesBefore : undefined])).toEqual([
      ['paragraph', 1],
      ['list', 1],
      ['list', 2],
    ]);
  });

  it('recognises code without fences and flags lost indentation', () => {
    const parsed = parsePlainText('Title\n# 1. Implement relu\ndef relu(x):\nreturn np.maximum(0, x)\nNext line of prose here.\n');
    expect(parsed.tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(parsed.tree.children[1]).toMatchObject({ lang: 'python', value: 'def relu(x):\nreturn np.maximum(0, x)', data: { indentationLost: true } });
  });

  it('recognises a SQL query in capitals as code, and a sentence that names its clauses as prose', () => {
    const parsed = parsePlainText('Title\nWrite a query for the 2nd highest salary.\nSELECT MAX(salary) FROM emp\nWHERE salary < (SELECT MAX(salary) FROM emp);\nWHERE filters rows before grouping, HAVING filters groups.\n');
    expect(parsed.tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(parsed.tree.children[1]).toMatchObject({ lang: 'sql', value: 'SELECT MAX(salary) FROM emp\nWHERE salary < (SELECT MAX(salary) FROM emp);' });
  });

  it("does not take a reply's mention of a user for a Python decorator: a handle has hyphens, and words follow it", () => {
    const parsed = parsePlainText('Title\n\nWhat does a 1x1 convolution do?\n@minho-lee\n@seoyeon good point, 1x1 too\n@property\ndef area(self):\n    return self.w * self.h\n');
    expect(parsed.tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'What does a 1x1 convolution do?'],
      ['paragraph', '@minho-lee'],
      ['paragraph', '@seoyeon good point, 1x1 too'],
      ['code', '@property\ndef area(self):\n    return self.w * self.h'],
    ]);
  });

  it('keeps pasted code one block: an import opens it, and an expression of names and operators (`A.T @ A`) goes on with it', () => {
    const parsed = parsePlainText('How do you compute the Gram matrix in NumPy?\nimport numpy as np\nA = np.random.rand(3, 3)\nA.T @ A\nprint(A.T)\n');
    expect(parsed.tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'How do you compute the Gram matrix in NumPy?'],
      ['code', 'import numpy as np\nA = np.random.rand(3, 3)\nA.T @ A\nprint(A.T)'],
    ]);
  });

  it('opens code at an expression with a statement right under it, and leaves a sentence that imports words prose', () => {
    const parsed = parsePlainText('What is the shape of the result?\nA.T @ A\nprint(A.shape)\n\nimport this module as well\n');
    expect(parsed.tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'What is the shape of the result?'],
      ['code', 'A.T @ A\nprint(A.shape)'],
      ['paragraph', 'import this module as well'],
    ]);
  });

  it('does not take "name = words" answer lines for code', () => {
    const parsed = parsePlainText('Title\nA: Bias = error from wrong assumptions (underfitting)\nL2 = small weights (prevents overfitting)\n');
    expect(parsed.tree.children.every((node) => node.type === 'paragraph')).toBe(true);
  });

  it('reads display math lines and inline \\(..\\) math', () => {
    const parsed = parsePlainText('Title\n\n\\[ a = b \\]\n\nwith \\(x_i\\) inside\n');
    expect(parsed.tree.children[0]).toMatchObject({ type: 'math', value: 'a = b' });
    expect(parsed.tree.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'with ' }, { type: 'inlineMath', value: 'x_i' }, { type: 'text', value: ' inside' }] });
  });

  it('reads a long line the copy wrapped mid-sentence, and the lower-case line going on with it, as one paragraph', () => {
    const text = [
      'Title',
      'What is L2 regularization?',
      'L2 regularization adds the squared weights to the loss. It penalizes large weights and pushes',
      'them toward zero without making them exactly zero.',
      'A short line without a stop',
      'then a lower-case one stays apart, and code after a long line that stops without a stop',
      'x = 1',
    ].join('\n');
    const parsed = parsePlainText(text);
    const paragraphs = parsed.tree.children.map((node) => [node.type, node.position!.start.line, node.position!.end.line]);
    expect(paragraphs).toEqual([
      ['paragraph', 2, 2],
      ['paragraph', 3, 4],
      ['paragraph', 5, 5],
      ['paragraph', 6, 6],
      ['code', 7, 7],
    ]);
    expect(parsed.tree.children[1]).toMatchObject({
      children: [
        { type: 'text', value: 'L2 regularization adds the squared weights to the loss. It penalizes large weights and pushes' },
        { type: 'text', value: '\n' },
        { type: 'text', value: 'them toward zero without making them exactly zero.', position: { start: { line: 4, column: 1 } } },
      ],
    });
  });

  it('reads a line ending in an abbreviation (`e.g.`, `i.e.`, `vs.`) as going on: its full stop ends no sentence', () => {
    const text = [
      'What is data leakage?',
      'Information unavailable at prediction time is used in training, e.g.',
      'normalizing with statistics computed on the full dataset.',
      '',
      'What is an epoch?',
      'One full pass over the data, i.e.',
      'every sample seen once.',
      '',
      'Which libraries do you know?',
      'We used pandas, NumPy, scikit-learn, etc.',
      'then deployed with Docker.',
    ].join('\n');
    const paragraphs = parsePlainText(text).tree.children.map((node) => [node.position!.start.line, node.position!.end.line]);
    // `etc.` may end a sentence: only a long line ending in it goes on, as a line with no stop does.
    expect(paragraphs).toEqual([
      [1, 1],
      [2, 3],
      [5, 5],
      [6, 7],
      [9, 9],
      [10, 10],
      [11, 11],
    ]);
  });

  it('reads a list item\'s long line the copy wrapped, and the lower-case line going on with it, as one item', () => {
    const text = [
      'Title',
      'What are common regularizers?',
      '• L2 regularization adds the sum of the squared weights to the loss and pushes',
      'them toward zero without making them exactly zero.',
      '• Dropout zeroes activations',
      'during training stays apart: the item\'s line is short',
    ].join('\n');
    const parsed = parsePlainText(text);
    const [, list, after] = parsed.tree.children;
    expect(list).toMatchObject({ type: 'list', position: { start: { line: 3 }, end: { line: 5 } } });
    const items = (list as List).children.map((item) => [item.position!.start.line, item.position!.end.line, toString(item)]);
    expect(items).toEqual([
      [3, 4, 'L2 regularization adds the sum of the squared weights to the loss and pushes\nthem toward zero without making them exactly zero.'],
      [5, 5, 'Dropout zeroes activations'],
    ]);
    expect(after).toMatchObject({ type: 'paragraph', position: { start: { line: 6 } } });
  });

  it("reads a line under an item that stands where the item's text starts as the item's next line, as an outliner's block has one (Logseq's `⇥- …` over `⇥  …`)", () => {
    for (const indent of ['\t', '    ']) {
      const text = `- Attention\n${indent}- What is self-attention?\n${indent}  (short)\n${indent}${indent}- A weighted sum over all tokens.\n${indent}- Why multi-head?\n`;
      const [list, ...after] = parsePlainText(text).tree.children;
      expect(after, JSON.stringify(indent)).toEqual([]);
      const questions = ((list as List).children[0]!.children[1] as List).children;
      expect(questions.map((item) => [item.position!.start.line, item.position!.end.line, toString(item.children[0])])).toEqual([
        [2, 4, 'What is self-attention?\n(short)'],
        [5, 5, 'Why multi-head?'],
      ]);
    }
    // A line at the margin, or indented otherwise, is none of the item's.
    for (const under of ['(short)', '   (short)']) expect(parsePlainText(`- What is self-attention?\n${under}\n- Why multi-head?\n`).tree.children.map((block) => block.type)).toEqual(['list', 'paragraph', 'list']);
  });

  it('reads a question whose last word the copy wrapped onto a line of its own as one question', () => {
    const parsed = parsePlainText('Interview questions\n\nWhat is the difference between a generative and a discriminative\nmodel?\n\nA generative model learns p(x, y).\n');
    const [question, answer] = parsed.tree.children;
    expect(question).toMatchObject({ type: 'paragraph', position: { start: { line: 3 }, end: { line: 4 } } });
    expect(toString(question!)).toBe('What is the difference between a generative and a discriminative\nmodel?');
    expect(answer).toMatchObject({ type: 'paragraph', position: { start: { line: 6 } } });
    // A lone word that ends a sentence may answer the line above: it stays apart.
    expect(parsePlainText('Title\n\nCan logistic regression be used for multi-class classification problems\nyes.\n').tree.children).toHaveLength(2);
    // A short line above it ended where its author ended it.
    expect(parsePlainText('Title\n\nGenerative or discriminative\nmodel?\n').tree.children).toHaveLength(2);
  });

  it('reads a numbered outline (`1.` / `1.1` / `1.1.1.`) as its sections, its questions and their points, no number left in their text', () => {
    const parsed = parsePlainText('1. Supervised learning\n1.1 Why split the data?\n1.1.1. Train fits parameters.\n1.1.2. Test estimates the error.\n1.2 What is leakage?\n1.2.1. Test data in training.\n');
    // Its first line titles its first section, not the note.
    expect(parsed.title).toBeUndefined();
    const [section, question, points, next, point] = parsed.tree.children;
    expect(section).toMatchObject({ type: 'paragraph', data: { outline: { number: '1.', level: 1, role: 'section' } }, position: { start: { line: 1, column: 4 } } });
    expect(toString(section!)).toBe('Supervised learning');
    expect(question).toMatchObject({ data: { outline: { number: '1.1', level: 2, role: 'question' } } });
    expect(toString(question!)).toBe('Why split the data?');
    // Two points or more are the answer's list, numbered as the outline numbers them at their level; one is its paragraph.
    expect(points).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect((points as List).children.map((item) => toString(item))).toEqual(['Train fits parameters.', 'Test estimates the error.']);
    expect(toString(next!)).toBe('What is leakage?');
    expect(point).toMatchObject({ type: 'paragraph' });
    expect(toString(point!)).toBe('Test data in training.');
  });

  it('marks a line of a numbered outline above its questions\' level that asks as a question, not a section\'s title', () => {
    // Only one line of three asks at the top level: the second level holds the questions.
    const parsed = parsePlainText('Prep\n\n1. Basics\n1.1. What is overfitting?\n2. Supervised learning\n2.1. What is a label?\n3. What is reinforcement learning?\n3.1. What is a policy?\n');
    const outline = parsed.tree.children.map((block) => [toString(block), block.data && 'outline' in block.data ? block.data.outline?.role : undefined]);
    expect(outline).toEqual([
      ['Basics', 'section'],
      ['What is overfitting?', 'question'],
      ['Supervised learning', 'section'],
      ['What is a label?', 'question'],
      ['What is reinforcement learning?', 'question'],
      ['What is a policy?', 'question'],
    ]);
  });
});


describe('a copied note of very many lines', () => {
  it('is read, its indents compared in a loop: spread into Math.min, 200,000 lines of code overflowed the stack', () => {
    const code = Array.from({ length: 200_000 }, (_, k) => `    x = f(${k})`);
    const { tree } = parsePlainText(['What does this print?', '', ...code, ''].join('\n'));
    const block = tree.children.find((node) => node.type === 'code');
    expect(block?.type === 'code' && block.value.split('\n')).toHaveLength(200_000);
    expect(block?.type === 'code' && block.value.startsWith('x = f(0)')).toBe(true);
  });
});
