/**
 * kramdown (Jekyll) and Goldmark (Hugo) attribute lists style a block or name
 * a heading; the built page shows neither, and neither does qbank.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { parseNote, readNote } from '../helpers/read-note.js';

describe('kramdown attribute lists', () => {
  it('a header id is not part of the question, as asked or as written', () => {
    const { questions } = readNote('## What is a kernel? {#kernel}\n\nA similarity function.\n\n### Why scale features? {: #scale .hint}\n\nSo that no feature dominates.\n');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.question])).toEqual([
      ['What is a kernel?', '## What is a kernel?'],
      ['Why scale features?', '### Why scale features?'],
    ]);
  });

  it("a header id in any script, as Google Docs' \"Download as Markdown\" names its bold headings, is not part of the topic", () => {
    const { questions } = readNote('# **ML 인터뷰 질문 정리** {#ml-인터뷰-질문-정리}\n\n## **1\\. Bias와 Variance** {#1.-bias와-variance}\n\n**Q. Bias-Variance tradeoff란?**\n\n모델이 단순하면 bias가 크다.\n\n## **2\\. 최적화** {#2.-최적화}\n\n**Q. Warmup을 쓰는 이유는?**\n\n초기 업데이트가 불안정해서.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Bias-Variance tradeoff란?', 'Bias와 Variance'],
      ['Warmup을 쓰는 이유는?', '최적화'],
    ]);
  });

  it('an attribute list line under a block is no text of the answer', () => {
    const { questions } = readNote('## Why use SGD?\n{: .text-center}\n\nIt scales.\n{: .notice--warning}\n\n**Note:** it is noisy.\n{:.no_toc}\n');
    expect(questions[0]!.answer?.markdown).toBe('It scales.\n\n**Note:** it is noisy.');
  });

  it('leaves braces in math and code alone', () => {
    const { doc } = parseNote('The set $\\{ x \\}$ is closed.\n\n```\n{: .not-an-attribute}\n```\n');
    const paragraph = doc.tree.children[0] as Paragraph;
    expect(paragraph.children.find((node) => node.type === 'inlineMath')).toMatchObject({ value: '\\{ x \\}' });
    expect(doc.tree.children[1]).toMatchObject({ type: 'code', value: '{: .not-an-attribute}' });
  });

  it('leaves a line of a $$ block that looks like an attribute list alone', () => {
    const { doc } = parseNote('Before.\n\n$$\n{: x \\in S}\n$$\n');
    expect(doc.tree.children[1]).toMatchObject({ type: 'math', value: '{: x \\in S}' });
  });
});
