/**
 * What stands at the head of an answer and is not the answer: a line that only labels it, and the
 * metadata that sites and scraped lists print over it. Labels go; metadata is told in a note, and its
 * tags and categories become the question's tags.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe('a label at the head of an answer', () => {
  it.each(['*solution*', '**Solution**', '**Answer:**', 'Sample Answer:', '**모범 답안**', '💡 Answer', '✅ **답변**'])('"%s" is left out of it, an emoji that marks it too', (label) => {
    const { questions } = readNote(`## What is the cost function?\n\n${label}\n\nIt measures how far predictions are from targets.\n`);
    expect(questions.map((question) => question.answer?.markdown)).toEqual(['It measures how far predictions are from targets.']);
  });

  it('is `A.` with a space after it, not a full stop glued to a name: `A.T @ A` is the answer\'s own formula', () => {
    const { questions } = readNote('## What is the Gram matrix of A?\n\nA.T @ A, the inner products of its columns.\n\n## What is a transpose?\n\nA. Its rows as columns.\n\n## L1とL2の違いは？\n\nA.L1は重みをスパースにする。\n');
    // Glued to CJK text, as a full-width `Ａ．` read in copied text is, `A.` is a label still.
    expect(questions.map((question) => question.answer?.markdown)).toEqual(['A.T @ A, the inner products of its columns.', 'Its rows as columns.', 'L1は重みをスパースにする。']);
  });

  it('alone answers nothing: the question is unanswered', () => {
    const { questions } = readNote('**1. What is Deep Learning?**\n\n*solution*\n\nTraining deep networks.\n\n**2. What is the Boltzmann Machine**\n\n*solution*\n\n**3. What is the cost function?**\n\n*solution*\n\nA measure of error.\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is Deep Learning?', 'Training deep networks.'],
      ['What is the Boltzmann Machine', null],
      ['What is the cost function?', 'A measure of error.'],
    ]);
  });

  it('stays when text follows it on its line: that is the answer', () => {
    const { questions } = readNote('## What is weight decay?\n\n**Short answer:** an L2 penalty.\n');
    expect(questions[0]!.answer?.text).toBe('Short answer: an L2 penalty.');
  });
});

describe('a bullet that labels the answer it holds (`- **Standard Answer**: …`)', () => {
  it('is that answer, its label left out, whatever follows it', () => {
    const { questions } = readNote('### 考点 1: How does regularization work?\n\n* **Standard Answer**: L2 shrinks weights; L1 zeroes them.\n\n  $$\n  \\lambda \\sum w_i^2\n  $$\n\n> 💡 **Intuition**: a leash on the weights.\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How does regularization work?', 'L2 shrinks weights; L1 zeroes them.\n\n$$\n\\lambda \\sum w_i^2\n$$\n\n> 💡 **Intuition**: a leash on the weights.'],
    ]);
  });
});

describe("a question's metadata at the head of its answer", () => {
  it('is left out of the answer and told, with where it stands', () => {
    const note = readNote(
      '# 80 questions\n\n### 1. What is an artificial neural network?\n\n**Type:** 📝 Question\n\n---\n\n### 2. Discuss style transfer.\n\n**Type:** 📝 Question\n**Access:** 🔒 Premium\n\n---\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer])).toEqual([
      ['What is an artificial neural network?', null],
      ['Discuss style transfer.', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['5:question-metadata', '11:question-metadata']);
    expect(note.vfile.messages[1]!.reason).toContain('"Type: 📝 Question; Access: 🔒 Premium"');
  });

  it('gives its categories and tags to the question, beside those of the front matter', () => {
    const note = readNote(
      '---\ntags: [interview]\n---\n\n### Q: What is overfitting?\n\n**Category:** ML Basics  \n**Difficulty:** Easy  \n**Tags:** generalisation, regularisation\n\n**Sample Answer:**\nFitting noise in the training data.\n',
    );
    const [question] = note.questions;
    expect(question!.answer?.text).toBe('Fitting noise in the training data.');
    expect(question!.tags).toEqual(['generalisation', 'interview', 'ml-basics', 'regularisation']);
    expect(note.vfile.messages.map((message) => message.reason)).toEqual([
      'Left out of the answer to "What is overfitting?" the lines that describe the question, its tags and categories kept as its tags: "Category: ML Basics; Difficulty: Easy; Tags: generalisation, regularisation"',
    ]);
  });

  it('tells where the question was asked (`[Company](…) 기술면접 질문`), not how to answer it', () => {
    const { questions } = readNote(
      '#### No.1\n\n**CNN과 ViT의 차이는 무엇인가요?**\n\n- [자이냅스](../company/Xinapse.md) 기술면접 질문\n\nConvolution은 지역적인 패턴을 학습한다.\n\n---\n\n#### No.2\n\n**ReLU가 선호되는 이유는 무엇인가요?**\n\n- [포자랩스](../company/PozaLabs.md) 기술면접 질문\n\n---\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['CNN과 ViT의 차이는 무엇인가요?', 'Convolution은 지역적인 패턴을 학습한다.'],
      ['ReLU가 선호되는 이유는 무엇인가요?', null],
    ]);
  });

  it('is only lines of known fields: a line of the answer that looks like a field stays', () => {
    const { questions } = readNote('## What is dropout?\n\n**Idea:** zero random units.\n**Effect:** less co-adaptation.\n');
    expect(questions[0]!.answer?.text).toBe('Idea: zero random units.\nEffect: less co-adaptation.');
  });
});

describe('a question bank scraped from a MkDocs site', () => {
  const bank = [
    '## Premium Interview Questions',
    '',
    '### How Do You Create Tensors? - Google, Amazon Interview Question',
    '',
    '**Difficulty:** 🟢 Easy | **Tags:** `Tensors`, `Dtypes` | **Asked by:** Google, Amazon',
    '',
    '??? success "View Answer"',
    '',
    '    PyTorch offers several **constructors**.',
    '',
    '    !!! tip "Interviewer\'s Insight"',
    '        - Knows `torch.tensor` infers the dtype',
    '',
    '---',
    '',
    '### SGD vs Adam vs AdamW: Which Optimizer and Why - Meta, Netflix Interview Question',
    '',
    '**Difficulty:** 🟡 Medium | **Tags:** `Optimizers` | **Asked by:** Meta',
    '',
    '??? success "View Answer"',
    '',
    '    AdamW decouples weight decay from the gradient update.',
    '',
  ].join('\n');

  it('reads the fields of a metadata line split by bars, the question without who asked it, and the body of "View Answer" as the answer', () => {
    const note = readNote(bank, 'pytorch.md');
    expect(note.questions.map((question) => [question.question, question.tags, question.answer?.markdown])).toEqual([
      ['How Do You Create Tensors?', ['dtypes', 'tensors'], "PyTorch offers several **constructors**.\n\n> **Interviewer's Insight**\n>\n> - Knows `torch.tensor` infers the dtype"],
      // A heading answered by such a callout asks, however it is worded.
      ['SGD vs Adam vs AdamW: Which Optimizer and Why', ['optimizers'], 'AdamW decouples weight decay from the gradient update.'],
    ]);
    expect(note.vfile.messages[0]!.reason).toContain('"Difficulty: 🟢 Easy; Tags: Tensors, Dtypes; Asked by: Google, Amazon"');
  });

  it('reads a heading over a fold that only says "View Answer" (the site built: `<details><summary>View Answer</summary>`) as a question too, however worded', () => {
    const built = [
      '### 1.1.1 What is the KV Cache? Why is it critical for inference? - OpenAI Interview Question',
      '',
      '**Difficulty:** 🟡 Medium | **Tags:** `KV Cache` | **Asked by:** OpenAI',
      '',
      '<details>\n<summary>View Answer</summary>\n\nIt stores the keys and values of earlier tokens.\n\n</details>',
      '',
      '### 1.1.2 Explain RMSNorm and why modern Transformers prefer it over LayerNorm - Meta, Google Interview Question',
      '',
      '**Difficulty:** 🟡 Medium | **Tags:** `RMSNorm` | **Asked by:** Meta',
      '',
      '<details>\n<summary>View Answer</summary>\n\nIt drops the mean-centering step.\n\n</details>',
      '',
    ].join('\n');
    expect(readNote(built).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is the KV Cache? Why is it critical for inference?', 'It stores the keys and values of earlier tokens.'],
      ['Explain RMSNorm and why modern Transformers prefer it over LayerNorm', 'It drops the mean-centering step.'],
    ]);
  });

  it('keeps a callout of another title in the answer, as the aside it is', () => {
    const { questions } = readNote('### What is autograd?\n\n!!! tip "Remember"\n    It records operations.\n');
    expect(questions[0]!.answer?.markdown).toBe('> **Remember**\n>\n> It records operations.');
  });
});

describe('an answer label alone on its line (`**Answer:**`) under a labelled question', () => {
  it('opens an answer that goes on under deeper headings, up to one that asks outright', () => {
    const note =
      '# Question 1: Prompts\n\n**Question:** What is the difference between a system prompt and a user prompt?\n\n**Answer:**\n\n' +
      '### 1. Question Explanation\n\nThey test API literacy.\n\n### 2. This is how I would answer this\n\nThe system prompt sets the rules.\n\n### Why do roles matter?\n\nThey keep rules apart from input.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      [
        'What is the difference between a system prompt and a user prompt?',
        '### 1. Question Explanation\n\nThey test API literacy.\n\n### 2. This is how I would answer this\n\nThe system prompt sets the rules.',
      ],
      ['Why do roles matter?', 'They keep rules apart from input.'],
    ]);
  });
});

describe('an answer label alone on its line (`**A:**`) over a list or a formula', () => {
  it('leaves nothing of itself in the answer: no empty paragraph opens its HTML', () => {
    const note = '### Q2. What are regularizers?\n\n**A:**\n\n- L1\n- L2\n\n### Q3. What is x?\n\nA:\n\n$$\nx = 1\n$$\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.html])).toEqual([
      ['What are regularizers?', '<ul>\n<li>L1</li>\n<li>L2</li>\n</ul>'],
      ['What is x?', '<div class="math math-display">\\[x = 1\\]</div>'],
    ]);
  });
});

describe('the end of an answer', () => {
  it('leaves out the links that move about the page after it (`[⬆️ Back to Top](#…) | [🏠 Back to Main Index](…)`)', () => {
    const note = '### Q: What is teacher forcing?\n\nFeeding ground truth to the decoder.\n\n---\n\n[⬆️ Back to Top](#table-of-contents) | [🏠 Back to Main Index](./README.md)\n\n### Q: What is exposure bias?\n\nErrors compounding at inference.\n\n[Next question](./q3.md)\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => question.answer?.markdown)).toEqual(['Feeding ground truth to the decoder.', 'Errors compounding at inference.']);
    // Nothing is lost silently: each line left out is named where it stands.
    expect(messagesOf(vfile)).toEqual(['7:site-chrome', '13:site-chrome']);
    expect(vfile.messages[0]!.reason).toContain('"⬆️ Back to Top | 🏠 Back to Main Index"');
  });

  it('keeps the links that the answer leads into (`See the index:` over `[Home](README.md)`)', () => {
    const note = '## What is dropout?\n\nRandomly zeroing activations in training. See the index:\n\n[Home](README.md)\n\n## What is Adam?\n\nAn optimizer.\n';
    const { questions, vfile } = readNote(note);
    expect(questions[0]!.answer?.markdown).toBe('Randomly zeroing activations in training. See the index:\n\n[Home](README.md)');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('leaves them out under a label, not words that lead into them (`A:`, `**Navigate:**`), and a link within the page under any (review s67b)', () => {
    const cases = [
      // Labels over a link out of the page, as `See the index:` is over one.
      ...['A:', '**Navigate:**', 'Your answer:'].map((over) => [over, '[Back to top](#top) | [Index](README.md)']),
      // Words that lead in, over links within the page only.
      ['Jump back to the top:', '[Back to top](#top) | [Index](#contents)'],
    ];
    for (const [over, links] of cases) {
      const { questions, vfile } = readNote(`## What is a CDN?\n\nServers near the users.\n\n${over}\n\n${links}\n`);
      expect(questions[0]!.answer?.markdown, over).toBe(`Servers near the users.\n\n${over}`);
      expect(messagesOf(vfile), over).toContain('7:site-chrome');
    }
    // An unanswered question keeps no answer: its label leads into nothing, and the links are said to be left out.
    const unanswered = readNote('Q: What is a CDN?\nA:\n\n[Back to top](#top) | [Index](README.md)\n');
    expect(unanswered.questions[0]!.answer).toBeNull();
    expect(messagesOf(unanswered.vfile)).toContain('4:site-chrome');
  });

  it('keeps a line of links that say more than where to go', () => {
    const note = '### What is exposure bias?\n\nErrors compounding at inference.\n\n[Scheduled sampling](https://arxiv.org/abs/1506.03099) | [Top](#top)\n';
    expect(readNote(note).questions[0]!.answer?.markdown).toContain('[Scheduled sampling]');
  });
});

describe('an interview written as labelled lines (`Question:`, `Common Answer:`, `Follow-Up Question:`, `Answer:`)', () => {
  it('is a question and its follow-up, each answered, their labels left out', () => {
    const note = '## Positional embeddings\n\nQuestion: "Why did the Transformer make positional embeddings a requirement?"\n\nCommon Answer: "Self-Attention sees all tokens at once."\n\nFollow-Up Question: "Would attention still work without them?"\n\nAnswer: "Technically yes, but order is lost."\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Why did the Transformer make positional embeddings a requirement?', '"Self-Attention sees all tokens at once."'],
      ['Would attention still work without them?', '"Technically yes, but order is lost."'],
    ]);
  });
});

describe('an answer labelled `A:` inside a quote (`> * A: …` under each question)', () => {
  it('is the labelled text alone: the quote and the bullet only set it apart', () => {
    const note = '## 1. How would you define Machine Learning?\n> * A: Machine Learning 是关于构建可以从数据中学习的系统。\n## 2. What is a labeled training set?\n> A: 带有标记的数据。\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How would you define Machine Learning?', 'Machine Learning 是关于构建可以从数据中学习的系统。'],
      ['What is a labeled training set?', '带有标记的数据。'],
    ]);
  });

  it('is the quote\'s content when the label heads it alone on its line (`> **Answer**` over `> …`), as under a callout titled so', () => {
    const note = '## What is momentum?\n\n> **Answer**\n> A running average of gradients.\n\n## What is SGD?\n\n> Answer\n>\n> - One example per step.\n> - Noisy, cheap steps.\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual(['A running average of gradients.', '- One example per step.\n- Noisy, cheap steps.']);
  });

  it('is the body of a callout titled only with its kind (`> [!success]`) when the body opens with the label', () => {
    const note = '## What is momentum?\n\n> [!success]\n> **Answer:** A running average of gradients.\n\n## What is SGD?\n\n> [!tip]\n> One example per step.\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual(['A running average of gradients.', '> **Tip**\n>\n> One example per step.']);
  });

  it('keeps a quote that says more than the labelled answer, and a quote without a label', () => {
    const note = '## What is bias?\n> A: Error from wrong assumptions.\n>\n> — from a lecture\n\n## What is variance?\n> Sensitivity to the training set.\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual(['> A: Error from wrong assumptions.\n>\n> — from a lecture', '> Sensitivity to the training set.']);
  });
});

describe('an answer written in bold with its label (`**Answer: the whole answer.**`)', () => {
  it('keeps the answer, bold as written, without the label', () => {
    const note = '#### **Q33: How are primary and foreign keys related in SQL?**\n\n**Answer: Foreign keys match rows to the primary key of another table. Joins use them.**\n\n#### **Q34: How do XML and CSV compare in size?**\n\n**Answer:** XML is more verbose.\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual(['**Foreign keys match rows to the primary key of another table. Joins use them.**', 'XML is more verbose.']);
  });
});
