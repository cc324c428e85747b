/** The extractor as unified plugins, used the way the README shows. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { qbankParse, remarkQuestions } from '../../src/index.js';
import { questionsOfSource } from '../../src/build/source-questions.js';

describe('remarkQuestions', () => {
  it('finds questions after qbankParse, copied plain text included', async () => {
    const processor = unified().use(qbankParse).use(remarkQuestions);
    const file = new VFile({ path: 'notes.txt', value: 'My notes\n\nGradient descent\n\n  • moves against the gradient\n\nWhat is momentum?\n' });
    await processor.run(processor.parse(file), file);
    expect(file.data.title).toBe('My notes');
    expect(file.data.questions?.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Gradient descent', '• moves against the gradient'],
      ['What is momentum?', null],
    ]);
  });

  it('reads text as a build loads it: CRLF or lone CR line endings (with a note) and a BOM, its front matter and questions all found', async () => {
    const processor = unified().use(qbankParse).use(remarkQuestions);
    for (const [name, value] of [
      ['crlf.md', '---\r\ntitle: CRLF note\r\ntags: [dl]\r\n---\r\n\r\nQ: What is dropout?\r\nA: Zeroing units.\r\n\r\nQ: What is L2?\r\nA: A penalty.\r\n'],
      ['bom.md', '\ufeff---\ntitle: CRLF note\ntags: [dl]\n---\n\nQ: What is dropout?\nA: Zeroing units.\n\nQ: What is L2?\nA: A penalty.\n'],
      ['cr.md', '---\rtitle: CRLF note\rtags: [dl]\r---\r\rQ: What is dropout?\rA: Zeroing units.\r\rQ: What is L2?\rA: A penalty.\r'],
    ] as const) {
      const file = new VFile({ path: name, value });
      await processor.run(processor.parse(file), file);
      expect([file.data.title, file.data.questions?.map((question) => [question.question, question.tags])], name).toEqual([
        'CRLF note',
        [
          ['What is dropout?', ['dl']],
          ['What is L2?', ['dl']],
        ],
      ]);
      // A BOM is taken off as a build's decoding takes it, without a word.
      expect(file.messages.map((message) => message.ruleId), name).toEqual(name === 'bom.md' ? [] : ['line-endings']);
    }
  });

  it('hands a compiler such as remark-stringify a tree it can write, math and tables included', async () => {
    const processor = unified().use(qbankParse).use(remarkQuestions).use(remarkStringify);
    const file = await processor.process(new VFile({ path: 'notes.md', value: '## What is entropy?\n\nIt is \\(-\\sum p \\log p\\).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n' }));
    expect(file.data.questions?.map((question) => question.question)).toEqual(['What is entropy?']);
    expect(String(file)).toContain('| a | b |');
    expect(String(file)).toContain('It is \\(-\\sum p \\log p\\).');
  });

  it('writes a note back with its front matter and its formulas\' TeX delimiters as written', async () => {
    const processor = unified().use(qbankParse).use(remarkQuestions).use(remarkStringify);
    const yaml = '---\ntitle: Notes\ntags: [dl]\n---\n\n## What is dropout?\n\nScale by \\(1/(1-p)\\), or $p$.\n\n\\[E = mc^2\\]\n\n\\[\na = b\\\\\nc = d\n\\]\n';
    expect(String(await processor.process(new VFile({ path: 'notes.md', value: yaml })))).toBe(yaml);
    const toml = '+++\ntitle = "Notes"\n+++\n\n## What is a kernel?\n\n* A filter \\(k\\) slid over the input.\n';
    expect(String(await processor.process(new VFile({ path: 'post.md', value: toml })))).toBe(toml);
    const json = '{\n  "title": "Notes",\n  "tags": ["dl"]\n}\n\n## What is a kernel?\n\n* A filter slid over the input.\n';
    expect(String(await processor.process(new VFile({ path: 'post.md', value: json })))).toBe(json);
  });

  it('reads a note\'s front matter once: its tags are the questions\' tags, and it is no question or answer', async () => {
    const note = '---\ntitle: What is this note about?\ntags: [cnn]\n---\n## What is padding?\n\nZeros around the input.\n';
    const processor = unified().use(qbankParse).use(remarkQuestions);
    const file = new VFile({ path: 'post.md', value: note });
    const tree = await processor.run(processor.parse(file), file);
    expect(tree.children[0]).toMatchObject({ type: 'yaml', value: 'title: What is this note about?\ntags: [cnn]' });
    const built = questionsOfSource({ file: 'post.md', text: note, vfile: new VFile({ path: 'post.md', value: note }) }).questions;
    expect(file.data.questions).toEqual(built);
    expect(file.data.questions?.map((question) => [question.question, question.tags])).toEqual([['What is padding?', ['cnn']]]);
  });

  it('gives the questions a build gives, for a note with a site\'s template markup too', async () => {
    const note = '# CNN\n\n## What is a kernel? {#kernel}\n\nA filter.\n\n{% include figure %}## What is padding?\n\nZeros around the input.\n';
    const processor = unified().use(qbankParse).use(remarkQuestions);
    const file = new VFile({ path: 'post.md', value: note });
    await processor.run(processor.parse(file), file);
    const built = questionsOfSource({ file: 'post.md', text: note, vfile: new VFile({ path: 'post.md', value: note }) }).questions;
    expect(file.data.questions).toEqual(built);
    expect(file.data.questions?.map((question) => question.occurrences[0]!.question)).toEqual(['## What is a kernel?', '## What is padding?']);
  });

  it('works after plain remark-parse too', async () => {
    const processor = unified().use(remarkParse).use(remarkQuestions);
    const file = new VFile({ path: 'notes.md', value: '## What is an epoch?\n\nOne pass over the data.\n' });
    await processor.run(processor.parse(file), file);
    expect(file.data.questions?.[0]).toMatchObject({ question: 'What is an epoch?', answer: { text: 'One pass over the data.' } });
  });
});
