/**
 * Headings that ask nothing open sections, and a section's heading is the topic of the questions
 * under it; so does a bold line that asks nothing over questions. Some name no section of
 * questions: a references list at the end of a post, or an anchor such as `## #12-4` or `### 12.4`.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe('a references section', () => {
  it('is not part of the last question’s answer, also under a deeper heading, and is noted as left out', () => {
    const note = readNote(
      '## What is overfitting?\n\nLearning noise in the training data.\n\n## What is dropout?\n\nRandomly zeroing units during training.\n\n#### References\n\n- [Dropout paper](https://jmlr.org/papers/v15/srivastava14a.html)\n- Goodfellow et al., Deep Learning, ch. 7\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting?', 'Learning noise in the training data.'],
      ['What is dropout?', 'Randomly zeroing units during training.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['9:references']);
    expect(note.vfile.messages[0]!.reason).toContain('"References", lines 9-12');
  });

  it('is not a question among question headings, and its links are not reported as text that belongs to no question', () => {
    const note = readNote(
      '## Regularisation\n\n### What is overfitting?\n\nLearning noise.\n\n### What is dropout?\n\nZeroing units.\n\n### References\n\n- Goodfellow et al., Deep Learning, ch. 7\n\n## Optimisation\n\n### What is momentum?\n\nA running average of gradients.\n\n## Further reading\n\n- [Adam](https://arxiv.org/abs/1412.6980)\n',
    );
    expect(note.questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is overfitting?', 'Regularisation'],
      ['What is dropout?', 'Regularisation'],
      ['What is momentum?', 'Optimisation'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['11:references', '21:references']);
  });

  it('counts for nothing in how the headings of its depth read, nor do anchors: the question headings there still ask', () => {
    // boost-devs' network answers: `## #N` anchors, `#### question` headings, each answer followed by its `#### References`.
    const section = (n: number, asked: string, answer: string) => `## #${n}\n\n#### ${asked}\n\n${answer}\n\n#### References\n\n- [Source ${n}](https://example.com/${n})\n\n#### #${n}-1\n\n`;
    const note = [
      section(1, 'TCP와 UDP의 차이를 설명해주세요.', 'TCP는 연결을 맺는다.'),
      section(2, 'HTTP GET과 POST 메서드를 비교/설명해주세요.', 'GET은 조회한다.'),
      section(3, '딥러닝할 때 GPU를 쓰면 좋은 이유는?', '병렬로 처리한다.'),
    ].join('');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['TCP와 UDP의 차이를 설명해주세요.', 'TCP는 연결을 맺는다.'],
      ['HTTP GET과 POST 메서드를 비교/설명해주세요.', 'GET은 조회한다.'],
      ['딥러닝할 때 GPU를 쓰면 좋은 이유는?', '병렬로 처리한다.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:references', '19:references', '31:references']);
  });

  it('leaves an anchor heading that closes an answer out of it: it numbers what follows', () => {
    const { questions } = readNote('### What is batch normalization?\n\nIt stabilises training.\n\n#### #1-1\n\n### What is dropout?\n\nAn average of thinned networks.\n');
    expect(questions.map((question) => question.answer?.markdown)).toEqual(['It stabilises training.', 'An average of thinned networks.']);
  });

  it('ends answers of bold questions the same way, Korean titles and all', () => {
    const note = readNote('**과적합이란 무엇인가요?**\n\n노이즈까지 학습하는 것.\n\n**드롭아웃이란 무엇인가요?**\n\n유닛을 무작위로 끄는 것.\n\n## 참고 자료\n\n- 밑바닥부터 시작하는 딥러닝\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['노이즈까지 학습하는 것.', '유닛을 무작위로 끄는 것.']);
    expect(messagesOf(note.vfile)).toEqual(['9:references']);
  });

  it('ends at the next question, so a list of sources at the top of a post takes no question with it', () => {
    const note = readNote('## Sources\n\n- Glassdoor\n- Blind\n\n**What is overfitting?**\n\nLearning noise.\n\n**What is dropout?**\n\nZeroing units.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is overfitting?', 'What is dropout?']);
    expect(note.vfile.messages[0]!.reason).toContain('"Sources", lines 1-4');
  });

  it('names no topic: a question after it keeps the section above the references, or none', () => {
    const { questions } = readNote('# 딥러닝\n\n## 정규화\n\n### 과적합이란 무엇인가요?\n\n노이즈까지 학습하는 것.\n\n## 참고\n\n- https://example.org\n\n### 드롭아웃이란 무엇인가요?\n\n유닛을 끄는 것.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['과적합이란 무엇인가요?', '정규화'],
      ['드롭아웃이란 무엇인가요?', null],
    ]);
  });

  it('stays in each answer when every question cites its own sources', () => {
    const { questions } = readNote('## What is overfitting?\n\nLearning noise.\n\n#### References\n\n- Bishop, ch. 1\n\n## What is dropout?\n\nZeroing units.\n\n#### References\n\n- Srivastava et al. 2014\n');
    expect(questions.map((question) => question.answer?.markdown)).toEqual([
      'Learning noise.\n\n#### References\n\n- Bishop, ch. 1',
      'Zeroing units.\n\n#### References\n\n- Srivastava et al. 2014',
    ]);
  });
});

describe('a references line: a plain line that only names a references section', () => {
  const post = (title: string) => `Notes\n\nWhat is overfitting?\n\nLearning noise in the training data.\n\nWhat is dropout?\n\nRandomly zeroing units during training.\n\n${title}\n\n  • Srivastava et al., Dropout, JMLR 2014\n  • https://www.deeplearningbook.org/contents/regularization.html\n`;

  it.each(['References', 'References:', 'Sources', 'Further reading', 'Bibliography', 'See also', '참고', '참고 자료', '출처', '(참고)', '[출처]'])(
    'is no question in copied text, ends the answer above it, and its list is left out with a note: "%s"',
    (title) => {
      const note = readNote(post(title), 'notes.txt');
      expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
        ['What is overfitting?', 'Learning noise in the training data.'],
        ['What is dropout?', 'Randomly zeroing units during training.'],
      ]);
      expect(messagesOf(note.vfile)).toEqual(['11:references']);
      expect(note.vfile.messages[0]!.reason).toContain(`"${title}", lines 11-14`);
    },
  );

  it('ends the answer of a Q:/A: note and of a bold question the same way', () => {
    const qa = readNote('Q: What is overfitting?\nA: Learning noise.\n\nQ: What is dropout?\nA: Zeroing units.\n\nReferences:\n\n- [Dropout](https://jmlr.org/papers/v15/srivastava14a.html)\n');
    expect(qa.questions.map((question) => question.answer?.text)).toEqual(['Learning noise.', 'Zeroing units.']);
    expect(messagesOf(qa.vfile)).toEqual(['7:references']);
    const bold = readNote('**과적합이란 무엇인가요?**\n\n노이즈까지 학습하는 것.\n\n**드롭아웃이란 무엇인가요?**\n\n유닛을 무작위로 끄는 것.\n\n**참고 자료**\n\n- 밑바닥부터 시작하는 딥러닝\n');
    expect(bold.questions.map((question) => question.answer?.text)).toEqual(['노이즈까지 학습하는 것.', '유닛을 무작위로 끄는 것.']);
    expect(messagesOf(bold.vfile)).toEqual(['9:references']);
  });

  it('takes for its entries a list of links to pages that ask, in Chinese too: they are cited, not asked here', () => {
    const text = (title: string) =>
      `## 鞍点的定义和特点？\n\n梯度为零但不是极值的点。\n\n## 池化（Pooling）\n\n平均池化求取平均。\n\n${title}\n\n- [如何理解CNN中的池化？](https://www.zhihu.com/question/303215483)\n- [CNN中特殊环节的反向传播](https://blog.csdn.net/article/72871704)\n\n## BN 的作用？\n\n加快训练。\n`;
    for (const title of ['**参考资料**', '参考文献：', '**References**']) {
      const note = readNote(text(title));
      // `池化（Pooling）` names a concept over its explanation, among headings that ask: a question too.
      expect(note.questions.map((question) => question.question)).toEqual(['鞍点的定义和特点？', '池化（Pooling）', 'BN 的作用？']);
      expect(note.vfile.messages.filter((message) => message.ruleId === 'references').map((message) => message.reason)).toEqual([
        `Left out a references section ("${title.replace(/\*/g, '')}", lines 9-12): not a question, and not part of the answer above it`,
      ]);
    }
  });

  it('ends a heading question\'s answer too, when only its entries follow to the next heading', () => {
    const note = readNote('## 과적합이란?\n\n노이즈까지 외우는 현상.\n\n참고 자료\n- https://en.wikipedia.org/wiki/Overfitting\n\n## 드롭아웃이란?\n\n뉴런을 끈다.\n\nReferences:\n- [Dropout](https://jmlr.org/papers/v15/srivastava14a.html)\n\nIt is an ensemble, in a way.\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual([
      '노이즈까지 외우는 현상.',
      // The answer goes on after the entries: they are part of it, nothing left out.
      '뉴런을 끈다.\nReferences:\n• Dropout\nIt is an ensemble, in a way.',
    ]);
    expect(messagesOf(note.vfile)).toEqual(['5:references']);
  });

  it('names no topic: the question after it is not filed under "Sources"', () => {
    const { questions } = readNote('Notes\n\nRegularisation\n\nWhat is dropout?\n\nZeroing units.\n\nSources\n\nWhat is weight decay?\n\nAn L2 penalty.\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What is dropout?', 'Regularisation', 'Zeroing units.'],
      ['What is weight decay?', null, 'An L2 penalty.'],
    ]);
  });

  it('is not a question in a list of questions, and its nested links are left out with a note', () => {
    const note = readNote('- What is overfitting?\n  - Learning noise.\n- What is dropout?\n  - Zeroing units.\n- References\n  - https://jmlr.org/papers/v15/srivastava14a.html\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is overfitting?', 'What is dropout?']);
    expect(messagesOf(note.vfile)).toEqual(['5:references']);
  });

  it('takes lines of links or citations written without bullets for its entries', () => {
    const note = readNote('Notes\n\nWhat is batch norm?\n\nNormalising activations per mini-batch.\n\nFurther reading\n\nhttps://arxiv.org/abs/1502.03167\n\nIoffe and Szegedy, 2015; Santurkar et al., 2018\n\nWhat is layer norm?\n\nNormalising over the features of one example.\n', 'notes.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is batch norm?', 'Normalising activations per mini-batch.'],
      ['What is layer norm?', 'Normalising over the features of one example.'],
    ]);
    expect(note.vfile.messages.map((message) => message.reason)).toEqual([expect.stringContaining('"Further reading", lines 7-11')]);
  });

  it('stays in the answer, with its list, when the answer goes on after it: nothing of the answer is left out', () => {
    const note = readNote('Notes\n\nWhat is dropout?\n\nRandomly zeroing units during training.\n\nReferences\n\n  • Srivastava et al. 2014\n\nIn practice p = 0.5 is common for hidden layers.\n\nWhat is weight decay?\n\nAn L2 penalty.\n', 'notes.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Randomly zeroing units during training.\nReferences\n• Srivastava et al. 2014\nIn practice p = 0.5 is common for hidden layers.'],
      ['What is weight decay?', 'An L2 penalty.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is only the whole line: questions and title-like prompts that merely contain the word stay questions', () => {
    const { questions } = readNote('Notes\n\nWhat references would you cite for attention?\n\nVaswani et al. 2017.\n\nWhat are the sources of bias in a dataset?\n\nSampling and labelling.\n\nSources of label noise\n\n  • crowd workers\n  • weak supervision\n', 'notes.txt');
    expect(questions.map((question) => question.question)).toEqual(['What references would you cite for attention?', 'What are the sources of bias in a dataset?', 'Sources of label noise']);
  });
});

describe('a list item that is only a link to another page', () => {
  it('is no question in a list of questions, whatever its text names: it is left out with a note', () => {
    const note = readNote('- What is overfitting?\n- What is dropout?\n- [List of ML questions](https://github.com/Sroy20/machine-learning-interview-questions)\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is overfitting?', 'What is dropout?']);
    expect(messagesOf(note.vfile)).toEqual(['3:references']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out a link to another page ("List of ML questions"): not a question, and not part of an answer');
  });

  it('leaves out a list of other question lists after the questions with one note, a line among its links too', () => {
    const note = readNote(
      '1. What is the variance?\n2. What is stddev?\n\n# Other question lists\n\n* [List of ML questions](https://example.com/ml.md)\n* [List of DL questions](https://example.com/dl.md)\n* [Other interview questions](https://example.com/statml.md)\n\n* If you find this helpful, you can sponsor this project.\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['What is the variance?', 'What is stddev?']);
    expect(messagesOf(note.vfile)).toEqual(['6:references']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out a list of links to other pages ("List of ML questions", …; lines 6-10): not questions, and not part of an answer');
  });

  it('does not leave out a list of links whose other items ask: they may be questions that lost their list', () => {
    const note = readNote('1. What is the variance?\n2. What is stddev?\n\n---\n\n* [List of ML questions](https://example.com/ml.md)\n* [List of DL questions](https://example.com/dl.md)\n* What is the mean?\n');
    expect(messagesOf(note.vfile)).toEqual(['6:orphan-text']);
  });

  it('stays a question when its text asks, and stays in the answer of an open question', () => {
    expect(readNote('- [Why is L1 sparse?](https://stats.stackexchange.com/q/45643)\n- What is L2?\n').questions.map((question) => question.question)).toEqual(['Why is L1 sparse?', 'What is L2?']);
    const note = readNote('**What is dropout?**\n\nZeroing units. See:\n\n- [Dropout paper](https://jmlr.org/papers/v15/srivastava14a.html)\n- [Dropout as Bayesian approximation](https://arxiv.org/abs/1506.02142)\n');
    expect(note.questions[0]!.answer!.markdown).toContain('[Dropout paper]');
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('a heading that is only a number or an anchor', () => {
  it('is not a topic: the questions under `### 12.4` or `### #12-5` keep the section above', () => {
    const { questions } = readNote('## Regularisation\n\n### 12.4\n\n**What is dropout?**\n\nZeroing units.\n\n### #12-5\n\n**What is weight decay?**\n\nAn L2 penalty.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is dropout?', 'Regularisation'],
      ['What is weight decay?', 'Regularisation'],
    ]);
  });

  it('is not a question among question headings, even with text of its own under it', () => {
    const note = readNote('## What is XSS?\n\nScripting.\n\n## What is CSRF?\n\nForgery.\n\n## What is SQLi?\n\nInjection.\n\n## 13\n\n- caps the gradient norm\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is XSS?', 'What is CSRF?', 'What is SQLi?']);
    expect(messagesOf(note.vfile)).toEqual(['15:orphan-text']);
  });

  it('on a line of its own in copied text, ends the section above and names none', () => {
    const { questions } = readNote('Notes\n\nRegularisation\n\nWhat is dropout?\n\nZeroing units.\n\n12.4\n\nWhat is weight decay?\n\nAn L2 penalty.\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is dropout?', 'Regularisation'],
      ['What is weight decay?', null],
    ]);
  });
});

describe('a line that dates the note', () => {
  it('names no section: the questions under `작성: 2024. 3. 2` or `Written: March 2, 2024` have no topic, and the line is noted as left out', () => {
    for (const dated of ['작성: 2024. 3. 2', '작성일 2024-03-02', 'Written: March 2, 2024', 'Updated 2 Mar 2024', '2024년 3월 2일 작성']) {
      const note = readNote(`# ML 면접 준비\n\n${dated}\n\n**1. 과적합이란 무엇인가요?**\n\n노이즈까지 학습하는 것.\n\n**2. 드롭아웃이란?**\n\n뉴런을 끄는 것.\n`);
      expect(note.questions.map((question) => question.topic), dated).toEqual([null, null]);
      expect(messagesOf(note.vfile), dated).toEqual(['3:preamble']);
    }
    // A title that names its part, its term or its month by number is a section still.
    for (const title of ['Part 2: Optimisation', '2024-1학기 기계학습', '2023.2 중간고사', '2024년 3월 정리']) {
      expect(readNote(`# Notes\n\n${title}\n\n**1. What is momentum?**\n\nA running average.\n`).questions[0]!.topic, title).toBe(title);
    }
  });
});

describe("a line that tells the reader how to see the answers", () => {
  it('names no section: the questions under `토글을 열어 답을 확인` have no topic, and the line is noted as left out', () => {
    for (const hint of ['토글을 열어 답을 확인', '클릭해서 정답 보기', '해설 참고']) {
      const note = readNote(`# ML 면접\n\n${hint}\n\nQ: Gradient boosting이란?\nA: 잔차를 순차적으로 학습.\n\nQ: XGBoost가 빠른 이유는?\nA: 히스토그램 분할.\n`);
      expect(note.questions.map((question) => question.topic), hint).toEqual([null, null]);
      expect(messagesOf(note.vfile), hint).toEqual(['3:preamble']);
    }
    // A section about clicks is a section still.
    expect(readNote('# 추천 시스템\n\n클릭률 예측\n\nQ: CTR 모델의 평가 지표는?\nA: AUC와 logloss.\n').questions[0]!.topic).toBe('클릭률 예측');
  });
});

describe('a numbered heading that does not ask, over a paragraph that asks', () => {
  it('is the section of that question, which keeps its answer; an empty `## 1.` is neither question nor topic', () => {
    const note = readNote(
      '# Notes\n\n## 1.\n\nWhat is overfitting?\n\nOverfitting is when the model memorises the training data.\n\n## 2. Regularization\n\nWhat does L2 regularization do?\n\nIt penalises large weights.\n',
    );
    expect(note.questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What is overfitting?', null, 'Overfitting is when the model memorises the training data.'],
      ['What does L2 regularization do?', 'Regularization', 'It penalises large weights.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is a section over a question with no answer too, which is flagged', () => {
    const { questions } = readNote('## 1. Momentum\n\nWhy does momentum help?\n\n## 2. Adam\n\nWhat does Adam adapt?\nThe step size of each weight.\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text ?? null, question.flags])).toEqual([
      ['Why does momentum help?', 'Momentum', null, ['no-answer']],
      ['What does Adam adapt?', 'Adam', 'The step size of each weight.', []],
    ]);
  });

  it('stays a question over an answer that starts as a task does: only a question mark makes the line under it a question', () => {
    const { questions } = readNote('## 1. Gradient descent\n\nCompute the gradient, then step against it.\n\n## 2. What is momentum?\n\nA running average of gradients.\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Gradient descent', 'Compute the gradient, then step against it.'],
      ['What is momentum?', 'A running average of gradients.'],
    ]);
  });

  it('is no section when it names a post\'s own section (`## 5. Summary`): what it holds is the post\'s text', () => {
    const note = readNote('## 1. What is dropout?\n\nZeroing units.\n\n## 2. Summary\n\nWhat did we learn?\n\nA lot.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?']);
    expect(messagesOf(note.vfile)).toEqual(['5:post-section', '7:orphan-text']);
  });
});

describe('a numbered heading that does not ask, over deeper headings', () => {
  it('numbers the section of the questions under it when the heading right under it asks, and is no question without an answer', () => {
    const note = readNote(
      '# ML interview\n\n## 1. Basics\n\n### 1. What is overfitting?\n\nWhen a model fits noise.\n\n### 2. What is bias?\n\nError from wrong assumptions.\n\n## 2. Deep learning\n\n### 1. What is dropout?\n\nRandomly zeroing units.\n',
    );
    expect(note.questions.map((question) => [question.question, question.topic, question.flags])).toEqual([
      ['What is overfitting?', 'Basics', []],
      ['What is bias?', 'Basics', []],
      ['What is dropout?', 'Deep learning', []],
    ]);
  });

  it('stays a question over deeper headings that do not ask: they are parts of its answer', () => {
    const { questions } = readNote('## 1. Gradient descent\n\n### Intuition\n\nWalk downhill.\n\n### Formula\n\nStep against the gradient.\n\n## 2. Momentum\n\n### Intuition\n\nA ball rolling.\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Gradient descent', 'Intuition\nWalk downhill.\nFormula\nStep against the gradient.'],
      ['Momentum', 'Intuition\nA ball rolling.'],
    ]);
  });
});

describe("a post's own sections named in Korean or as the post's reason for being", () => {
  it.each(['왜 이 글을 쓰게 되었나?', '느낀 점', '후기', 'Why I wrote this post', 'Lessons learned'])('is no question nor a section of questions (%s)', (title) => {
    const note = readNote(`## 1. What is dropout?\n\nZeroing units.\n\n## ${title}\n\nI wanted to share my notes.\n`);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is dropout?', 'Zeroing units.']]);
    // Its text is the post's, said to be left out (a title that asks is said to be the post's section first).
    expect(messagesOf(note.vfile).filter((message) => message !== '5:post-section')).toEqual(['7:section-text']);
  });
});

describe('a post whose headings mostly name its own sections', () => {
  const post = [
    '### Introduction\n\nThese are questions from my interview.\n',
    '### What is a residual connection?\n\nAdds the input of a block to its output.\n',
    '### Conclusion\n\nGood luck!\n',
  ].join('\n');

  it('still asks under a heading that ends with a question mark, with no sibling section as its topic', () => {
    const { questions } = readNote(post);
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What is a residual connection?', null, 'Adds the input of a block to its output.'],
    ]);
  });

  it('keeps a section above the sibling headings as the topic', () => {
    const { questions } = readNote(`## ResNet\n\n${post}\n## Setup\n\nPython 3.\n\n## Results\n\nFine.\n`);
    expect(questions.map((question) => [question.question, question.topic])).toEqual([['What is a residual connection?', 'ResNet']]);
  });

  it('notes the text of its sections as not part of any answer, as it does an introduction', () => {
    const note = readNote(`${post}\n### 마무리\n\n이상으로 정리를 마칩니다.\n`);
    expect(messagesOf(note.vfile)).toEqual(['3:preamble', '11:section-text', '15:section-text']);
    // Notes (vfile `info`), not warnings: `--strict` does not fail a post for having a conclusion.
    expect(note.vfile.messages.map((message) => message.fatal)).toEqual([undefined, undefined, undefined]);
    expect(note.vfile.messages[1]!.reason).toContain('section "Conclusion" (line 11)');
  });

  it('warns of section text with a line that asks: it may be a question the note lost', () => {
    const note = readNote('## What is dropout?\n\nZeroing units.\n\n## What is weight decay?\n\nAn L2 penalty.\n\n## Open problems\n\nWhy does it work so well?\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is weight decay?']);
    expect(messagesOf(note.vfile)).toEqual(['11:orphan-text']);
  });

  it('does not take a heading there that asks without a question mark as a question', () => {
    const { questions } = readNote('## Introduction\n\nHi.\n\n## How transformers work\n\nAttention.\n\n## Setup\n\nPython.\n\n## Conclusion\n\nBye.\n');
    expect(questions).toEqual([]);
  });

  it('is a section title, not a question, where Q: lines or bold prompts carry the questions', () => {
    for (const [ask, answer] of [['Q: ', 'A: '], ['**', '']] as const) {
      const close = ask === '**' ? '**' : '';
      const { questions } = readNote(
        `## Basics\n\n${ask}What is bias?${close}\n${answer}Error from assumptions.\n\n## Why regularise at all?\n\n${ask}What is dropout?${close}\n${answer}Zeroing units.\n\n${ask}What is weight decay?${close}\n${answer}An L2 penalty.\n\n## Trees\n\n${ask}What is a split?${close}\n${answer}A test on a feature.\n`,
      );
      expect(questions.map((question) => [question.question, question.topic])).toEqual([
        ['What is bias?', 'Basics'],
        ['What is dropout?', 'Why regularise at all?'],
        ['What is weight decay?', 'Why regularise at all?'],
        ['What is a split?', 'Trees'],
      ]);
    }
  });

  it('leaves a heading that asks inside an answer there, under a question level', () => {
    const { questions } = readNote('## What is dropout?\n\nZeroing units.\n\n### Why does it work?\n\nAn ensemble.\n\n### Code\n\n### Pitfalls\n\n### Variants\n\n## What is weight decay?\n\nAn L2 penalty.\n');
    expect(questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is weight decay?']);
    expect(questions[0]!.answer?.markdown).toContain('### Why does it work?');
  });
});

describe('a bold line that does not ask, over question paragraphs', () => {
  it('is the section of the questions under it, not the answer of the question above, whatever its case', () => {
    const note = readNote(
      '# Interview questions\n\n**Computer vision**\n\nWhat is the receptive field of a neuron in a CNN?\n\nHow does max pooling give translation invariance?\n\n**Natural language processing**\n\nWhat is the difference between word2vec and GloVe?\n',
    );
    expect(note.questions.map((question) => [question.question, question.topic, question.answer, question.flags])).toEqual([
      ['What is the receptive field of a neuron in a CNN?', 'Computer vision', null, ['no-answer']],
      ['How does max pooling give translation invariance?', 'Computer vision', null, ['no-answer']],
      ['What is the difference between word2vec and GloVe?', 'Natural language processing', null, ['no-answer']],
    ]);
    // Not text before the first question either.
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is also the section of a list of questions under it', () => {
    const { questions } = readNote('What is bias?\n\nError from assumptions.\n\n**Computer vision**\n\n- What is a receptive field?\n- What is max pooling?\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text ?? null])).toEqual([
      ['What is bias?', null, 'Error from assumptions.'],
      ['What is a receptive field?', 'Computer vision', null],
      ['What is max pooling?', 'Computer vision', null],
    ]);
  });

  it('stays in the answer above when answer text follows it: an answer label (left out of it), or a bold term and its explanation', () => {
    const { questions } = readNote(
      'What is dropout?\n\n**Answer**\n\nRandomly zeroing units.\n\n**Key idea**\n\nAn ensemble of thinned networks.\n\nWhat is weight decay?\n\n**Short answer:** an L2 penalty.\n\n**In practice**\n\nWhy it helps: it keeps weights small.\n\nWhat is batch norm?\n\nNormalising activations.\n',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What is dropout?', null, 'Randomly zeroing units.\nKey idea\nAn ensemble of thinned networks.'],
      ['What is weight decay?', null, 'Short answer: an L2 penalty.\nIn practice\nWhy it helps: it keeps weights small.'],
      ['What is batch norm?', null, 'Normalising activations.'],
    ]);
  });

  it('is no section when it labels the answer above (`**Solution**`; nor is a plain `Solution` line), even over a line that asks; a label alone answers nothing', () => {
    for (const label of ['**Solution**', 'Solution', '*solution*']) {
      const { questions } = readNote(`What is dropout?\n\n${label}\n\nWhat happens to co-adaptation?\n`);
      expect(questions.map((question) => [question.question, question.topic, question.answer?.text ?? null])).toEqual([
        ['What is dropout?', null, null],
        ['What happens to co-adaptation?', null, null],
      ]);
    }
  });

  it('is no section over a title-like line that does not ask: that line may be its explanation', () => {
    const { questions } = readNote('What are common regularisers?\n\n**Weight decay**\n\nPenalises large weights\n\n- an L2 norm\n- scaled by lambda\n');
    expect(questions[0]!.answer?.text).toBe('Weight decay');
    expect(questions.map((question) => question.topic)).toEqual([null, null]);
  });
});

describe('a line that cites', () => {
  it('names no section over a list of questions (`See https://…`: the address is no text, the word before it no title)', () => {
    const cited = readNote('# Notes\n\nWhat is X?\n\nIt is Y.\n\nSee https://example.com/post\n\n1. Why does it work?\n2. When does it fail?\n');
    const plain = readNote('# Notes\n\nWhat is X?\n\nIt is Y.\n\n1. Why does it work?\n2. When does it fail?\n');
    // The list is read as without the line: here, follow-ups in the answer above, reported.
    expect(cited.questions.map((question) => [question.question, question.topic])).toEqual(plain.questions.map((question) => [question.question, question.topic]));
    expect(cited.questions.some((question) => question.topic === 'See')).toBe(false);
    expect(cited.questions[0]!.answer!.text).toContain('See https://example.com/post');
  });
});

describe('a line that is only a link, over a list', () => {
  it('asks nothing: it points at another page, and names nothing the list explains', () => {
    const titled = (title: string) => readNote(`# Notes\n\nWhat is X?\n\nIt is Y.\n\n${title}\n\n- Step size\n- Momentum\n`).questions.map((question) => question.question);
    expect(titled('Gradient descent')).toEqual(['What is X?', 'Gradient descent']);
    expect(titled('[Gradient descent](https://example.com/gd)')).toEqual(['What is X?']);
    expect(readNote('### 机器学习\n\n[完整知识点](https://mp.weixin.qq.com/s?id=1)\n\n- 梯度下降法\n- 牛顿法\n').questions).toEqual([]);
  });
});

describe('a bold question with a link to its source, over a list of questions', () => {
  it("is the title of the article they were copied from, naming their section, not a question they answer (handong1587's interview post)", () => {
    // From handong1587.github.io, _posts/deep_learning/2015-12-04-interview-questions.md: a Quora question's title, its
    // address under it, then one answer's numbered questions.
    const note = readNote(
      '**What are the toughest neural networks and deep learning interview questions?**\n\n' +
        'quora: [https://www.quora.com/What-are-the-toughest-neural-networks-and-deep-learning-interview-questions](https://www.quora.com/What-are-the-toughest-neural-networks-and-deep-learning-interview-questions)\n\n' +
        '1. What is a Boltzmann Machine? Why a Boltzmann Machine?\n\n' +
        '2. Why do we use sigmoid for an output function? Why tanh? Why not cosine? Why any function in particular?\n\n' +
        '3. Why are CNNs used primarily in imaging and not so much other tasks?\n\n' +
        '4. Is it OK to connect from a Layer 4 output back to a Layer 2 input?\n',
      'interview-questions.md',
    );
    const title = 'What are the toughest neural networks and deep learning interview questions?';
    expect(note.questions.map((question) => [question.question, question.topic, question.answer])).toEqual([
      ['What is a Boltzmann Machine? Why a Boltzmann Machine?', title, null],
      ['Why do we use sigmoid for an output function? Why tanh? Why not cosine? Why any function in particular?', title, null],
      ['Why are CNNs used primarily in imaging and not so much other tasks?', title, null],
      ['Is it OK to connect from a Layer 4 output back to a Layer 2 input?', title, null],
    ]);
    // The address is left out as a line of links; no question is read as part of an answer.
    expect(messagesOf(note.vfile)).toEqual(['3:references']);
  });

  it('is a title too when the bold line is the link itself', () => {
    const { questions } = readNote(
      '**[What are the toughest deep learning interview questions?](https://www.quora.com/What-are-the-toughest-deep-learning-interview-questions)**\n\n1. What is an auto-encoder?\n2. Why use tanh?\n',
    );
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is an auto-encoder?', 'What are the toughest deep learning interview questions?'],
      ['Why use tanh?', 'What are the toughest deep learning interview questions?'],
    ]);
  });

  it('stays a question answered by a list whose items state, as steps do, tasks without a question mark too', () => {
    for (const [prompt, steps] of [
      ['How do you fight overfitting?', '1. Use dropout.\n2. Add data.'],
      ['How would you present a model to the business?', '1. Describe the data.\n2. Explain the model.'],
    ]) {
      const { questions } = readNote(`**${prompt}**\n\nhttps://www.deeplearningbook.org/contents/regularization.html\n\n${steps}\n`);
      expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
        [prompt, `<https://www.deeplearningbook.org/contents/regularization.html>\n\n${steps}`],
      ]);
    }
  });

  it('stays a question with no link: the questions under it are its follow-ups, in its answer', () => {
    const note = readNote('**What is dropout?**\n\n1. Why does it work?\n2. When does it hurt?\n\n**What is weight decay?**\n\nAn L2 penalty.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', '1. Why does it work?\n2. When does it hurt?'],
      ['What is weight decay?', 'An L2 penalty.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['3:question-in-answer', '4:question-in-answer']);
  });
});

describe("a page's footer", () => {
  // Every page of chiphuyen's book ends so: it was reported as text between questions, a warning per page.
  const footer = '*This book was created by [Chip Huyen](https://huyenchip.com) with the help of wonderful friends. Copyright ©2021 Chip Huyen.*';

  it('closing the note with a copyright after the questions is noted as the site\'s, not as text of no question', () => {
    const { questions, vfile } = readNote(`1. [E] What is a p-value?\n2. [M] What is statistical power?\n\n${footer}\n`);
    expect(questions).toHaveLength(2);
    expect(messagesOf(vfile)).toEqual(['4:site-chrome']);
    expect(vfile.messages[0]!.reason).toContain("The page's footer after the questions (line 4)");
  });

  it('is text of no question anywhere else, or without a copyright', () => {
    // (After a list of two: under a question alone in its list, a paragraph would be its answer.)
    expect(messagesOf(readNote(`1. [E] What is a p-value?\n2. [E] What is a z-test?\n\n${footer}\n\n3. [M] What is statistical power?\n`).vfile)).toEqual(['4:orphan-text']);
    const uncopyrighted = footer.replace(' Copyright ©2021 Chip Huyen.', '');
    expect(messagesOf(readNote(`1. [E] What is a p-value?\n2. [M] What is power?\n\n${uncopyrighted}\n`).vfile)).toEqual(['4:orphan-text']);
  });
});

describe('text under a heading that asks but is read as a section title', () => {
  it('is a warning, not a note: the heading may be a question the note lost', () => {
    const note = '### What is batch normalization?\n\nIt stabilises training.\n\n### What is dropout?\n\nAn average of thinned networks.\n\n## Part 2\n\n#### Overview\n\nSome text.\n\n#### Details\n\nMore text.\n\n#### Why does momentum help?\n\nIt smooths the updates.\n';
    const { vfile } = readNote(note);
    // Among headings of its depth that mostly name sections, under none that asks: a warning with the others' notes.
    expect(messagesOf(vfile)).toEqual(['13:section-text', '17:section-text', '21:orphan-text']);
    expect(vfile.messages[2]!.fatal).toBe(false);
    expect(vfile.messages[2]!.reason).toBe('Text under the heading "Why does momentum help?", which asks but is read as a section title (line 21), belongs to no question: "It smooths the updates."');
  });
});

describe('a heading deeper than the question headings after it', () => {
  it('names no section of theirs: a deeper heading cannot hold a shallower one (Devinterview\'s promo line)', () => {
    const note = '# 100 Must-Know Data Scientist Interview Questions\n\n#### You can also find all 100 answers here 👉 [Devinterview.io](https://devinterview.io)\n\n## 1. What is _Machine Learning_?\n\nLearning decision rules from data.\n\n## 2. What is the _Bias-Variance Tradeoff_?\n\nThe interplay of bias and variance.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is Machine Learning?', null],
      ['What is the Bias-Variance Tradeoff?', null],
    ]);
  });

  it('closing the note with a banner, is the page\'s promotion: left out of the last answer, and noted', () => {
    const note = readNote(
      '## 1. What is _Machine Learning_?\n\nLearning decision rules from data.\n\n## 2. What is the _Bias-Variance Tradeoff_?\n\nThe interplay of bias and variance.\n\n#### Explore all 100 answers here 👉 [Devinterview.io](https://devinterview.io)\n\n<br>\n\n<a href="https://devinterview.io/">\n<img src="https://example.com/banner.jpg" alt="banner">\n</a>\n',
    );
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['Learning decision rules from data.', 'The interplay of bias and variance.']);
    expect(messagesOf(note.vfile)).toEqual(['9:site-chrome']);
  });

  it('with text after it, is a sub-heading of the last answer as any other', () => {
    const note = readNote('## What is dropout?\n\nZeroing units.\n\n#### See the paper here 👉 [Srivastava et al.](https://jmlr.org)\n\nIt shows dropout as an ensemble.\n');
    expect(note.questions[0]!.answer!.text).toContain('It shows dropout as an ensemble.');
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('a note of concepts, each heading a name over the bullets that explain it, some asking', () => {
  const concepts = '# Deep Learning\n\n## Batch Norm\n- 레이어마다 감마와 베타를 두어 정규화하는 기법임\n\n## Embedding 이란?\n- 데이터를 낮은 차원의 벡터로 표현하는 방법\n\n## CNN\n- Convolution Layer 기반의 모델임\n- 필터, 스트라이드, 패딩, 풀링을 씀\n';

  it('asks with each name, as it does with the heading that asks', () => {
    const note = readNote(concepts);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Batch Norm', '• 레이어마다 감마와 베타를 두어 정규화하는 기법임'],
      ['Embedding 이란?', '• 데이터를 낮은 차원의 벡터로 표현하는 방법'],
      ['CNN', '• Convolution Layer 기반의 모델임\n• 필터, 스트라이드, 패딩, 풀링을 씀'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is one with a short paragraph under a name too, but no such note when a section runs on or holds sub-sections, as a post’s do', () => {
    const paragraph = readNote(concepts.replace('## CNN\n- Convolution Layer 기반의 모델임\n', '## CNN\nConvolution Layer 기반의 모델임.\n\n'));
    expect(paragraph.questions.map((question) => question.question)).toEqual(['Batch Norm', 'Embedding 이란?', 'CNN']);
    const paragraphs = readNote(concepts.replace('## CNN\n- Convolution Layer 기반의 모델임\n', '## CNN\nConvolution Layer 기반의 모델임.\n\n필터를 쓴다.\n\n스트라이드를 쓴다.\n\n패딩을 쓴다.\n\n'));
    expect(paragraphs.questions.map((question) => question.question)).toEqual(['Embedding 이란?']);
    const nested = readNote(concepts.replace('## CNN\n', '## CNN\n\n### Filters\n'));
    expect(nested.questions.map((question) => question.question)).toEqual(['Embedding 이란?']);
  });

  it('keeps its reading beside a name with nothing under it yet, which is one of its questions, not answered', () => {
    const note = readNote(concepts.replace('## Embedding 이란?', '## Dropout\n\n## Embedding 이란?'));
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Batch Norm', '• 레이어마다 감마와 베타를 두어 정규화하는 기법임'],
      ['Dropout', null],
      ['Embedding 이란?', '• 데이터를 낮은 차원의 벡터로 표현하는 방법'],
      ['CNN', '• Convolution Layer 기반의 모델임\n• 필터, 스트라이드, 패딩, 풀링을 씀'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('anchor headings under a question heading (`#### #15-1`)', () => {
  const note =
    '## #15\n\n### Training set과 Test set을 분리하는 이유는?\n\n정확한 성능 측정을 위해서이다.\n\n#### Reference\n\n[Train/Test split](https://example.com/split)\n\n#### #15-1\n\n**Validation set이 따로 있는 이유는?**\n\n하이퍼파라미터를 고르기 위해서다.\n\n#### #15-2\n\n#### Test set이 오염되었다는 말의 뜻은?\n\n테스트 데이터가 학습에 쓰였다는 뜻이다.\n';

  it('number the follow-up asked in the paragraph under them, answered up to the next heading as deep', () => {
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Training set과 Test set을 분리하는 이유는?', '정확한 성능 측정을 위해서이다.\nReference\nTrain/Test split'],
      ['Validation set이 따로 있는 이유는?', '하이퍼파라미터를 고르기 위해서다.'],
      ['Test set이 오염되었다는 말의 뜻은?', '테스트 데이터가 학습에 쓰였다는 뜻이다.'],
    ]);
  });

  it('leave a references heading among follow-up headings to the answer it closes, no question', () => {
    const more = `${note}\n#### #15-3\n\n#### Regularization이란 무엇인가?\n\n과적합을 막는 기법이다.\n\n#### #15-4\n\n#### Dropout 효과는?\n\n앙상블 효과가 있다.\n`;
    const { questions } = readNote(more);
    expect(questions.map((question) => question.question)).toEqual([
      'Training set과 Test set을 분리하는 이유는?',
      'Validation set이 따로 있는 이유는?',
      'Test set이 오염되었다는 말의 뜻은?',
      'Regularization이란 무엇인가?',
      'Dropout 효과는?',
    ]);
  });
});

describe('headings that start the answer of a bold question', () => {
  it('are its sub-headings, deeper than its section and over no question: the answer keeps them, and the next question its topic', () => {
    const { questions } = readNote(
      '## 1. Algorithms and Theory\n\n**Q1- What is the trade-off between bias and variance?**\n\nUnderfitting against overfitting.\n\n**Q2 How is KNN different from k-means clustering?**\n\n##### KNN\nKNN is a supervised learning algorithm.\n\n##### K Means\nK means is an unsupervised clustering algorithm.\n\n**Q3- Explain how a ROC curve works.**\n\nIt plots TPR against FPR.\n',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text ?? null])).toEqual([
      ['What is the trade-off between bias and variance?', 'Algorithms and Theory', 'Underfitting against overfitting.'],
      ['How is KNN different from k-means clustering?', 'Algorithms and Theory', 'KNN\nKNN is a supervised learning algorithm.\nK Means\nK means is an unsupervised clustering algorithm.'],
      ['Explain how a ROC curve works.', 'Algorithms and Theory', 'It plots TPR against FPR.'],
    ]);
  });

  it('are sections after answer text, or over questions of their own', () => {
    const { questions } = readNote(
      '## Basics\n\n**What is bias?**\n\nError from assumptions.\n\n### Trees\n\n**What is a decision tree?**\n\nA tree of splits.\n\n**Why prune a tree?**\n\n#### Pruning\n\n**What is cost-complexity pruning?**\n\nA penalty per leaf.\n',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text ?? null])).toEqual([
      ['What is bias?', 'Basics', 'Error from assumptions.'],
      ['What is a decision tree?', 'Trees', 'A tree of splits.'],
      ['Why prune a tree?', 'Trees', null],
      ['What is cost-complexity pruning?', 'Pruning', 'A penalty per leaf.'],
    ]);
  });
});

describe('numbered labels inside a heading question\'s answer', () => {
  it('stay in its answer: `### 1. **SGD:**` introduces what follows it, it does not ask', () => {
    const { questions } = readNote(
      '# Q1. Explain different optimizers.\nAns: Several are popular.\n\n### 1. **Stochastic Gradient Descent (SGD):**\n\nSimple.\n\n### 2. **Adam Optimizer:**\n\nAdaptive.\n\n# Q2. What are kernel initializers?\nAns: They set the first weights.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Explain different optimizers.', 'Several are popular.\n1. Stochastic Gradient Descent (SGD):\nSimple.\n2. Adam Optimizer:\nAdaptive.'],
      ['What are kernel initializers?', 'They set the first weights.'],
    ]);
  });
});

describe('a heading that only numbers what is under it (`#### No.1`)', () => {
  it('names no topic, as an anchor does', () => {
    const { questions } = readNote('## Deep learning\n\n#### No.1\n\n**CNN과 ViT의 차이는 무엇인가요?**\n\nConvolution은 지역적이다.\n\n#### No.2\n\n**ReLU가 선호되는 이유는?**\n\n기울기가 사라지지 않는다.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['CNN과 ViT의 차이는 무엇인가요?', 'Deep learning'],
      ['ReLU가 선호되는 이유는?', 'Deep learning'],
    ]);
  });
});

describe('an HTML comment between questions', () => {
  it('is the author\'s hidden text: left out without a word, as it is inside an answer', () => {
    const note = readNote('**1. What is X?**\n\nX is a thing.\n\n---\n\n<!-- **2. What is Y?**\n\nY is hidden. -->\n\n---\n\n**3. What is Z?**\n\nZ.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is X?', 'X is a thing.'],
      ['What is Z?', 'Z.'],
    ]);
    expect(note.vfile.messages).toEqual([]);
  });
});

describe('a rule under the subtitle that opens an answer', () => {
  it('underlines it: the answer goes on after it', () => {
    const note = readNote('**Q19- What is your understanding of probabilistic models?**\n\n*Frequentist and Bayesian Interpretations*\n***\nFrequentists count long-run frequencies.\n\nBayesians hold degrees of belief.\n\n**Q20- What do you know of SVM?**\nA maximum-margin classifier.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is your understanding of probabilistic models?', 'Frequentist and Bayesian Interpretations\nFrequentists count long-run frequencies.\nBayesians hold degrees of belief.'],
      ['What do you know of SVM?', 'A maximum-margin classifier.'],
    ]);
    expect(note.vfile.messages).toEqual([]);
  });
});

describe('one bold question among many headings that ask', () => {
  it('is a question among them: the headings still ask (their construct is not the bold line\'s)', () => {
    const note = readNote("# Deep learning\n\n## Backpropagation\n\n- [ ] TODO\n\n## What is a saddle point?\n\nA point where the gradient is zero but which is no extremum.\n\n## Pooling\n\nAverage pooling takes the mean of a patch.\n\n### How does a pooling layer pass the gradient back?\n\nAverage pooling splits the gradient evenly.\n\n## Batch Normalization\n\n### BN principle\n\nInspired by whitening.\n\n### What does BN do?\n\nIt speeds up training.\n\n## Activations\n\n### Sigmoid\n\n#### Why use cross-entropy with sigmoid?\n\n- [ ] TODO\n\n### ReLU\n\n#### What variants of ReLU exist?\n\nPReLU, ELU\n\n## ResNet\n\n**What does F(x) in ResNet look like?**\n\nThe residual removes the shared part.\n");
    expect(note.questions.map((question) => question.question)).toEqual([
      'What is a saddle point?',
      'How does a pooling layer pass the gradient back?',
      'What does BN do?',
      'Why use cross-entropy with sigmoid?',
      'What variants of ReLU exist?',
      'What does F(x) in ResNet look like?',
    ]);
  });
});

describe("a book's numbered sections (`### 3.4.9 Softmax 定义及作用`)", () => {
  const chapter = (titles: readonly string[]) => `# 第三章\n\n## 3.4 激活函数\n\n${titles.map((title, k) => `### 3.4.${k + 1} ${title}\n\nText ${k + 1}.\n`).join('\n')}`;

  it('asks among siblings of its chapter that mostly ask, however worded, and its number is left out of the wording', () => {
    const { questions } = readNote(chapter(['为什么需要非线性激活函数？', '常见激活函数的导数计算？', 'Softmax 定义及作用', 'Softmax 函数如何应用于多分类？']));
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['为什么需要非线性激活函数？', '3.4 激活函数', 'Text 1.'],
      ['常见激活函数的导数计算？', '3.4 激活函数', 'Text 2.'],
      ['Softmax 定义及作用', '3.4 激活函数', 'Text 3.'],
      ['Softmax 函数如何应用于多分类？', '3.4 激活函数', 'Text 4.'],
    ]);
  });

  it('stays a section among siblings that mostly do not ask, a wh- title too', () => {
    const { questions, vfile } = readNote(chapter(['What companies want', 'Hiring process', 'Do I need a Ph.D.?', 'Understanding the roles']));
    expect(questions.map((question) => question.question)).toEqual(['Do I need a Ph.D.?']);
    // Their text is told as text of no question, not lost.
    expect(messagesOf(vfile)).toEqual(['7:preamble', '11:preamble', '19:section-text']);
  });
});

describe('a title ending in a colon', () => {
  it('is asked, and names its section, without it; a multiple-choice stem keeps the colon that leads into its options', () => {
    const { questions } = readNote('## Precision and Recall (Overview):\n\nBoth are metrics.\n\n### 1. **Precision**:\nTP / (TP + FP).\n\n### 2. **Recall**:\nTP / (TP + FN).\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Precision', 'Precision and Recall (Overview)'],
      ['Recall', 'Precision and Recall (Overview)'],
    ]);
    const quiz = readNote('**Q1. A deep linear network is equivalent to:**\n\nA) A decision tree  \nB) A linear map\n\nAnswer: B\n').questions;
    expect(quiz.map((question) => question.question)).toEqual(['A deep linear network is equivalent to:']);
  });
});

describe("an outliner's attribute with its value nested under it (Roam's `Bias of an estimator::`)", () => {
  it('is asked without its two colons, as a title without its colon', () => {
    const { questions } = readNote('- **Statistics**\n    - Why is the sample variance divided by n−1?\n        - To make it unbiased.\n    - Bias of an estimator::\n        - E[θ̂] − θ\n', 'roam.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([
      ['Why is the sample variance divided by n−1?', '• To make it unbiased.', 'Statistics'],
      ['Bias of an estimator', '• E[θ̂] − θ', 'Statistics'],
    ]);
  });
});

describe('a numbered heading over sub-headings that list questions', () => {
  it('is their section, not a question whose answer swallows them', () => {
    const note = '## 3. Final Q&A Drills (Rapid-Fire)\n\n### Goal\n\nCrisp answers to fundamental questions.\n\n#### ML Fundamentals\n\n1. Explain the bias-variance tradeoff in your own words.\n2. Why does overfitting happen, and how do you detect it?\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Explain the bias-variance tradeoff in your own words.', 'ML Fundamentals'],
      ['Why does overfitting happen, and how do you detect it?', 'ML Fundamentals'],
    ]);
  });

  it('stays a question when labelled as one: the lists of its answer\'s sub-headings are its answer', () => {
    const note = '## Question 13: Evaluating model performance\n\n### Beyond Accuracy\n\n- Calibration: Are probabilities meaningful?\n- Inference time: Fast enough for deployment?\n\n## Question 14: Visualising networks\n\nSaliency maps.\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual(['Evaluating model performance', 'Visualising networks']);
    expect(questions[0]!.answer?.text).toContain('Calibration: Are probabilities meaningful?');
  });
});

describe('a quiz heading that numbers its question and names its topic (`## Q1 决策树`)', () => {
  it('is the topic of the stem under it, which asks however it ends, as the options after it say', () => {
    const note = '## Q1 决策树\n\n如果采用多路划分，这种方式的最大问题是：\n\n- A 计算量太大\n- B 容易过拟合\n\n<details>\n<summary>答案</summary>\n<div>\n\n**B** 分支过多。\n</div>\n</details>\n\n## Q2 神经网络\n\n对神经网络而言，哪一项对过拟合影响最大。\n\n- A 隐藏层节点数量\n- B 学习速率\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      // Its options are now read as such (a stem over them keeps its colon): the answer names one.
      ['如果采用多路划分，这种方式的最大问题是：', '决策树', '**B** 分支过多。'],
      ['对神经网络而言，哪一项对过拟合影响最大。', '神经网络', '- A 隐藏层节点数量\n- B 学习速率'],
    ]);
  });
});

describe('a numbered line of the question\'s metadata over it (`**1)** **Topic:** Fundamentals, **Level:** Advanced`)', () => {
  it('names the topic its Topic field gives, not the whole line', () => {
    const { questions } = readNote('**1)** **Topic:** Fundamentals, **Level:** Advanced\n\n**Q:** Why does batch normalization help?\n\n**A:** It keeps inputs on one scale.\n\n**2)** **Topic:** Optimisation, **Level:** Basic\n\n**Q:** What is momentum?\n\n**A:** A running average of gradients.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Why does batch normalization help?', 'Fundamentals'],
      ['What is momentum?', 'Optimisation'],
    ]);
  });
});


describe('a Chinese heading that asks without a question mark, where `Q:` lines carry the other questions', () => {
  it('is a question over the answer of its own, as one with a question mark is; a section over them stays one', () => {
    const note =
      '# Transformer\n\n## 为什么要除以 `sqrt(d_k)`\n\n不缩放时 softmax 容易饱和。\n\n## 追问\n\n**Q: KV Cache 为什么成立？**\n> 历史 token 的 K/V 不再变化。\n\n**Q: 为什么要三套投影？**\n> 匹配和取值是两件事。\n\n## 其他\n\n- overfitting怎么办?\n    - dropout\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      // (The note's title names no topic.)
      ['为什么要除以 sqrt(d_k)', null],
      ['KV Cache 为什么成立？', '追问'],
      ['为什么要三套投影？', '追问'],
      // `其他` ("other") names a section, never a question.
      ['overfitting怎么办?', '其他'],
    ]);
  });
});

describe("a bold question answered on its line in a section's text, where `**Q：…**` lines carry the questions", () => {
  it('is a question of its own, as no question is open to hold it as a point of its answer', () => {
    const note = '# 归一化\n\n## LayerNorm vs BatchNorm\n\n**为什么 NLP 用 LayerNorm？** 序列变长，跨样本统计噪声大。\n\n## 高频追问\n\n**Q：Pre-Norm 有什么代价？**\n主干激活范数逐层增大。\n\n**Q：RMSNorm 省在哪？**\n省掉减均值。\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['为什么 NLP 用 LayerNorm？', 'LayerNorm vs BatchNorm', '序列变长，跨样本统计噪声大。'],
      ['Pre-Norm 有什么代价？', '高频追问', '主干激活范数逐层增大。'],
      ['RMSNorm 省在哪？', '高频追问', '省掉减均值。'],
    ]);
  });
});

describe("a PDF's page marker in text extracted from it (`-- 1 of 3 --`)", () => {
  it('names no topic of the questions after it', () => {
    const note = '## 基础面\n\n**Q: 涌现能力是啥原因？**\n\n两个猜想。\n\n-- 1 of 3 --\n\n**Q: 为何大模型大多是 Decoder only？**\n\nzero-shot 表现最好。\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic])).toEqual([
      ['涌现能力是啥原因？', '基础面'],
      ['为何大模型大多是 Decoder only？', '基础面'],
    ]);
  });
});

describe("a note's title that asks, over a body that asks questions of its own", () => {
  it('is the name of the post, not a question whose answer is the whole post', () => {
    const note = readNote(
      '# ✍️ What is a Statistics Interview?\n\n## Area 1 - Probability Fundamentals\n\nA solid understanding of probability is essential.\n\n### Sample Questions\n\n1 - What’s the difference between independent and mutually exclusive events?\n\n```\nP(A and B) = P(A) P(B)\n```\n\n2 - Explain Bayes\' theorem and provide an example of its use.\n\n3 - How do you calculate the probability of at least one event occurring?\n',
    );
    const asked = note.questions.map((question) => question.question);
    expect(asked).not.toContain('What is a Statistics Interview?');
    expect(asked).toEqual([
      'What’s the difference between independent and mutually exclusive events?',
      "Explain Bayes' theorem and provide an example of its use.",
      'How do you calculate the probability of at least one event occurring?',
    ]);
  });

  it('is still the question of a note that answers it, however many sections the answer has', () => {
    const note = readNote('# What is dropout?\n\n## How it works\n\nUnits are zeroed at random.\n\n## Why it helps\n\nIt averages many thinned networks.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'How it works\nUnits are zeroed at random.\nWhy it helps\nIt averages many thinned networks.'],
    ]);
  });
});

describe('a note in which no question is found', () => {
  it('is warned of as a whole, for none of it reaches the outputs; its introduction is noted as before', () => {
    const note = readNote('# Legal RAG\n\n"We need to let users chat with their entire 500-page legal contracts."\n\nThis is a classic long-context problem.\n');
    expect(note.questions).toEqual([]);
    expect(messagesOf(note.vfile)).toEqual(['3:preamble', '1:no-questions']);
    expect(note.vfile.messages[1]!.reason).toBe('No question found in this note (lines 1-5): none of its text is in the outputs; if it asks questions, they are written in a shape qbank does not read');
    expect(note.vfile.messages[1]!.fatal).toBe(false);
  });

  it('is not warned of when it holds a question, nor when it holds no text at all', () => {
    expect(messagesOf(readNote('# Notes\n\n## What is dropout?\n\nZeroing units.\n').vfile)).toEqual([]);
    const rules = (text: string) => readNote(text).vfile.messages.map((message) => message.ruleId);
    expect(rules('---\ntitle: Empty\n---\n')).not.toContain('no-questions');
    expect(rules('<!-- nothing yet -->\n')).not.toContain('no-questions');
  });
});

describe('headings as deep as a labelled question heading, that carry no label and do not ask', () => {
  it('are parts of its answer, not questions, nor sections whose text is lost', () => {
    const note = readNote(
      '## Monitoring\n\n### Q14: What would you monitor in a production ML system?\n\n**Answer**:\n\n### **1. Model Performance Metrics**\n\nTrack recall weekly.\n\n### **2. Data Drift Detection**\n\nUse PSI.\n\n---\n\n### Q15: What is data drift vs concept drift?\n\n### **Data Drift (Covariate Shift)**\n\nInputs change.\n\n### Summary\n\nWatch inputs and outputs.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What would you monitor in a production ML system?', '1. Model Performance Metrics\nTrack recall weekly.\n2. Data Drift Detection\nUse PSI.'],
      ['What is data drift vs concept drift?', 'Data Drift (Covariate Shift)\nInputs change.'],
    ]);
    // A post's own section after them stays one.
    expect(messagesOf(note.vfile)).toContain('25:section-text');
  });
});

describe('a numbered heading right over a question heading its author labels', () => {
  it('names the section of the questions under it, not a question without an answer', () => {
    const note = readNote('# RAG Interview Questions\n\n## 1. Foundational Concepts\n\n### Q1: What is RAG and why do we need it?\n\n**Answer:**\nRetrieval-augmented generation.\n\n## 2. System Design\n\n### Q4: Design a RAG system for customer support\n\n**Answer:**\nChunk at 300 words, rerank the top 5.\n');
    expect(note.questions.map((question) => [question.topic, question.question])).toEqual([
      ['Foundational Concepts', 'What is RAG and why do we need it?'],
      ['System Design', 'Design a RAG system for customer support'],
    ]);
  });
});

describe('a question heading labelled after an emoji (`## 📌 Q47: …`)', () => {
  it('is labelled as `## Q47:` is: a question however its last sentence reads, its `### ✅ Answer` its answer', () => {
    const note = readNote('# LLM Interview Questions\n\n## 📌 Q46: How does beam search improve on greedy search?\n\n### ✅ Answer\n\nIt keeps the k best partial sequences.\n\n## 📌 Q47: When is beam search preferable to sampling? Provide a specific use case.\n\n### ✅ Answer\n\nWhen reproducibility matters.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['How does beam search improve on greedy search?', 'It keeps the k best partial sequences.'],
      ['When is beam search preferable to sampling? Provide a specific use case.', 'When reproducibility matters.'],
    ]);
  });
});

describe('a numbered heading that sets a task (`### 1. Design a Recommendation System`), among headings that name sections', () => {
  const note =
    '# ML System Design Interview Questions\n\n## Interview Framework\n\n### Step 1: Clarify Requirements\n- What is the business goal?\n- Who are the users?\n\n## Common Interview Questions\n\n### 1. Design a Recommendation System\n\n**Clarifying Questions:**\n- What type? (Products, content, friends)\n- Real-time or batch?\n\n**Key Components:**\n```\nCandidates → Ranking → Serving\n```\n\n### 2. Design a Fraud Detection System\n\n**Clarifying Questions:**\n- False positive tolerance?\n\n## Common Follow-up Questions\n\n### Scaling Questions\n- "How would you handle 10x traffic?"\n';

  it('is a question, answered by its whole section, the questions it lists to clarify included', () => {
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.topic, question.question])).toEqual([
      ['Step 1: Clarify Requirements', 'What is the business goal?'],
      ['Step 1: Clarify Requirements', 'Who are the users?'],
      [null, 'Design a Recommendation System'],
      [null, 'Design a Fraud Detection System'],
      ['Scaling Questions', 'How would you handle 10x traffic?'],
    ]);
    expect(questions[2]!.answer!.markdown).toBe('**Clarifying Questions:**\n\n- What type? (Products, content, friends)\n- Real-time or batch?\n\n**Key Components:**\n\n```\nCandidates → Ranking → Serving\n```');
  });

  it('is not a numbered label of what follows it (`### 1. **Define the metric:**`)', () => {
    const { questions } = readNote('## Why is my model worse in production?\n\nCheck these.\n\n### 1. **Define the metric:**\n\nAccuracy on fresh data.\n');
    expect(questions.map((question) => question.question)).toEqual(['Why is my model worse in production?']);
  });
});

describe('headings that name concepts among headings that ask', () => {
  it('are questions over a short paragraph of their own, as they are over a list', () => {
    const note = readNote(
      '# Machine Learning Fundamentals\n\n## Gradient descent\n\nAn iterative optimization algorithm: move parameters against the gradient.\n\n## What is a confusion matrix?\n\nA table of TP, FP, FN, TN counts.\n\n## Cross-validation\n\nSplit the data into k folds, train on k-1, validate on the rest.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Gradient descent', 'An iterative optimization algorithm: move parameters against the gradient.'],
      ['What is a confusion matrix?', 'A table of TP, FP, FN, TN counts.'],
      ['Cross-validation', 'Split the data into k folds, train on k-1, validate on the rest.'],
    ]);
  });

  it('are questions at a level where half the headings ask, Korean names of a topic too (`~해결 방법`, `~동작 원리`)', () => {
    const note = readNote('# 딥러닝 정리\n\n## 배치 정규화란?\n\n미니배치 단위로 정규화한다.\n\n## Gradient vanishing 해결 방법\n\nReLU, residual connection을 쓴다.\n\n## 드롭아웃이란?\n\n뉴런을 랜덤하게 끈다.\n\n## Adam optimizer 동작 원리\n\n1차, 2차 moment를 추정한다.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['배치 정규화란?', 'Gradient vanishing 해결 방법', '드롭아웃이란?', 'Adam optimizer 동작 원리']);
    // Not a section of the answers (`## Answers` over them), nor one whose paragraph asks.
    const answers = readNote('## 1. What is overfitting?\n\nFitting noise.\n\n## 2. What is dropout?\n\nZeroing units.\n\n## Answers\n\n1. Fitting noise.\n2. Zeroing units.\n\n## Open problems\n\nWhy does it work so well?\n');
    expect(answers.questions.map((question) => question.question)).toEqual(['What is overfitting?', 'What is dropout?']);
  });

  it('are a post\'s own sections when they run on for more blocks than an explanation', () => {
    const note = readNote(
      '# Attention in PyTorch\n\n## What is attention?\n\nA weighted sum of values.\n\n## Implementation\n\nWe start with the imports.\n\n```python\nimport torch\n```\n\nThen the module.\n\n```python\nclass A: pass\n```\n\n## Results\n\nIt trains.\n\nThe loss goes down.\n\nSee the plot.\n\nDone.\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['What is attention?']);
    expect(messagesOf(note.vfile)).toEqual(['9:section-text', '23:section-text']);
  });
});

describe("a post's `#` title under front matter that names the same title", () => {
  it('is the title, not the section of every question, as it is without front matter', () => {
    const body = '# 딥러닝 면접 질문\n\n## 1. What is dropout?\n\nRandom zeroing.\n';
    const plain = readNote(body);
    const post = readNote(`---\ntitle: 딥러닝 면접 질문\n---\n\n${body}`);
    expect(plain.questions.map((question) => [question.question, question.topic])).toEqual([['What is dropout?', null]]);
    expect(post.questions.map((question) => [question.question, question.topic])).toEqual([['What is dropout?', null]]);
    // A heading that says something else than the front matter's title names its section.
    const other = readNote(`---\ntitle: Day 3\n---\n\n${body}`);
    expect(other.questions[0]!.topic).toBe('딥러닝 면접 질문');
  });
});

describe('a numbered heading right over a table of questions', () => {
  it('names the section of the rows, each a question, as an unnumbered heading does; a note says so', () => {
    const table = (rows: string) => `| Question | Answer |\n|---|---|\n${rows}\n`;
    const note = readNote(`# Interview\n\n## 1. Deep learning\n\n${table('| What is batch norm? | Normalising per mini-batch |\n| Why ReLU? | No vanishing gradient |')}\n## 2. Statistics\n\n${table('| What is a p-value? | A probability |')}`);
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([
      ['What is batch norm?', 'Normalising per mini-batch', 'Deep learning'],
      ['Why ReLU?', 'No vanishing gradient', 'Deep learning'],
      ['What is a p-value?', 'A probability', 'Statistics'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['3:heading-over-pair', '10:heading-over-pair']);
  });
});

describe('a heading that asks, right over a `Q:`/`A:` pair', () => {
  it('titles the pair, which asks and answers: the heading names its section, and a note says so', () => {
    const note = readNote('## What is overfitting?\n\nQ: What is overfitting in machine learning?\nA: The model memorises noise in the training set.\n\n## What is dropout?\n\nQ: How does dropout work?\nA: It zeroes random units during training.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([
      ['What is overfitting in machine learning?', 'The model memorises noise in the training set.', 'What is overfitting?'],
      ['How does dropout work?', 'It zeroes random units during training.', 'What is dropout?'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['1:heading-over-pair', '6:heading-over-pair']);
  });

  it('reads a Korean note alike, where the next heading over a pair asks nothing', () => {
    const note = readNote(
      '# ML 기초\n\n## 1. 과적합(Overfitting)을 막는 방법은?\n\nQ. 과적합을 방지하기 위한 방법에는 어떤 것들이 있나요?\n\nA. 데이터 증강, 정규화, 드롭아웃, Early Stopping.\n\n## 2. 교차 검증\n\nQ. K-fold 교차 검증은 왜 사용하나요?\n\nA. 일반화 성능을 안정적으로 추정하기 위해서입니다.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([
      ['과적합을 방지하기 위한 방법에는 어떤 것들이 있나요?', '데이터 증강, 정규화, 드롭아웃, Early Stopping.', '과적합(Overfitting)을 막는 방법은?'],
      ['K-fold 교차 검증은 왜 사용하나요?', '일반화 성능을 안정적으로 추정하기 위해서입니다.', '교차 검증'],
    ]);
  });

  it('is still the question when its answer comes first: a pair after it is part of that answer', () => {
    const note = readNote('## What is dropout?\n\nZeroing random units.\n\nQ: Why does it help?\nA: It averages thinned networks.\n\n## What is momentum?\n\nQ: What does it add?\nA: A running average of gradients.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?', 'What does it add?']);
    expect(note.questions[0]!.answer!.text).toContain('Q: Why does it help?');
  });
});

describe('a question labelled with headings (`## Question` over its text, then `## Answer`)', () => {
  it('keeps a `Q:`/`A:` pair that opens its answer as part of that answer, not as the question under a title', () => {
    const note = readNote(
      "## Question\nExplain batch normalization.\n\n## Answer\n\nQ: Does it behave the same at inference time?\nA: No: at inference it uses the running mean and variance gathered in training.\n\nIt normalises each layer's inputs over the mini-batch, then scales and shifts them with learned γ and β.\n",
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      [
        'Explain batch normalization.',
        "Q: Does it behave the same at inference time?\nA: No: at inference it uses the running mean and variance gathered in training.\nIt normalises each layer's inputs over the mini-batch, then scales and shifts them with learned γ and β.",
      ],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('keeps a table of questions that opens its answer as part of that answer, not rows asked under a title', () => {
    const note = readNote('## 질문\n배치 정규화를 설명해주세요.\n\n## 답변\n\n| 질문 | 답 |\n|---|---|\n| 학습 때는? | 미니배치의 평균과 분산으로 정규화한다. |\n| 추론 때는? | 학습 중 모은 이동 평균을 쓴다. |\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['배치 정규화를 설명해주세요.', '질문 | 답\n학습 때는? | 미니배치의 평균과 분산으로 정규화한다.\n추론 때는? | 학습 중 모은 이동 평균을 쓴다.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('a Chinese or Japanese numbered section line (`一、机器学习基础`, `第1章 基礎`)', () => {
  it('is the topic of the questions under it in copied text, and no part of the answer above it', () => {
    // A Feishu doc copied to text: its contents list the sections again before the first question.
    const { questions, vfile } = readNote(
      '算法岗面试八股整理\n目录\n一、机器学习基础\n二、深度学习\n一、机器学习基础\n1. 为什么要做特征归一化？\n答：收敛更快。\n2. 讲一下 XGBoost 和 GBDT 的区别\n答：\n· 二阶泰勒展开\n· 加了正则项\n二、深度学习\n3. BN 和 LN 的区别？\n答：归一化的维度不同。\n',
      'notes.txt',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['为什么要做特征归一化？', '一、机器学习基础', '收敛更快。'],
      ['讲一下 XGBoost 和 GBDT 的区别', '一、机器学习基础', '• 二阶泰勒展开\n• 加了正则项'],
      ['BN 和 LN 的区别？', '二、深度学习', '归一化的维度不同。'],
    ]);
    // The contents are the preamble's, told as such.
    expect(messagesOf(vfile)).toEqual(['2:preamble']);
    expect(vfile.messages[0]!.reason).toContain('lines 2-4');
  });

  it.each(['（一）机器学习基础', '(一) 机器学习基础', '一．机器学习基础', '第一部分 机器学习基础', '第一章：机器学习基础', '第1章 機械学習の基礎', 'Ⅰ. 机器学习基础', 'Ⅱ、机器学习基础'])(
    'is numbered as %s, too',
    (title) => {
      const { questions } = readNote(`面试整理\n${title}\n1. 什么是过拟合？\n答：记住了噪声。\n2. 什么是欠拟合？\n答：模型太简单。\n`, 'notes.txt');
      expect(questions.map((question) => [question.question, question.topic])).toEqual([
        ['什么是过拟合？', title],
        ['什么是欠拟合？', title],
      ]);
    },
  );

  it('is a question, not a title, when what it numbers asks', () => {
    const { questions } = readNote('面试整理\n一、模型评估\n1. 什么是 AUC？\n答：ROC 曲线下的面积。\n二、什么是过拟合？\n答：记住了训练集的噪声。\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['什么是 AUC？', '一、模型评估', 'ROC 曲线下的面积。'],
      ['二、什么是过拟合？', '一、模型评估', '记住了训练集的噪声。'],
    ]);
  });

  it('is a point of the answer above, not a section, when it numbers on from a point of that answer', () => {
    const { questions } = readNote(
      '深度学习面试题\n一、训练\n1. 梯度消失的原因？\n一、激活函数饱和\nsigmoid 的导数最大只有 0.25。\n二、网络太深\n2. 梯度爆炸怎么办？\n一、梯度裁剪\n二、权重正则\n二、归一化\n3. 什么是 BN？\n批归一化。\n',
      'notes.txt',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['梯度消失的原因？', '一、训练', '一、激活函数饱和\nsigmoid 的导数最大只有 0.25。\n二、网络太深'],
      ['梯度爆炸怎么办？', '一、训练', '一、梯度裁剪\n二、权重正则'],
      ['什么是 BN？', '二、归一化', '批归一化。'],
    ]);
  });

  it('is the topic of the questions under it as a paragraph of a Markdown note, as a heading is', () => {
    const { questions, vfile } = readNote('# 面试整理\n\n一、机器学习基础\n\n1. 为什么要做特征归一化？\n\n   收敛更快。\n\n二、深度学习\n\n2. BN 和 LN 的区别？\n\n   归一化的维度不同。\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['为什么要做特征归一化？', '一、机器学习基础', '收敛更快。'],
      ['BN 和 LN 的区别？', '二、深度学习', '归一化的维度不同。'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });
});

describe('a short line under an answer in copied text, over a question that does not end in `?`', () => {
  const rows = (text: string) => readNote(text, 'notes.txt').questions.map((question) => [question.question, question.topic, question.answer?.text]);

  it('is the answer’s last line when it runs on from the answer’s text, with no blank line between', () => {
    expect(rows('Batch Normalization은 무엇인가요?\n\n추론 때는 다음을 씁니다.\n전체 데이터셋의 평균과 분산\n\nReLU의 미분값을 쓰시오.\n\n양수에서 1입니다.\n')).toEqual([
      ['Batch Normalization은 무엇인가요?', null, '추론 때는 다음을 씁니다.\n전체 데이터셋의 평균과 분산'],
      ['ReLU의 미분값을 쓰시오.', null, '양수에서 1입니다.'],
    ]);
  });

  it('is the answer’s last line after a blank line too, when nothing else in the note is titled so and one question follows', () => {
    expect(rows('Batch Normalization은 무엇인가요?\n\n추론 때는 다음을 씁니다.\n\n전체 데이터셋의 평균과 분산\n\nReLU의 미분값을 쓰시오.\n\n양수에서 1입니다.\n').map((row) => row[1])).toEqual([null, null]);
  });

  it('is the section of the questions under it when several follow, or when the note names its other sections alike', () => {
    expect(rows('Dropout은 무엇인가요?\n\n뉴런을 끕니다.\n\n활성화 함수\n\nReLU의 미분값을 쓰시오.\n\n양수에서 1입니다.\n\nSigmoid의 단점을 쓰시오.\n\n기울기 소실입니다.\n').map((row) => row[1])).toEqual([null, '활성화 함수', '활성화 함수']);
    // A time says when a part of the session starts; a tweet's date over each question repeats the first's.
    expect(rows('Google onsite notes\n\nPhone screen — 10:30\nWhat was the hardest bug you fixed?\nA race condition.\n\nOnsite — 14:00\nDesign a rate limiter.\nA token bucket.\n').map((row) => row[1])).toEqual([null, 'Onsite — 14:00']);
    const thread = rows('Thread by Santiago\n\nMar 4\nQ: What is dropout?\n\nA: Zeroing units.\n2/\nMar 4\nQ: Explain weight decay.\n\nA: An L2 penalty.\n');
    expect(thread.map((row) => row[1])).toEqual(['Mar 4', 'Mar 4']);
    expect(thread[0]![2]).not.toContain('Mar 4');
    expect(rows('Notes\n\nBasics\n\nWhat is dropout?\n\nZeroing units.\n\nTraining\n\nName two optimisers.\n\nSGD and Adam.\n\nEvaluation Metrics\n\nDefine F1.\n\nThe harmonic mean.\n').map((row) => row[1])).toEqual(['Basics', 'Training', 'Evaluation Metrics']);
  });
});

describe('a title right under a run of unanswered questions, in copied text, over text that asks nothing', () => {
  const rows = (text: string) => readNote(text, 'guide.txt').questions.map((question) => [question.question, question.answer?.text ?? null]);

  it('opens a section of another kind: a study guide\'s closing section after its essay questions answers none of them, and its lines are reported as no question\'s', () => {
    const essays = 'Essay Format Questions\n\n1. Compare self-attention with recurrent layers.\n2. Discuss fixed versus learned positional encodings.\n\n';
    const note = readNote(`${essays}Glossary of Key Terms\n\nThe terms of this chapter are listed in the appendix.\n`, 'guide.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Compare self-attention with recurrent layers.', null],
      ['Discuss fixed versus learned positional encodings.', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['8:orphan-text']);
    // Its glossary's `Term: definition` lines are cards (parse/glossary-lines.ts), none of them the last essay's answer.
    const glossary = readNote(`${essays}Glossary of Key Terms\n\nSelf-Attention: An attention mechanism relating different positions of a single sequence.\nPositional Encoding: A vector added to each input embedding.\n`, 'guide.txt');
    expect(glossary.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Compare self-attention with recurrent layers.', null],
      ['Discuss fixed versus learned positional encodings.', null],
      ['Self-Attention', 'An attention mechanism relating different positions of a single sequence.'],
      ['Positional Encoding', 'A vector added to each input embedding.'],
    ]);
    expect(messagesOf(glossary.vfile)).toEqual(['6:glossary-lines']);
  });

  it('is part of the answer under an answered question, or under a question and its unnumbered follow-up: a titled part of the answer stays the answer\'s', () => {
    expect(rows('What is dropout?\n\nRandomly zeroing units.\n\nExample\n\nWith p = 0.5, half the units are off.\n')).toEqual([['What is dropout?', 'Randomly zeroing units.\nExample\nWith p = 0.5, half the units are off.']]);
    // Nor is a question with its follow-up a list of questions: the title under them opens their answer.
    expect(rows('What is dropout?\n\nWhy does it work?\n\nShort Answer\n\nIt averages many thinned networks.\n').at(-1)![1]).toContain('It averages many thinned networks.');
  });
});

describe("a section's title", () => {
  it('names its topic without the tags that end it, a heading\'s or an outline bullet\'s', () => {
    const note = ['- Statistics #stats', '  - What is a p-value?', '    - The chance of data as extreme under the null.', '', '## Optimisers #dl #review', '', '### What is momentum?', '', 'A running average of gradients.'].join('\n');
    expect(readNote(note).questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is a p-value?', 'Statistics'],
      ['What is momentum?', 'Optimisers'],
    ]);
  });
});
