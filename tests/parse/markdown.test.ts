import type { Blockquote, List } from 'mdast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parseSource } from '../../src/parse/index.js';
import { parseMarkdown, withFormulasRead } from '../../src/parse/markdown.js';
import { rewriteTexDelimiters } from '../../src/parse/math-delimiters.js';
import { detectFormat } from '../../src/parse/detect-format.js';
import { messagesOf, parseNote, readNote } from '../helpers/read-note.js';

describe('parseMarkdown', () => {
  it('reads \\(..\\) and \\[..\\] as math and remembers the delimiter', () => {
    const { tree } = parseMarkdown('Entropy is \\(-\\sum_i p_i \\log p_i\\), and $a*b*c$ too.\n\n\\[P(i) = \\frac{e^{z_i}}{Z}\\]\n');
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.map((node) => [node.type, 'value' in node ? node.value : '', node.data && 'delimiter' in node.data ? node.data.delimiter : undefined])).toEqual([
      ['text', 'Entropy is ', undefined],
      ['inlineMath', '-\\sum_i p_i \\log p_i', '\\('],
      ['text', ', and ', undefined],
      ['inlineMath', 'a*b*c', '$'],
      ['text', ' too.', undefined],
    ]);
    expect(tree.children[1]).toMatchObject({ type: 'math', value: 'P(i) = \\frac{e^{z_i}}{Z}', data: { delimiter: '\\[' } });
  });

  it('reads a \\[..\\] formula over lines that would start a list in Markdown as one formula', () => {
    const { tree } = parseMarkdown('\\[\nL = -y \\log p\n- (1 - y) \\log (1 - p)\n\\]\n\nIt is the negative log-likelihood.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['math', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ value: 'L = -y \\log p\n- (1 - y) \\log (1 - p)' });
  });

  it('keeps a \\[..\\] formula opened mid-line whole over lines Markdown would start a block with, and the sentence before it', () => {
    for (const start of ['+ \\lambda', '- \\lambda', '* \\lambda', '1. \\lambda', '# \\lambda', '> \\lambda', '= \\lambda', '$$ \\lambda']) {
      const { tree } = parseMarkdown(`The ridge objective is \\[ \\min_w \\|y - Xw\\|^2\n${start} \\|w\\|^2 \\]\n\nNext paragraph.\n`);
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
      expect((tree.children[0] as Paragraph).children).toMatchObject([
        { type: 'text', value: 'The ridge objective is ' },
        { type: 'inlineMath', value: `\\min_w \\|y - Xw\\|^2\n${start} \\|w\\|^2`, data: { delimiter: '\\[' } },
      ]);
    }
  });

  it('reads a \\[ that starts its line with TeX after it as one formula: that TeX is no $$ block\'s info string', () => {
    const { tree } = parseMarkdown('\\[ \\min_w \\|y - Xw\\|^2\n+ \\lambda \\|w\\|^2 \\]\n\nIt is ridge regression.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['math', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ value: '\\min_w \\|y - Xw\\|^2\n+ \\lambda \\|w\\|^2', data: { delimiter: '\\[' } });
  });

  it("reads GitBook's escaped parentheses as parentheses: formulas back to back, or of words only", () => {
    const { tree } = parseMarkdown('x = \\(1/2\\)\\(x+1\\) + \\(1/4\\)\\(x+2\\) (Similar questions: \\(toss a coin 1000 times\\)) and \\(x^2\\).\n');
    const maths: string[] = [];
    visit(tree, 'inlineMath', (node) => void maths.push(node.value));
    expect(maths).toEqual(['x^2']);
    expect(toString(tree)).toBe('x = (1/2)(x+1) + (1/4)(x+2) (Similar questions: (toss a coin 1000 times)) and x^2.');
  });


  it('reads the escaped brackets Google Docs and Notion export around a word or a number as brackets, a formula between them as math', () => {
    const { tree } = parseMarkdown('What is the \\[CLS\\] token used for, and \\[MASK\\]? See \\[1\\] and \\[Stats\\] 9\\. Random variables, where \\[ x^2 \\] and \\[x\\] are formulas.\n');
    const maths: string[] = [];
    visit(tree, 'inlineMath', (node) => void maths.push(node.value));
    expect(maths).toEqual(['x^2', 'x']);
    expect(toString(tree)).toBe('What is the [CLS] token used for, and [MASK]? See [1] and [Stats] 9. Random variables, where x^2 and x are formulas.');
    // On a line of its own, between brackets is display math, a word's or not.
    const display = parseMarkdown('The derivative is\n\n\\[dy/dx\\]\n\nand\n\n\\[ab\\]\n');
    expect(display.tree.children.map((node) => node.type)).toEqual(['paragraph', 'math', 'paragraph', 'math']);
  });

  it('reads a display formula standing on a line of its own inside a paragraph as a block between the text around it', () => {
    const { tree } = parseMarkdown('For $K$ classes the loss is\n\\[ L = -\\sum_k y_k \\log p_k \\]\nwhere $p$ is the softmax output.\n\nRule:  \n$$ m_t = g_t $$\nand $$x$$ inside a line stays inline.\n');
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'For K classes the loss is'],
      ['math', 'L = -\\sum_k y_k \\log p_k'],
      ['paragraph', 'where p is the softmax output.'],
      ['paragraph', 'Rule:'],
      ['math', 'm_t = g_t'],
      ['paragraph', 'and x inside a line stays inline.'],
    ]);
    // In a quote, the text after it starts after the quote's marker.
    const { tree: quoted } = parseMarkdown('> The loss is\n> \\[ L = -\\log p \\]\n> where p is the softmax output.\n');
    const quote = quoted.children[0] as Blockquote;
    expect(quote.children.map((node) => [node.type, node.position?.start.line, node.position?.start.column])).toEqual([
      ['paragraph', 1, 3],
      ['math', 2, 3],
      ['paragraph', 3, 3],
    ]);
    // The text before it ends where its line does, the text after starts on the next line.
    expect(tree.children[0]!.position).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 1, column: 28, offset: 27 } });
    expect(tree.children[1]).toMatchObject({ data: { delimiter: '\\[' }, position: { start: { line: 2 } } });
    // The text after it starts on its own line, and stays there when an unclosed fence above is mended.
    expect(tree.children[2]!.position).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 3 } });
    const mended = parseSource({ file: 'note.md', vfile: new VFile(), text: '# What is A?\n\n```\nunclosed code\n\n# What is B?\n\n\\[ E = mc^2 \\]\nIt is the answer.\n' });
    expect(mended.tree.children.map((node) => `${node.type} ${node.position?.start.line}-${node.position?.end.line}`)).toEqual(['heading 1-1', 'code 3-4', 'heading 6-6', 'math 8-8', 'paragraph 9-9']);
  });

  it("reads a table cell's escaped pipe in math as a pipe, as GFM reads it in code, and leaves \\| alone outside tables", () => {
    const { tree } = parseMarkdown('| Question | Answer |\n| --- | --- |\n| Bayes? | $P(A \\| B) = P(B \\| A)$ and \\(x \\| y\\) |\n| OR? | `a \\| b` |\n\nA norm: $\\|w\\|^2$.\n');
    const maths: string[] = [];
    visit(tree, 'inlineMath', (node) => void maths.push(node.value));
    expect(maths).toEqual(['P(A | B) = P(B | A)', 'x | y', '\\|w\\|^2']);
    const codes: string[] = [];
    visit(tree, 'inlineCode', (node) => void codes.push(node.value));
    expect(codes).toEqual(['a | b']);
  });
  it('reads $$ opened with TeX on its line and closed at the end of a later line as one formula, as MathJax does', () => {
    const { tree } = parseMarkdown('It normalises scores:\n\n$$\\begin{aligned}\n\\sigma(z)_i &= \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n- 1 &= 0\n\\end{aligned}$$\n\nIt sums to one.\n\n$$x$$\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'math', 'paragraph', 'math']);
    expect(tree.children[1]).toMatchObject({ value: '\\begin{aligned}\n\\sigma(z)_i &= \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n- 1 &= 0\n\\end{aligned}' });
    // Inside a paragraph, and in a quote: the formula stays whole (a block, on lines of its own), the text after it read on.
    const { tree: quoted } = parseMarkdown('> $$f(x) = \\begin{cases}\n> x & x \\geq 0\n> \\end{cases}$$\n> where x is real.\n');
    const maths: string[] = [];
    visit(quoted, 'math', (node) => void maths.push(node.value));
    expect(maths).toEqual(['f(x) = \\begin{cases}\nx & x \\geq 0\n\\end{cases}']);
    expect(toString(quoted)).toContain('where x is real.');
  });

  it('keeps the TeX after a \\[ that starts its line when the \\] stands alone on its own, the lines after it read on', () => {
    for (const note of ['\\[ a + b\n+ c\n\\]\n\nNext.\n', '> \\[ a + b\n> + c\n>   \\]\n\nNext.\n']) {
      const { tree } = parseMarkdown(note);
      const maths: unknown[] = [];
      visit(tree, 'math', (node) => void maths.push({ value: node.value, meta: node.meta }));
      expect(maths).toEqual([{ value: 'a + b\n+ c', meta: null }]);
      expect(tree.children.at(-1)).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'Next.' }] });
    }
  });

  it('ends a formula at a \\] that starts its line with text after it, and keeps that text as written', () => {
    const { tree } = parseMarkdown('Text \\[ a\n+ b\n\\] is the loss.\n\nNext.\n');
    expect((tree.children[0] as Paragraph).children).toMatchObject([
      { type: 'text', value: 'Text ' },
      { type: 'inlineMath', value: 'a\n+ b' },
      { type: 'text', value: ' is the loss.' },
    ]);
    expect(tree.children).toHaveLength(2);
  });

  it('keeps the markup after such a \\] as written, and pairs no later $ with what ends the formula', () => {
    const link = parseMarkdown('Text \\[ a\n+ b\n\\] see [the paper](http://x.org) for more.\n').tree.children[0] as Paragraph;
    expect(link.children).toMatchObject([
      { type: 'text', value: 'Text ' },
      { type: 'inlineMath', value: 'a\n+ b' },
      { type: 'text', value: ' see ' },
      { type: 'link', url: 'http://x.org', children: [{ type: 'text', value: 'the paper' }] },
      { type: 'text', value: ' for more.' },
    ]);
    const later = parseMarkdown('Text \\[ a\n+ b\n\\] is it.\nThen $x$ is one.\n').tree.children[0] as Paragraph;
    expect(later.children).toMatchObject([
      { type: 'text', value: 'Text ' },
      { type: 'inlineMath', value: 'a\n+ b' },
      { type: 'text', value: ' is it.\nThen ' },
      { type: 'inlineMath', value: 'x' },
      { type: 'text', value: ' is one.' },
    ]);
    const code = parseMarkdown('Text \\[ a\n+ b\n\\] is `code` here.\n').tree.children[0] as Paragraph;
    expect(code.children.map((node) => node.type)).toEqual(['text', 'inlineMath', 'text', 'inlineCode', 'text']);
  });

  it('keeps as text, and reports, a \\[..\\] formula that as $$ would open a block running to the end of the note', () => {
    for (const note of [
      // Opened mid-line, closed alone on its line.
      'The loss is \\[\nL = -\\sum_i y_i \\log p_i\n\\]\nfor one example.\n\n## What is softmax?\n\nIt normalises logits.\n',
      // Opened alone on its line, closed mid-line.
      'The loss is\n\\[\nL = -\\sum_i y_i \\log p_i \\] for one example.\n\n## What is softmax?\n\nIt normalises logits.\n',
      // Closed at a line's start with markup after it that no mask fits.
      'The loss is \\[ L\n= -y \\log p\n\\] see [the paper](http://x.org)\n\n## What is softmax?\n\nIt normalises logits.\n',
    ]) {
      const { tree, unbalancedMath } = parseMarkdown(note);
      expect(tree.children.map((node) => node.type), note).toEqual(['paragraph', 'heading', 'paragraph']);
      const text: string[] = [];
      visit(tree.children[0]!, 'text', (node) => void text.push(node.value));
      expect(text.join(''), note).toContain('\\[');
      expect(text.join(''), note).toContain('\\]');
      expect(unbalancedMath.map((math) => [math.delimiter, math.unreadable]), note).toEqual([
        ['\\[', true],
        ['\\]', true],
      ]);
    }
  });

  it('keeps such a formula whole in a quote or a list item, the container\'s markers left out of it', () => {
    const quoted = parseMarkdown('> Text \\[ a + b\n> - c = d\n> 1. e \\]\n\nNext.\n').tree;
    expect(quoted.children.map((node) => node.type)).toEqual(['blockquote', 'paragraph']);
    const inItem = parseMarkdown('- The loss is \\[ a\n  + b\n- c \\] here\n').tree;
    const maths: string[] = [];
    visit(quoted, 'inlineMath', (node) => void maths.push(node.value));
    visit(inItem, 'inlineMath', (node) => void maths.push(node.value));
    expect(maths).toEqual(['a + b\n- c = d\n1. e', 'a\n+ b\n- c']);
    expect(inItem.children).toHaveLength(1);
  });

  it('reads single-dollar math by pandoc\'s rule, so prices stay text', () => {
    const maths = (text: string) => {
      const found: string[] = [];
      const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
        if (node.type === 'inlineMath') found.push(node.value!);
        for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
      };
      walk(parseMarkdown(text).tree);
      return found;
    };
    expect(maths('It costs $5 or $10 a month.')).toEqual([]);
    expect(maths('Between $20,000 and $30,000.')).toEqual([]);
    expect(maths('Not math: $ x $, nor $y $.')).toEqual([]);
    expect(maths('Math: $x^2$ and $a_1$, also $$E = mc^2$$ inline.')).toEqual(['x^2', 'a_1', 'E = mc^2']);
    const [paragraph] = parseMarkdown('It costs $5 or $10.').tree.children as Paragraph[];
    expect(paragraph!.children.map((node) => ('value' in node ? node.value : '')).join('')).toBe('It costs $5 or $10.');
  });

  it('reads GitHub\'s math: $`…`$ inline, without its backticks, and a block fenced as math, in a note with no other $ too', () => {
    const { tree } = parseMarkdown('The model computes $`p(y \\mid x)`$ for $`y`$.\n\n```math\n\\hat{a} = \\arg\\max_a n_a\n```\n\nCode: ``$`x`$``.\n');
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.filter((node) => node.type === 'inlineMath').map((node) => ('value' in node ? node.value : ''))).toEqual(['p(y \\mid x)', 'y']);
    expect(tree.children[1]).toMatchObject({ type: 'math', value: '\\hat{a} = \\arg\\max_a n_a', position: { start: { line: 3 }, end: { line: 5 } } });
    // Inline code that shows the syntax stays code.
    expect((tree.children[2] as Paragraph).children[1]).toMatchObject({ type: 'inlineCode', value: '$`x`$' });
    expect(parseMarkdown('~~~math\nE = mc^2\n~~~\n').tree.children[0]).toMatchObject({ type: 'math', value: 'E = mc^2' });
    // Any other fence is code.
    expect(parseMarkdown('```python\nx = 1\n```\n').tree.children[0]).toMatchObject({ type: 'code', lang: 'python' });
  });

  it('leaves TeX delimiters in code alone and reports an unclosed one', () => {
    const { tree, unbalancedMath } = parseMarkdown('```\n\\(not math\\)\n```\n\nUse `\\(x\\)` here.\n\nbroken \\( x\n');
    expect(tree.children[0]).toMatchObject({ type: 'code', value: '\\(not math\\)' });
    expect(unbalancedMath).toEqual([{ line: 7, column: 8, delimiter: '\\(' }]);
  });

  it('leaves TeX delimiters in indented code, in a fence past a line that does not close it and in a $$ block as written', () => {
    const { tree } = parseMarkdown('Text.\n\n    \\(x\\)\n    more\n\n```\ncode\n``` not a close\n\\(y\\)\n```\n\n$$\n\\text{\\(z\\)}\n$$\n');
    expect(tree.children.slice(1).map((node) => ('value' in node ? node.value : node.type))).toEqual(['\\(x\\)\nmore', 'code\n``` not a close\n\\(y\\)', '\\text{\\(z\\)}']);
  });

  it('keeps TeX delimiters inside raw HTML as written, in a quote or a list too, and a $$ written there as it is', () => {
    const { tree } = parseMarkdown('<table><tr><td>MSE</td><td>\\(x^2\\)</td></tr></table>\n\n> <div>quoted \\(z\\) and \\[w\\]</div>\n\n- item\n\n  <p>listed \\(v\\) and $$real$$</p>\n');
    const html: string[] = [];
    visit(tree, 'html', (node) => void html.push(node.value));
    expect(html).toEqual(['<table><tr><td>MSE</td><td>\\(x^2\\)</td></tr></table>', '<div>quoted \\(z\\) and \\[w\\]</div>', '<p>listed \\(v\\) and $$real$$</p>']);
  });

  it('parses Markdown glued to a <div markdown="1"> wrapper and keeps its original line', () => {
    const { tree } = parseMarkdown('<details>\n  <summary>Answer</summary>\n  <div markdown="1">\n  Certainly **bold**.\n\n  </div>\n</details>\n');
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    expect(paragraph).toMatchObject({ type: 'paragraph', position: { start: { line: 4 } } });
    expect(JSON.stringify(paragraph)).toContain('"type":"strong"');
  });

  it('keeps a picture indented under a <center> wrapper in its HTML block, not a code block of its markup', () => {
    const { tree } = parseMarkdown('  <center>\n    <img src="images/loss.png" alt="loss curves">\n  </center>\n\n<div>\nCertainly.\n</div>\n');
    expect(tree.children.map((node) => [node.type, node.position!.start.line])).toEqual([
      ['html', 1],
      // Text glued to a wrapper is still set apart from it.
      ['html', 5],
      ['paragraph', 6],
      ['html', 7],
    ]);
    expect(tree.children[0]).toMatchObject({ value: expect.stringContaining('<img src="images/loss.png"') });
  });

  it('moves a table and items indented past the last item\'s marker (less than its text) under that item', () => {
    const shape = (between: string) => parseMarkdown(`1. Given this matrix.\n${between}\n\n  1. Find its rank.\n  1. Find its trace.\n1. Next.\n`).tree.children;
    const mended = shape('  <table><tr><td>1</td></tr></table>');
    expect(mended.map((block) => block.type)).toEqual(['list', 'list']);
    const [item] = (mended[0] as List).children;
    expect(item!.children.map((block) => block.type)).toEqual(['paragraph', 'html', 'list']);
    expect((item!.children[2] as List).children).toHaveLength(2);
    expect((mended[1] as List).children).toHaveLength(1);
    // Text indented so may be the note's own: only a table, picture, code or formula is moved.
    expect(shape('\n  Some notes on matrices.').map((block) => block.type)).toEqual(['list', 'paragraph', 'list']);
  });

  it('reads front matter without turning it into a heading, and keeps line numbers', () => {
    const { tree, frontMatter } = parseMarkdown('---\ntitle: "Notes"\ncategories:\n  - job\n---\n\n# 1. What is X?\n');
    expect(frontMatter?.data).toEqual({ title: 'Notes', categories: ['job'] });
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, position: { start: { line: 7 } } });
  });

  it("reads Hugo's TOML front matter (`+++`) as YAML's: its title and tags, dates as their text, line numbers kept", () => {
    const { tree, frontMatter } = parseMarkdown('+++\ntitle = "Statistics"\ndate = 2023-05-01\ntags = ["stats", "interview"]\n+++\n\n## What is a type I error?\n');
    expect(frontMatter?.data).toEqual({ title: 'Statistics', date: '2023-05-01', tags: ['stats', 'interview'] });
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2, position: { start: { line: 7 } } });
    const question = readNote('+++\ntitle = "Statistics"\ntags = ["stats"]\n+++\n\n## What is a type I error?\n\nA false positive.\n').questions[0]!;
    expect(question.tags).toEqual(['stats']);
    expect(parseMarkdown('+++\ntitle = \n+++\n\nText.\n').frontMatter?.error).toBeDefined();
  });

  it("reads Hugo's JSON front matter (a `{ … }` object opening the note) as YAML's: its title and tags, no preamble", () => {
    const note = '{\n  "title": "CNN basics",\n  "tags": ["cnn", "vision"],\n  "draft": false\n}\n\n## What is a receptive field?\n\nThe input region one unit sees.\n';
    const { tree, frontMatter } = parseMarkdown(note);
    expect(frontMatter?.data).toEqual({ title: 'CNN basics', tags: ['cnn', 'vision'], draft: false });
    expect(tree.children.map((block) => block.type)).toEqual(['heading', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2, position: { start: { line: 7 } } });
    expect(parseNote(note).doc.title).toBe('CNN basics');
    const read = readNote(note);
    expect(read.questions[0]!.tags).toEqual(['cnn', 'vision']);
    expect(messagesOf(read.vfile)).toEqual([]);
  });

  it('takes a brace opening a note for JSON front matter only when a key follows it, and tells when its JSON is broken', () => {
    expect(parseMarkdown('{\nnot a key\n}\n\n## What is X?\n').frontMatter).toBeUndefined();
    const { vfile } = parseNote('{\n  "title": "CNN",\n}\n\n## What is X?\n\nA thing.\n');
    expect(vfile.messages.map((message) => message.reason)).toContainEqual(expect.stringMatching(/^Front matter is not valid JSON \(.+\): ignored$/));
  });
});

describe('the cost of the TeX pass', () => {
  afterEach(() => vi.restoreAllMocks());

  it('searches once for a closer that never comes, however many openers wait for it', () => {
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    rewriteTexDelimiters('Open \\( only.\n'.repeat(1_000));
    expect(indexOf.mock.calls.filter(([needle]) => needle === '\\)')).toHaveLength(1);
  });

});

describe('detectFormat', () => {
  it('decides from the content, not the name', () => {
    expect(detectFormat('---\ntitle: x\n---\n\n# 1. Q?\n\n<details>\n')).toBe('markdown');
    expect(detectFormat('Title\n\nWhat is X?\n\n  • an answer\n  • another\n')).toBe('plaintext');
    expect(detectFormat('Q: a?\nA: b\n# 1. Implement softmax\ndef softmax(x):\nreturn x\nQ: c?\nA: d\nQ: e?\nA: f\n')).toBe('plaintext');
    expect(detectFormat('## What is X?\n\nAn **answer** with `code`.\n')).toBe('markdown');
  });

  it('reads a formula filling a line between two `$$` as Markdown\'s display math', () => {
    const note = '# Q1. What is the gradient descent update?\nAns: The update rule is:\n\n$$x_{new} = x_{old} - \\eta g$$\n\nHere $\\eta$ is the learning rate.\n';
    expect(detectFormat(note)).toBe('markdown');
    expect(readNote(note).questions[0]!.answer?.markdown).toBe('The update rule is:\n\n$$\nx_{new} = x_{old} - \\eta g\n$$\n\nHere $\\eta$ is the learning rate.');
  });

  it('reads a few typed bullet glyphs among many lines of Markdown syntax as Markdown, and copied bullets as copied text', () => {
    const question = (k: number) => `---\n### Q: What is **thing ${k}**?\n**Category:** ML Basics  \n**Difficulty:** Easy  \n\n**Sample Answer:**\n• **Thing** ${k} is a \`thing\`.\n• It is **not** another.\n`;
    const note = `# Interview Questions\n\n${[1, 2, 3, 4].map(question).join('\n')}`;
    expect(detectFormat(note)).toBe('markdown');
    // The same bullets without the Markdown around them: copied text.
    expect(detectFormat(`Interview Questions\n\n${[1, 2, 3, 4].map((k) => `What is thing ${k}?\n• Thing ${k} is a thing.\n• It is not another.\n`).join('\n')}`)).toBe('plaintext');
  });

  it('counts a middle dot leading a line before text as a bullet glyph, as a phone types it', () => {
    const note = '면접 정리\n·오버피팅 이란? **훈련 데이터**에만 맞춰진 것\n·해결법? 드롭아웃\n·pooling 왜씀? 연산량 줄이기\n';
    expect(detectFormat(note)).toBe('plaintext');
    // Read as Markdown, the lines were one paragraph, and no question.
    expect(readNote(note).questions.map((question) => question.question)).toEqual(['오버피팅 이란?', '해결법?', 'pooling 왜씀?']);
    // Under a Markdown note's bold questions, they are its bullets, typed so on a phone: the note stays Markdown.
    const bold = `# 자료구조\n\n${['스택과 큐의 차이는?', '힙이란?'].map((asked, k) => `**Q${k + 1}. ${asked}**\n·LIFO와 FIFO\n·배열로 구현\n·연결 리스트로도\n·둘 다 O(1)`).join('\n\n')}\n`;
    expect(detectFormat(bold)).toBe('markdown');
    expect(readNote(bold).questions.map((question) => question.question)).toEqual(['스택과 큐의 차이는?', '힙이란?']);
  });

  it('reads a task list as Markdown, under a first line with no `#` too', () => {
    const note = 'Stats questions to review before Friday\n\n- [ ] What is the difference between a confidence interval and a credible interval?\n- [ ] When would you use a t-test instead of a z-test?\n- [x] What is a p-value\n';
    expect(detectFormat(note)).toBe('markdown');
    expect(readNote(note).questions.map((question) => question.question)).toEqual([
      'What is the difference between a confidence interval and a credible interval?',
      'When would you use a t-test instead of a z-test?',
      'What is a p-value',
    ]);
  });

  it('reads a note whose headings are glued to their text as Markdown, but not a one-# comment in pasted code', () => {
    // kojino/120-Data-Science-Interview-Questions: `## Predictive Modeling (19 questions)` over `#### 1. (Given a Dataset) …`.
    const note = '## Stats (2 questions)\n#### 1. What is a p-value?\n- The probability of data at least as extreme under H0.\n- Not the probability H0 is true.\n\n#### 2. What is power?\n- 1 - beta.\n';
    expect(detectFormat(note)).toBe('markdown');
    expect(detectFormat('Q: a?\nA: b\n\n# 1. Implement softmax\ndef softmax(x):\nreturn x\nQ: c?\nA: d\nQ: e?\nA: f\n')).toBe('plaintext');
    const { questions } = readNote(note, 'stats.md');
    expect(questions.map((question) => [question.topic, question.question, question.answer?.text])).toEqual([
      ['Stats (2 questions)', 'What is a p-value?', '• The probability of data at least as extreme under H0.\n• Not the probability H0 is true.'],
      ['Stats (2 questions)', 'What is power?', '• 1 - beta.'],
    ]);
  });

  it('reads a note that is one long table as Markdown: a table has no blank lines between its rows', () => {
    const rows = Array.from({ length: 20 }, (_, k) => `| What is thing ${k + 1}? | It is item ${k + 1}. |`);
    const note = ['| Question | Answer |', '|---|---|', ...rows, ''].join('\n');
    expect(detectFormat(note)).toBe('markdown');
    expect(readNote(note).questions).toHaveLength(20);
  });

  it('reads a note that is one HTML table, a tag a line, as Markdown: its lines are markup, not text typed line by line', () => {
    const rows = Array.from({ length: 10 }, (_, k) => `<tr>\n<td>What is thing ${k + 1}?</td>\n<td>It is item ${k + 1}.</td>\n</tr>`);
    const note = ['<table>', '<tr><th>Question</th><th>Answer</th></tr>', ...rows, '</table>', ''].join('\n');
    expect(detectFormat(note)).toBe('markdown');
    expect(readNote(note).questions).toHaveLength(10);
    // Text typed line by line stays plain text, HTML-like lines or not.
    expect(detectFormat(Array.from({ length: 10 }, (_, k) => `What is thing ${k}?\nIt is <b>item</b> ${k}.`).join('\n'))).toBe('plaintext');
  });
});

describe('parseMarkdown on a numbered outline (`1.` / `1.1.` / `1.1.1.`)', () => {
  it('reads each of its sections\' titles and questions as a paragraph that says so, its number left out, and the points under a question as its list', () => {
    const { tree } = parseMarkdown('1. Supervised learning\n1.1. What is overfitting?\n1.1.1. Fitting noise.\n1.1.2. Seen in the gap.\n1.2 What is leakage?\n');
    const [section, question, points, next] = tree.children;
    // `1.` opened an ordered list, and the lines under it went on as its item's lazy lines.
    expect(section).toMatchObject({ type: 'paragraph', data: { outline: { number: '1.', level: 1, role: 'section' } }, position: { start: { line: 1, column: 4 } } });
    expect(toString(section!)).toBe('Supervised learning');
    expect(question).toMatchObject({ type: 'paragraph', data: { outline: { number: '1.1.', level: 2, role: 'question' } }, position: { start: { line: 2, column: 6, offset: 28 } } });
    expect(toString(question!)).toBe('What is overfitting?');
    expect(points).toMatchObject({ type: 'list', ordered: true, start: 1, position: { start: { line: 3 }, end: { line: 4 } } });
    expect((points as List).children.map((item) => toString(item))).toEqual(['Fitting noise.', 'Seen in the gap.']);
    expect(next).toMatchObject({ data: { outline: { number: '1.2', role: 'question' } } });
    expect(toString(next!)).toBe('What is leakage?');
    expect(tree.children).toHaveLength(4);
  });

  it('places its lines where the note writes them, past an Obsidian comment of several lines cut before them', () => {
    const { tree } = parseMarkdown('%% to do:\nmore %%\n1. Supervised learning\n1.1. What is X?\n1.1.1. A.\n1.2. What is Y?\n1.2.1. B.\n');
    expect(tree.children.map((block) => [block.type, block.position?.start.line, block.data && 'outline' in block.data ? block.data.outline?.role : undefined])).toEqual([
      ['paragraph', 3, 'section'],
      ['paragraph', 4, 'question'],
      ['paragraph', 5, undefined],
      ['paragraph', 6, 'question'],
      ['paragraph', 7, undefined],
    ]);
  });
});

describe('detectFormat on a note that is one list', () => {
  it('reads a list typed without blank lines as Markdown, as a book of questions is written; lines typed one by one stay plain text', () => {
    const items = Array.from({ length: 60 }, (_, k) => `${k + 1}. [E] What is thing ${k + 1}?`);
    const book = ['### 7.1 Basics', '', ...items.slice(0, 5), '6. Hyperparameters.', '    7. [E] Why tune them?', ...items.slice(7), ''].join('\n');
    expect(detectFormat(book)).toBe('markdown');
    // Questions with their answers on the lines under them: no list, typed line by line.
    const typed = ['### Notes', '', ...items.flatMap((item) => [item, 'It is the thing.']), ''].join('\n');
    expect(detectFormat(typed)).toBe('plaintext');
  });

  it('counts the indented lines under an item\'s line as the item\'s (a scene\'s documents, tab-indented)', () => {
    const items = Array.from({ length: 20 }, (_, k) => `${k + 7}. [E] What is thing ${k + 7}?`);
    const documents = Array.from({ length: 10 }, (_, k) => `\t\tD${k + 1}: The duck loves to eat the worm`);
    const book = ['#### 8.2.1 Natural language processing', '', '5. Given 10 documents:', ...documents, '    1. [M] Find the two top-ranked documents.', ...items].join('\n');
    expect(detectFormat(book)).toBe('markdown');
    // Not indented, such lines are typed one by one under the items: plain text.
    expect(detectFormat(book.replace(/\t\t/g, ''))).toBe('plaintext');
  });
});

describe('detectFormat on hostile lines', () => {
  it('tells Markdown from plain text on long lines of unclosed brackets, tags and emphasis openers', () => {
    // The input that made unbounded span patterns quadratic (12 s; bounded, milliseconds). That the
    // patterns are bounded is not checked here: speed is the benchmark's to measure. This pins the answers.
    const hostile = `${'[a'.repeat(60_000)}\n${'<a'.repeat(60_000)}\n${'`a'.repeat(1)}${'**'.repeat(1)}${'a'.repeat(120_000)}\n`;
    expect(detectFormat(hostile)).toBe('plaintext');
    expect(detectFormat(`${'[a'.repeat(60_000)}\n\n[a link](https://example.com) and **bold**\n`)).toBe('markdown');
  });
});

describe('a text read for its formulas only (a fold\'s summary)', () => {
  /** Each piece as the wording writes it: a formula as `\(…\)`, words as they are. */
  const pieces = (text: string) => withFormulasRead(text).map((node) => (node.type === 'inlineMath' ? `\\(${node.value}\\)` : node.type === 'text' ? node.value : node.type));

  it('reads `$…$` as the note reads it, and leaves every other mark as written', () => {
    expect(pieces('Why is **$R^2$** at most 1?')).toEqual(['Why is **', '\\(R^2\\)', '** at most 1?']);
    // GitHub's math is math; a `$` in a code span is code, written with its backticks.
    expect(pieces('Is $`p(y \\mid x)`$ what `echo $HOME$` prints?')).toEqual(['Is ', '\\(p(y \\mid x)\\)', ' what `echo $HOME$` prints?']);
    // A summary that is a display formula alone is a line's formula still.
    expect(pieces('$$E = mc^2$$')).toEqual(['\\(E = mc^2\\)']);
  });

  it('keeps prices, an escaped dollar and a lone `$` as text', () => {
    expect(pieces('Why pay $5 or $10?')).toEqual(['Why pay $5 or $10?']);
    expect(pieces('Is \\$x\\$ a formula?')).toEqual(['Is \\$x\\$ a formula?']);
    expect(pieces('What does `$` mean in a regex?')).toEqual(['What does `$` mean in a regex?']);
  });
});
