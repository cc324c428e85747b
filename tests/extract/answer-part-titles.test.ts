/**
 * AI assistants write an answer in titled parts: a paragraph, then `**How it works**` or `**Speed**` over bullets.
 * Such a bold line is a part of the answer above it, not a question of its own, and it does not make bold lines the
 * note's way of asking: the plain questions after it are still read. Bold questions are weighed against plain ones.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { titlesAnswerPart } from '../../src/extract/answer-part-title.js';
import type { Proposals } from '../../src/extract/constructs.js';
import type { PromptCandidate } from '../../src/extract/recognizers/recognizer.js';

const pairs = (text: string, file = 'note.md') => readNote(text, file).questions.map((question) => [question.question, question.answer?.text]);

describe('a bold title over a part of an answer', () => {
  it('is told in linear time however many parts an answer has: a bold line does not walk up over every part above it again', () => {
    // An answer of 100,000 titled parts under one plain question, as the extractor's blocks and proposals (only what
    // the test reads): walking up from each bold line to the question took about five billion steps.
    const line = (at: number, children: Paragraph['children']): Paragraph => ({ type: 'paragraph', children, position: { start: { line: at, column: 1 }, end: { line: at, column: 40 } } });
    const blocks: Paragraph[] = [line(1, [{ type: 'text', value: 'Why does a KV cache speed up LLM inference?' }])];
    const proposals: Proposals[] = [{ line: { prompt: 'Why does a KV cache speed up LLM inference?', interrogative: true } as PromptCandidate }];
    for (let k = 0; k < 100_000; k++) {
      blocks.push(line(2 * k + 2, [{ type: 'strong', children: [{ type: 'text', value: `Part ${k}: how it works` }] }]), line(2 * k + 3, [{ type: 'text', value: `Point ${k} of the answer.` }]));
      proposals.push({}, {});
    }
    const titled = blocks.filter((_, index) => index % 2 === 1 && titlesAnswerPart(index, blocks, proposals));
    expect(titled).toHaveLength(100_000);
  });

  it('stays in the answer of the plain question above when it asks with a question word only (`How it works`), and the next plain question is still read', () => {
    const note = readNote(
      'Why does a KV cache speed up LLM inference?\n\nA KV cache stores the keys and values of earlier tokens.\n\n**How it works**\n- No recomputation of K and V for the whole prefix.\n\nWhat is speculative decoding?\n\nA small draft model proposes tokens that the large model verifies.\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['Why does a KV cache speed up LLM inference?', 'What is speculative decoding?']);
    expect(note.questions[0]!.answer?.markdown).toContain('**How it works**');
    expect(note.questions[0]!.answer?.markdown).toContain('No recomputation');
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('stays in the answer when it names the part (`Speed`, `Cost`), in a Markdown note and in copied text alike', () => {
    const text =
      'Why does a KV cache speed up LLM inference?\n\nIt stores the keys and values of earlier tokens.\n\n**Speed**\n- No recomputation of K and V.\n\n**Cost**\n- Memory grows with sequence length.\n';
    for (const file of ['note.md', 'copied.txt']) {
      const found = pairs(text, file);
      expect(found.map(([question]) => question)).toEqual(['Why does a KV cache speed up LLM inference?']);
      expect(found[0]![1]).toContain('Memory grows with sequence length.');
    }
  });

  it('stays in a Korean answer too (`**왜 생기나**` under `오버피팅이란?`)', () => {
    const note = pairs('오버피팅이란?\n\n학습 데이터에 과하게 맞춰지는 현상.\n\n**왜 생기나**\n- 모델이 너무 복잡할 때\n- 데이터가 적을 때\n\n드롭아웃은 왜 효과가 있나?\n\n뉴런 공동 적응을 막는다.\n');
    expect(note.map(([question]) => question)).toEqual(['오버피팅이란?', '드롭아웃은 왜 효과가 있나?']);
    expect(note[0]![1]).toContain('데이터가 적을 때');
  });

  it('is a question where bold lines are the note\'s questions: a bold task under a bold question\'s answer asks', () => {
    const note = pairs('**What is IoU?**\nOverlap divided by union.\n\n**Describe the architecture of YOLO**\n\n- backbone\n- neck\n- head\n\n**FPN이란?**\n\n여러 해상도의 feature map을 합친다.\n');
    expect(note.map(([question]) => question)).toEqual(['What is IoU?', 'Describe the architecture of YOLO', 'FPN이란?']);
  });

  it('is still a question of a note of bold concepts, with no question above it', () => {
    expect(pairs('**Dropout**\n- Zeroes units at random.\n\n**Batch norm**\n- Normalises activations.\n')).toEqual([
      ['Dropout', '• Zeroes units at random.'],
      ['Batch norm', '• Normalises activations.'],
    ]);
  });
});

describe('one bold question among plain ones', () => {
  it('is one of them: three plain questions outnumber it, and are not read as text of its answer', () => {
    const note = readNote(
      'What is overfitting?\n\nWhen a model fits noise.\n\nWhat is dropout?\n\nRandomly zeroing units.\n\n**What is batch norm?**\n\nNormalising activations per batch.\n\nWhat is weight decay?\n\nAn L2 penalty on weights.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting?', 'When a model fits noise.'],
      ['What is dropout?', 'Randomly zeroing units.'],
      ['What is batch norm?', 'Normalising activations per batch.'],
      ['What is weight decay?', 'An L2 penalty on weights.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('still carries a bold note whose answers ask a question or two of their own', () => {
    const note = readNote('**What is overfitting?**\n\nWhen a model fits noise. Why does it matter?\n\nIt hurts generalisation. How can you see it?\n\nValidation loss rises.\n\n**What is dropout?**\n\nRandomly zeroing units.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is overfitting?', 'What is dropout?']);
  });
});

describe("a heading at a question heading's level that titles a part of its answer (`### Example`, `### Note`, `### 예시`)", () => {
  it('is a part of the answer above, not a question of its own, and the next question heading is still read', () => {
    const note =
      '# ML Interview\n\n### What is overfitting?\n\nThe model learns the noise in its training data.\n\n### Example\n\nA degree-20 polynomial through 10 points.\n\n' +
      '### What is regularization?\n\nA penalty on complexity added to the loss.\n\n### 예시\n\nL2는 가중치 제곱합을 더한다.\n';
    expect(pairs(note)).toEqual([
      ['What is overfitting?', 'The model learns the noise in its training data.\nExample\nA degree-20 polynomial through 10 points.'],
      ['What is regularization?', 'A penalty on complexity added to the loss.\n예시\nL2는 가중치 제곱합을 더한다.'],
    ]);
  });

  it('in a note of concepts too: `## Dropout` over its explanation, then `## Example`', () => {
    const note = '# Deep Learning Interview Notes\n\n## Dropout\n\nRandomly zeroes activations.\n\n## Example\n\n`nn.Dropout(p=0.5)`\n\n## Batch Normalization\n\nNormalizes each mini-batch.\n';
    expect(pairs(note).map(([question]) => question)).toEqual(['Dropout', 'Batch Normalization']);
  });

  it("goes on with a coding problem's answer too (`## 예제`, `## 풀이` under `## Two Sum`)", () => {
    const note = '# 코딩 면접 정리\n\n## Two Sum\n\n합이 목표값인 두 인덱스를 찾는 문제.\n\n## 예제\n\n입력: [2, 7], 9\n\n## 풀이\n\n해시맵으로 한 번 순회한다.\n\n## Valid Parentheses\n\n괄호 짝을 판별하는 문제.\n\n## 풀이\n\n스택을 쓴다.\n';
    expect(pairs(note)).toEqual([
      ['Two Sum', '합이 목표값인 두 인덱스를 찾는 문제.\n예제\n입력: [2, 7], 9\n풀이\n해시맵으로 한 번 순회한다.'],
      ['Valid Parentheses', '괄호 짝을 판별하는 문제.\n풀이\n스택을 쓴다.'],
    ]);
  });

  it("is the page's own section after the last question when it may be the page's (`## Tips`, `## Examples`): left out of that answer, and said so", () => {
    const note = '# ML Interview\n\n## What is overfitting?\n\nFitting noise.\n\n## What is dropout?\n\nZeroing units.\n\n## Tips\n\nThink out loud in the interview.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting?', 'Fitting noise.'],
      ['What is dropout?', 'Zeroing units.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['13:section-text']);
  });

  it('is `### Code` over a code block, whether a question follows or not; `## Code` over prose, or `## 특징`, names a concept', () => {
    const note = '# Linked lists\n\n### How do you reverse a linked list?\n\nFlip the next pointers.\n\n### Code\n\n```python\ndef rev(h): ...\n```\n';
    expect(pairs(note)).toEqual([['How do you reverse a linked list?', 'Flip the next pointers.\nCode\ndef rev(h): ...']]);
    const followed = `${note}\n### How do you detect a cycle?\n\nTwo pointers at two speeds.\n`;
    expect(pairs(followed)).toEqual([
      ['How do you reverse a linked list?', 'Flip the next pointers.\nCode\ndef rev(h): ...'],
      ['How do you detect a cycle?', 'Two pointers at two speeds.'],
    ]);
    const review = '# Engineering\n\n## What is technical debt?\n\nThe cost of a quick fix now.\n\n## Code\n\nCode review is reading changes before they land.\n\n## What is refactoring?\n\nRestructuring without changing behaviour.\n';
    expect(pairs(review).map(([question]) => question)).toEqual(['What is technical debt?', 'Code', 'What is refactoring?']);
    const concepts = '# 딥러닝 면접 정리\n\n## 특징 공학\n\n원시 데이터에서 입력 변수를 만드는 과정.\n\n## 특징\n\n모델 입력의 개별 속성.\n\n## 정규화\n\n값의 범위를 맞춘다.\n';
    expect(pairs(concepts).map(([question]) => question)).toEqual(['특징 공학', '특징', '정규화']);
  });

  it('goes on with the last answer too where every question before it has such a part (`### Tips` under each)', () => {
    const note = '# Norms\n\n### What is batch norm?\n\nNormalizes over the batch.\n\n### Tips\n\nUse large batches.\n\n### What is layer norm?\n\nNormalizes over features.\n\n### Tips\n\nGood for transformers.\n';
    expect(pairs(note)).toEqual([
      ['What is batch norm?', 'Normalizes over the batch.\nTips\nUse large batches.'],
      ['What is layer norm?', 'Normalizes over features.\nTips\nGood for transformers.'],
    ]);
  });

  it('is left where no question above it has an answer yet: it titles a section then, and asks nothing', () => {
    const note = '# ML Interview\n\n## Example\n\nAn example of a good answer.\n\n## What is overfitting?\n\nThe model learns the noise.\n\n## What is dropout?\n\nRandomly zeroing units.\n';
    expect(pairs(note).map(([question]) => question)).toEqual(['What is overfitting?', 'What is dropout?']);
  });
});
