/** Emacs Org notes: read as the Markdown they stand for, line for line. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readFixture, readNote } from '../helpers/read-note.js';

const asked = (text: string, file = 'notes.org') =>
  readNote(text, file).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

describe('an Org note', () => {
  it('asks with its headlines and answers with their text, each at its own line of the file, its sources telling it was Org', () => {
    const { questions, summary, vfile } = readFixture('org-note.org');
    expect(summary.format).toBe('org');
    expect(summary.title).toBe('ML interview prep');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic])).toEqual([
      ['What is overfitting?', 6, 'Basics'],
      ['What is the bias-variance trade-off?', 10, 'Basics'],
      ['Explain dropout', 17, 'Basics'],
      ['Why does batch normalisation help?', 29, 'Deep learning'],
      ['What does torch.no_grad() do?', 35, 'Deep learning'],
      ['What is the formula for softmax?', 43, 'Deep learning'],
      ['Cross-entropy loss', 47, 'Deep learning'],
      ['What is a ReLU?', 50, 'Deep learning'],
      ['What is a residual connection?', 51, 'Deep learning'],
      ['What is the capital city of Estonia?', 56, 'Drill'],
      ['배치 정규화란 무엇인가요?', 60, '딥러닝 기초'],
    ]);
    // `#+FILETAGS: :ml:` files every question; a headline's own tags file its question.
    expect(questions.every((question) => question.tags.includes('ml'))).toBe(true);
    // Tags after a headline are Org's own syntax, read as a front matter's tags are: no note tells of them.
    expect(messagesOf(vfile)).toEqual(['1:org-note']);
  });

  it('gives each question as the file writes it: a headline as Org writes it, a line the reading left as it was as Markdown gives it', () => {
    const written = (text: string) => readNote(text, 'notes.org').questions.map((question) => question.occurrences[0]!.question);
    expect(written('* Basics\n** TODO [#A] What is overfitting?     :ml:\nFitting noise.\n* Regularisation\n- What is dropout?\n  Zeroing units at random.\n')).toEqual([
      '** TODO [#A] What is overfitting?     :ml:',
      // Left as it was: as a Markdown note's list item gives it, its bullet not part of it.
      'What is dropout?',
    ]);
    // A Markdown note's question is as its Markdown writes it.
    expect(readNote('## What is overfitting? #ml\n\nFitting noise.\n').questions[0]!.occurrences[0]!.question).toBe('## What is overfitting? #ml');
  });

  it('leaves out what files and schedules an entry: keywords, priorities, drawers, planning lines and comments', () => {
    const note =
      '#+TITLE: Prep\n#+OPTIONS: toc:nil\n* TODO [#A] What is dropout?   :dl:\nSCHEDULED: <2026-11-25 Wed>\n:PROPERTIES:\n:ID: 4f1c\n:END:\n# a comment of mine\nRandomly zeroes units.\n#+BEGIN_COMMENT\n* Not a question?\n#+END_COMMENT\n';
    const { questions } = readNote(note, 'prep.org');
    expect(questions.map((question) => [question.question, question.tags, question.answer?.markdown])).toEqual([['What is dropout?', ['dl'], 'Randomly zeroes units.']]);
  });

  it('hides nothing behind a block or drawer that nothing closes: as Org reads them, their lines are text', () => {
    const note = '* What is dropout?\n:PROPERTIES:\nRandomly zeroes units.\n* What is momentum?\n#+BEGIN_COMMENT\nA running average of gradients.\n';
    expect(asked(note)).toEqual([
      ['What is dropout?', 1, ':PROPERTIES:\nRandomly zeroes units.'],
      ['What is momentum?', 4, 'A running average of gradients.'],
    ]);
  });

  it('reads its blocks as Markdown writes them: source and example code fenced, quotes quoted, fixed-width lines as code', () => {
    const note =
      '* What does this print?\n#+begin_src python :results output\nprint(1)\n,* a line Org escapes\n#+end_src\n#+BEGIN_EXAMPLE\n$ pip install torch\n#+END_EXAMPLE\n#+BEGIN_QUOTE\nAll models are wrong.\n#+END_QUOTE\n: x = 1\n';
    expect(asked(note)).toEqual([
      ['What does this print?', 1, '```python\nprint(1)\n* a line Org escapes\n```\n\n```\n$ pip install torch\n```\n\n> All models are wrong.\n\n`x = 1`'],
    ]);
  });

  it('reads its markup in text as Markdown writes it, and leaves it alone in code', () => {
    const note =
      '* What is Adam?\n*Adaptive* /moment/ estimation, +not SGD+, see =torch.optim= or ~adam~: [[https://arxiv.org/abs/1412.6980][the paper]], [[file:adam.png]] and [[*Optimisers][the section]]. Org marks nothing in 3*4*5, ~10 epochs or <b>.\n#+begin_src\n*not bold* /not italic/\n#+end_src\n';
    expect(asked(note)).toEqual([
      [
        'What is Adam?',
        1,
        '**Adaptive** *moment* estimation, ~~not SGD~~, see `torch.optim` or `adam`: [the paper](https://arxiv.org/abs/1412.6980), ![](adam.png) and the section. Org marks nothing in 3\\*4\\*5, \\~10 epochs or \\<b>.\n\n```\n*not bold* /not italic/\n```',
      ],
    ]);
  });

  it('reads lists, description lists and tables as Markdown lists and tables', () => {
    const note = '* How do L1 and L2 differ?\n- L1 :: drives weights to zero\n- L2 :: shrinks them\n\n| Norm | Effect |\n|------+--------|\n| L1   | sparse |\n';
    expect(asked(note)).toEqual([['How do L1 and L2 differ?', 1, '- L1: drives weights to zero\n- L2: shrinks them\n\n| Norm | Effect |\n| ---- | ------ |\n| L1   | sparse |']]);
  });

  it('reads a list indented under a deep headline as a list, its nesting kept, not as code', () => {
    const note = '* Linear algebra\n** How do SVD and eigendecomposition differ?\n    - SVD exists for any matrix\n      - even a non-square one\n    - Eigendecomposition needs a square one\n';
    expect(asked(note)).toEqual([['How do SVD and eigendecomposition differ?', 2, '- SVD exists for any matrix\n  - even a non-square one\n- Eigendecomposition needs a square one']]);
    // A code block in such a list moves left with it, and stays in its item.
    const code = '* Python\n** What is a decorator?\n    - Example:\n      #+begin_src python\n      def log(f):\n          return f\n      #+end_src\n    - Used for caching.\n';
    expect(asked(code)).toEqual([['What is a decorator?', 2, '- Example:\n  ```python\n  def log(f):\n      return f\n  ```\n- Used for caching.']]);
  });

  it("asks an org-drill entry's body and answers with its subheadings when the body asks; else its headline is the card", () => {
    const note =
      '* Geography\n** Item   :drill:geo:\nWhat is the capital city of Estonia?\n*** Answer\nTallinn.\n** Cross-entropy   :drill:\nThe negative log-likelihood of the true class.\n';
    const { questions, vfile } = readNote(note, 'drill.org');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.tags, question.answer?.markdown])).toEqual([
      ['What is the capital city of Estonia?', 3, ['geo'], 'Tallinn.'],
      ['Cross-entropy', 6, [], 'The negative log-likelihood of the true class.'],
    ]);
    // The card marker after the body's line is the reader's own, and `:drill:` Org's: no note of either.
    expect(messagesOf(vfile)).toEqual(['1:org-note']);
  });

  it('is told by its name: a Markdown note about Org, quoting its blocks in code, is read as Markdown', () => {
    const about = '# What is Org-Babel?\n\nIt runs code blocks:\n\n```\n#+BEGIN_SRC python\nprint(1)\n#+END_SRC\n```\n\n* It supports many languages\n\n# How do you tangle a file?\n\nRun `C-c C-v t`.\n';
    const { questions, summary } = readNote(about, 'about-org.md');
    expect(summary.format).toBe('markdown');
    expect(questions.map((question) => question.question)).toEqual(['What is Org-Babel?', 'How do you tangle a file?']);
    expect(readNote('* What is dropout?\nRandomly zeroes units.\n', 'notes.org').summary.format).toBe('org');
  });

  it("keeps each question's text where Org keeps it: code holding a fence, text indented under a deep headline, a rule, a formula, a block in a list item", () => {
    const fenced = '* What does this print?\n#+BEGIN_SRC markdown\n```python\nprint(1)\n```\n#+END_SRC\n* What is dropout?\nThis.\n';
    expect(asked(fenced)).toEqual([
      ['What does this print?', 1, '````markdown\n```python\nprint(1)\n```\n````'],
      ['What is dropout?', 7, 'This.'],
    ]);
    expect(asked('*** What is weight decay?\n    An L2 penalty.\n')).toEqual([['What is weight decay?', 1, 'An L2 penalty.']]);
    expect(asked('* What is bagging?\nBootstrap aggregating. Why does it help?\n-----\nIt reduces variance.\n')).toEqual([
      ['What is bagging?', 1, 'Bootstrap aggregating. Why does it help?\n\n---\n\nIt reduces variance.'],
    ]);
    expect(asked('* What is the loss?\nA formula: $a~b$ and \\(c*d*e\\).\n')).toEqual([['What is the loss?', 1, 'A formula: $a~b$ and \\(c*d*e\\).']]);
    expect(asked('* What are the steps?\n1. Compute:\n   #+begin_src python\n   g = grad(w)\n   #+end_src\n2. Step.\n')).toEqual([
      ['What are the steps?', 1, '1. Compute:\n   ```python\n   g = grad(w)\n   ```\n2. Step.'],
    ]);
  });

  it('gives its #+TITLE as the source\'s title in plain text, as a front matter\'s, and reads a fixed-width line of any length', () => {
    expect(readNote('#+TITLE: C++ *pointers* and a*b\n* What is a pointer?\nAn address.\n', 'c.org').summary.title).toBe('C++ *pointers* and a*b');
    const long = `* What does this print?\n: ${'`x '.repeat(150_000)}\n`;
    expect(readNote(long, 'long.org').questions.map((question) => question.question)).toEqual(['What does this print?']);
  });

  it('leaves out a COMMENT subtree and an export block, and the note\'s own keywords before a headline', () => {
    const note = '#+TODO: STARTED | FIXED\n* STARTED What is dropout?\nZeroing units.\n* COMMENT Drafts\n** What is not asked yet?\nLater.\n* What is momentum?\n#+BEGIN_EXPORT html\n<script>alert(1)</script>\n#+END_EXPORT\nA running average.\n';
    expect(asked(note)).toEqual([
      ['What is dropout?', 2, 'Zeroing units.'],
      ['What is momentum?', 7, 'A running average.'],
    ]);
  });

});

describe('an Org outline saved as plain text (`.txt`)', () => {
  it('is read as Org where headlines under a top one mostly ask or wait as to-dos: the stars and labels no part of the questions', () => {
    const outline = '* Linear models\n** Q: How do you detect multicollinearity?\n   VIF above 5 to 10.\n* Trees\n** Q: LightGBM vs XGBoost?\n   Leaf-wise growth, histograms.\n* Misc\n** TODO Q: Explain SHAP values\n';
    const { questions, vfile } = readNote(outline, 'ml.txt');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown ?? null])).toEqual([
      ['How do you detect multicollinearity?', 'Linear models', 'VIF above 5 to 10.'],
      ['LightGBM vs XGBoost?', 'Trees', 'Leaf-wise growth, histograms.'],
      ['Explain SHAP values', 'Misc', null],
    ]);
    expect(messagesOf(vfile)).toContain('1:org-note');
  });

  it('is not where the stars only nest the points of an answer (`* L1` over `** sparse weights`)', () => {
    const { questions, vfile } = readNote('Q: What are the regularisation methods?\n* L1\n** sparse weights\n** feature selection\n* L2\n** small weights\n', 'ml.txt');
    expect(questions.map((question) => question.question)).toEqual(['What are the regularisation methods?']);
    expect(messagesOf(vfile)).not.toContain('1:org-note');
  });
});
