/**
 * What the deduplication stage promises: which questions merge, which stay
 * apart (and get linked), what a merged question holds, and that the result
 * depends neither on input order (but for questions first found on one line,
 * which keep the order they were read in) nor, for ids, on new sources.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupe, type MergeDecision } from '../../src/dedupe/index.js';
import type { Question } from '../../src/schema/question-bank.js';
import { idOf, question, questions } from './question-builder.js';

/** The groups of input wordings that ended in one question, each sorted, sorted. */
function groups(result: { questions: Question[] }): string[][] {
  return result.questions
    .map((q) => [...new Set(q.occurrences.map((o) => o.question))].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function together(result: { questions: Question[] }, a: string, b: string): boolean {
  return result.questions.some((q) => q.occurrences.some((o) => o.question === a) && q.occurrences.some((o) => o.question === b));
}

function mergedHolding(result: { questions: Question[] }, wording: string): Question {
  const found = result.questions.find((q) => q.occurrences.some((o) => o.question === wording));
  if (!found) throw new Error(`no question holds "${wording}"`);
  return found;
}

describe('what merges', () => {
  it.each([
    ['English templates', ['What is gradient clipping?', 'Can you explain the concept of gradient clipping?', 'Explain gradient clipping.', 'Could you tell me about gradient clipping?', 'Please explain what is gradient clipping in deep learning?', 'Gradient clipping?']],
    ['abbreviations', ['What is an RNN?', 'Explain recurrent neural networks.']],
    ['abbreviations and comparison templates', ["What's the difference between batch GD, SGD, and mini-batch GD?", 'Could you tell me about the differences between batch gradient descent, mini batch gradient descent, and stochastic gradient descent?']],
    ['a two-way comparison inside the three-way one (deliberate: the same question)', ['Batch vs Stochastic Gradient Descent?', 'Could you tell me about the differences between batch gradient descent, mini batch gradient descent, and stochastic gradient descent?']],
    ['misspellings', ['What are the benefits of using Batch Normalizattion?', 'Explain batch normalization.', 'BatchNorm purpose?']],
    ['hyphen and space variants', ['What is the precision-recall trade-off?', 'Explain the precision recall tradeoff.']],
    ['an unlisted compound written solid and hyphenated', ['What is a hyperplane?', 'What is a hyper-plane?']],
    ['"X vs Y" and "trade-off"', ['Bias vs Variance?', "What's the bias-variance trade-off?", 'What is the Bias-Variance trade-off in machine learning?']],
    ['the lead question of a two-part question', ['What is dropout?', "What's dropout? Why does it prevent overfitting?"]],
    ['category nouns ("optimizer", "problem", "algorithm")', ['What is Adam?', 'Explain Adam optimizer.']],
    ['the X problem and X', ["What's the vanishing gradient problem?", 'Explain vanishing gradients.']],
    ['Korean templates and spacing', ['경사 하강법이란 무엇인가요?', '경사하강법에 대해 설명해 주세요.']],
    ['Korean words outside the glossary', ['양자화란 무엇인가요?', '양자화에 대해 설명해 주세요']],
    ['Korean and English through the glossary', ['드롭아웃이 과적합을 막는 이유는?', 'Why does dropout prevent overfitting?']],
    ['문제 as "problem", a category noun', ['What is the vanishing gradient problem?', 'Vanishing gradient 문제란?', '기울기 소실(vanishing gradient) 문제란?']],
    ['a context phrase after a subject that is not a field', ['What is the role of attention in NLP?', 'Explain attention.']],
    ['"different" things and their types', ['Explain different optimizers.', 'What are the types of optimizers?']],
    ['C++ however spaced', ["What's C++ used for?", 'Could you tell me what C ++ is used for?']],
    ['정규화 as regularisation', ['L1 정규화와 L2 정규화의 차이는?', "What's the difference between L1 and L2 regularization?"]],
    ['a Chinese question written twice', ['RAG 有哪些缺点？', 'RAG 有哪些缺点?']],
    ['세트 and set', ['Training 세트와 Test 세트를 분리하는 이유는?', 'Training set과 Test set을 분리하는 이유는?']],
    ['-할까요 and -한걸까요', ['중심극한정리는 왜 유용할까요?', '중심극한정리는 왜 유용한걸까요?']],
  ])('%s', (_name, wordings) => {
    const result = dedupe(questions(wordings));
    expect(groups(result)).toEqual([[...wordings].sort()]);
  });

  it('merges exact repeats from different files', () => {
    const result = dedupe([
      question({ question: 'What is dropout?', file: 'a.md', line: 3 }),
      question({ question: 'What is dropout?', file: 'b.md', line: 9 }),
    ]);
    expect(result.questions).toHaveLength(1);
    expect(result.questions[0]!.occurrences.map((o) => `${o.file}:${o.line}`)).toEqual(['a.md:3', 'b.md:9']);
  });

  it('matches a Korean question through the English translation a source gave it', () => {
    const bilingual = question({ question: 'What is knowledge distillation?', translations: { ko: '지식 증류란 무엇인가?' } });
    const result = dedupe([bilingual, question({ question: '지식 증류에 대해 설명해 주세요', file: 'ko.md' })]);
    expect(result.questions).toHaveLength(1);
  });
});

describe('what stays apart, linked as related', () => {
  it.each([
    ['siblings', 'Explain AdaBoost method in ensemble learning?', 'Explain XGBoost method in ensemble learning?'],
    ['two different K-means questions', 'Is K-means clustering algorithm guaranteed to converge with unique result?', 'In K-means clustering, is it possible that a centroid has no data points assigned to it?'],
    ['high training loss vs low training loss but high validation loss', 'I have high training loss. What should I do?', 'I have low training loss but high validation loss. What should I do?'],
    ['a general question and a narrower follow-up', 'What is a perceptron?', 'What are the shortcomings of a single layer perceptron?'],
    ['a question and its parts', 'What is Multi Layer Perceptron?', 'What are the different parts of a multi layer perceptron?'],
    ['a field and its role in an application field', 'What is Deep Learning?', 'Discuss the role of deep learning in Natural Language Processing (NLP).'],
    ['what a thing is and the different ones there are', 'What is optimizer', 'Explain different optimizers'],
    ['antonyms one edit apart', 'What is supervised learning?', 'What is unsupervised learning?'],
    ['entropy and cross-entropy', 'What is entropy?', 'What is cross-entropy?'],
    ['SGD alone and batch vs SGD', 'What is SGD?', 'Batch vs Stochastic Gradient Descent?'],
    ['Korean near neighbours', '지식 증류란 무엇인가요?', '지식 그래프란 무엇인가요?'],
    ['C++ and C (a word of its own, not "c")', "What's C++ used for?", 'Explain what C is used for.'],
    ['C# and C', 'What is C# used for?', 'Explain what C is used for.'],
    ['C++ and C#', "What's C++ used for?", 'Explain what C# is used for.'],
    ['C++ and C in the same words', 'What is C++?', 'What is C?'],
    ['A* search and a search', 'What is A* search?', 'What is A search?'],
    ['a term and a question about another word of one of its stems ("randomization", "random")', 'What is random forest?', 'Why do we need randomization in random forest?'],
    ['a word alone and inside a term, and the term alone', 'What is the difference between normalization and batch normalization?', 'What is batch normalization?'],
    // Han and Kana are read too, by their bigrams: a question is more than the Latin words in it.
    ['a Chinese question about RAG and an English one', 'RAG 的典型应用场景有哪些？', 'What is RAG?'],
    ['two Chinese questions about RAG', '解释 RAG 的工作流程？', 'RAG 有哪些缺点？'],
    ['a Japanese question and a Korean one about RAG', '日本語の RAG とは何ですか？', 'RAG란 무엇인가요?'],
    ['a Chinese question about CNNs and an English one', '如何用卷积神经网络CNN识别手写数字集？', 'How do CNNs work?'],
    // A follow-up that names its subject by a pronoun asks about its context: nothing of its own to match.
    ['follow-ups of one verb about different contexts', 'How to prevent them?', 'How to Handle the Tradeoff'],
    ['two such follow-ups', 'How do you avoid it?', 'How would you handle this?'],
  ])('%s', (_name, a, b) => {
    const result = dedupe(questions([a, b]));
    expect(result.questions).toHaveLength(2);
  });

  it('keeps a coding task apart from the concept and links them', () => {
    const result = dedupe([question('Implement dropout forward'), question({ question: 'What is dropout?', line: 2 })]);
    expect(result.questions).toHaveLength(2);
    const [concept, coding] = [mergedHolding(result, 'What is dropout?'), mergedHolding(result, 'Implement dropout forward')];
    expect(coding.kind).toBe('coding');
    expect(concept.related).toEqual([coding.id]);
    expect(coding.related).toEqual([concept.id]);
  });

  it('keeps apart a coding task and a concept even when their words are the same', () => {
    const result = dedupe([
      question({ question: 'Softmax', kind: 'coding' }),
      question({ question: 'What is softmax?', line: 2 }),
    ]);
    expect(result.questions).toHaveLength(2);
    const decision = result.decisions.find((d) => d.verdict === 'kept-apart');
    expect(decision?.reason).toMatch(/coding/);
  });

  it('links near misses both ways, strongest first', () => {
    const result = dedupe(
      questions(['What is overfitting?', 'Explain overfitting and underfitting.', 'What is overfitting and how can it be prevented?']),
    );
    expect(result.questions).toHaveLength(3);
    const general = mergedHolding(result, 'What is overfitting?');
    const both = mergedHolding(result, 'Explain overfitting and underfitting.');
    const prevention = mergedHolding(result, 'What is overfitting and how can it be prevented?');
    expect(new Set(general.related)).toEqual(new Set([both.id, prevention.id]));
    expect(both.related).toContain(general.id);
  });
});

describe('a shared frame around different subjects', () => {
  // "List the strengths and weaknesses of X" for many X: the frame is 4/5 of
  // each wording, so every pair covered 0.8 and the whole family merged.
  const subjects = ['batch normalization', 'the perceptron', 'BERT', 'quantization', 'momentum', 'a random forest', 'ReLU', 'dropout'];
  const framed = subjects.map((subject) => `List the strengths and weaknesses of ${subject}.`);

  it('keeps each subject its own question, linked as near misses', () => {
    const result = dedupe(questions(framed));
    expect(result.questions).toHaveLength(subjects.length);
    const swap = result.decisions.find((d) => d.a.question.includes('perceptron') || d.b.question.includes('perceptron'));
    expect(swap?.verdict).toBe('near-miss');
  });

  it('still merges a rewording of one of them', () => {
    const rewording = 'What are the strengths and weaknesses of the perceptron?';
    const result = dedupe(questions([...framed, rewording]));
    expect(result.questions).toHaveLength(subjects.length);
    expect(together(result, rewording, 'List the strengths and weaknesses of the perceptron.')).toBe(true);
  });
});

describe('no chaining', () => {
  it('does not pull in C through B when C is unlike A', () => {
    // A ~ B and B ~ C score 0.8 (merge), A ~ C only 0.75: batch vs mini-batch.
    const a = 'Batch vs Stochastic Gradient Descent?';
    const b = "What's the difference between batch GD, SGD, and mini-batch GD?";
    const c = 'Mini-batch vs Stochastic Gradient Descent?';
    const result = dedupe(questions([a, b, c]));
    expect(together(result, a, c)).toBe(false);
    expect(together(result, a, b) || together(result, b, c)).toBe(true);
    const blocked = result.decisions.find((d) => d.verdict === 'kept-apart');
    expect(blocked?.reason).toMatch(/no chaining/);
  });

  it('never puts two questions that score below the merge threshold in one cluster', () => {
    const wordings = [
      'What is dropout?',
      "What's dropout? Why does it prevent overfitting?",
      'Why does dropout prevent overfitting?',
      '드롭아웃이 과적합을 막는 이유는?',
      'Please explain what is Dropout in deep learning?',
    ];
    const result = dedupe(questions(wordings));
    expect(together(result, 'What is dropout?', 'Why does dropout prevent overfitting?')).toBe(false);
    expect(together(result, 'What is dropout?', 'Please explain what is Dropout in deep learning?')).toBe(true);
    expect(together(result, 'Why does dropout prevent overfitting?', '드롭아웃이 과적합을 막는 이유는?')).toBe(true);
  });
});

describe('order independence', () => {
  const wordings = [
    'Bias vs Variance?', "What's the bias-variance trade-off?", 'Batch vs Stochastic Gradient Descent?',
    "What's the difference between batch GD, SGD, and mini-batch GD?", 'Mini-batch vs Stochastic Gradient Descent?',
    'What is dropout?', "What's dropout? Why does it prevent overfitting?", 'Why does dropout prevent overfitting?',
    '드롭아웃이 과적합을 막는 이유는?', 'Implement dropout forward', 'What is entropy?', 'What is cross-entropy?',
    'Explain batch normalization.', 'BatchNorm purpose?', 'What is the learning rate?', "What's the learning rate? How to choose it?",
    'How do you choose the learning rate?',
  ];
  const input = wordings.map((text, i) =>
    question({ question: text, file: i % 2 ? 'b.md' : 'a.md', line: i + 1, answer: `answer ${i}` }),
  );
  const reference = JSON.stringify(dedupe(input));

  it('gives byte-identical output for every order of the input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length }), (shuffled) => {
        expect(JSON.stringify(dedupe(shuffled))).toBe(reference);
      }),
      { seed: 20260110, numRuns: 40 },
    );
  });

  it('gives the same output for the input reversed', () => {
    expect(JSON.stringify(dedupe([...input].reverse()))).toBe(reference);
  });

  it('keeps questions first found on one line (a web page written on one line) in the order they were read in', () => {
    const oneLine = ['Why pool?', 'What is batch normalization?', 'What is a residual block?'].map((text) => question({ question: text, file: 'page.html', line: 1 }));
    const wordings = (result: { questions: Question[] }) => result.questions.map((q) => q.question);
    expect(wordings(dedupe(oneLine))).toEqual(['Why pool?', 'What is batch normalization?', 'What is a residual block?']);
    expect(wordings(dedupe([...oneLine].reverse()))).toEqual(['What is a residual block?', 'What is batch normalization?', 'Why pool?']);
  });
});

describe('a merged question', () => {
  const sources = [
    question({ question: 'BatchNorm purpose?', file: 'rapid.txt', line: 30, topic: 'Rapid-Fire', tags: ['rapid'], answer: 'Normalize activations per batch' }),
    question({ question: 'Explain batch normalization.', file: 'topic.txt', line: 26, topic: 'Regularization', tags: ['core'], answer: 'Normalize layer inputs to mean 0, std 1. Stabilizes training, allows higher learning rates.' }),
    question({ question: 'What are the benefits of using Batch Normalizattion?', file: 'docs.txt', line: 28, topic: 'Regularization', answer: null }),
  ];
  const result = dedupe(sources);
  const merged = result.questions[0]!;

  it('is one question', () => {
    expect(result.questions).toHaveLength(1);
  });

  it('keeps every occurrence with its own wording and answer, in file and line order', () => {
    expect(merged.occurrences.map((o) => [o.file, o.line, o.question, o.answer?.text ?? null])).toEqual([
      ['docs.txt', 28, 'What are the benefits of using Batch Normalizattion?', null],
      ['rapid.txt', 30, 'BatchNorm purpose?', 'Normalize activations per batch'],
      ['topic.txt', 26, 'Explain batch normalization.', 'Normalize layer inputs to mean 0, std 1. Stabilizes training, allows higher learning rates.'],
    ]);
  });

  it('lists a place once when two of its questions were read from the same line', () => {
    // A bilingual line read as two questions: both occurrences name the line as written.
    const line = 'What is dropout? / 드롭아웃이란?';
    const english = { ...question({ question: 'What is dropout?', file: 'b.md', line: 4 }), occurrences: [{ file: 'b.md', line: 4, question: line, topic: null, answer: null }] };
    const korean = { ...question({ question: '드롭아웃이란?', file: 'b.md', line: 4 }), occurrences: [{ file: 'b.md', line: 4, question: line, topic: null, answer: null }] };
    const elsewhere = question({ question: 'What does dropout do?', file: 'a.md', line: 9 });
    const [one] = dedupe([korean, elsewhere, english], { overrides: { merge: [[english.id, korean.id, elsewhere.id]] } }).questions;
    expect(one!.occurrences.map((o) => [o.file, o.line, o.question])).toEqual([
      ['a.md', 9, 'What does dropout do?'],
      ['b.md', 4, line],
    ]);
  });

  it('takes the clearest wording: a complete sentence, no abbreviation, no misspelling', () => {
    expect(merged.question).toBe('Explain batch normalization.');
  });

  it('takes the most complete answer as primary', () => {
    expect(merged.answer?.text).toBe('Normalize layer inputs to mean 0, std 1. Stabilizes training, allows higher learning rates.');
  });

  it('unites topics (the most common wins) and tags', () => {
    expect(merged.topic).toBe('Regularization');
    expect(merged.tags).toEqual(['rapid', 'core']);
  });

  it("takes a glossary's title as the topic only when no occurrence has another (it says how a note lists terms, not what they are about)", () => {
    const glossaryCards = [
      question({ question: 'Dropout', file: 'a-terms.md', line: 3, topic: 'Key Terms', answer: 'Zeroing units at random while training.' }),
      question({ question: '드롭아웃', file: 'b-terms.md', line: 5, topic: '용어 정리', answer: '학습 중 뉴런을 무작위로 끄는 기법.' }),
      question({ question: 'Dropout.', file: 'c-terms.md', line: 7, topic: '용어 정리', answer: 'Dropping units at random.' }),
    ];
    const asked = question({ question: 'What is dropout?', file: 'd-notes.md', line: 9, topic: 'Regularization', answer: 'A regulariser that drops units.' });
    const [withAsked] = dedupe([...glossaryCards, asked]).questions;
    expect(withAsked!.occurrences).toHaveLength(4);
    // Though two occurrences have `용어 정리`, more than any other topic, and one with a glossary's title stands first.
    expect(withAsked!.topic).toBe('Regularization');
    // Among glossaries' titles only, the most common.
    const [termsOnly] = dedupe(glossaryCards).questions;
    expect(termsOnly!.occurrences).toHaveLength(3);
    expect(termsOnly!.topic).toBe('용어 정리');
  });

  it('has no no-answer flag when one occurrence has an answer', () => {
    expect(merged.flags).toEqual([]);
  });

  it('keeps the canonical wording\'s id when there is no previous build', () => {
    expect(merged.id).toBe(idOf('Explain batch normalization.'));
  });

  it('logs every merge with both sides, the score and where each side stands', () => {
    const merges = result.decisions.filter((d) => d.verdict === 'merged');
    expect(merges).toHaveLength(3);
    const misspelt = merges.find((d) => [d.a.question, d.b.question].includes('What are the benefits of using Batch Normalizattion?') && [d.a.question, d.b.question].includes('BatchNorm purpose?'));
    expect(misspelt).toMatchObject({ score: 1, verdict: 'merged' });
    const sides = [misspelt!.a, misspelt!.b].map((s) => `${s.file}:${s.line}`).sort();
    expect(sides).toEqual(['docs.txt:28', 'rapid.txt:30']);
  });
});

describe('answers and flags of a merged question', () => {
  it('prefers an answer that is not flagged as breaking off, even when shorter', () => {
    const result = dedupe([
      question({ question: 'What is dropout?', answer: 'Randomly zero activations during training', file: 'a.md' }),
      question({ question: 'Explain dropout.', answer: 'Dropout randomly drops units during training so that the network cannot co-adapt, and', flags: ['incomplete-answer'], file: 'b.md' }),
    ]);
    expect(result.questions[0]!.answer?.text).toBe('Randomly zero activations during training');
    expect(result.questions[0]!.flags).toEqual([]);
  });

  it('flags no-answer only when no occurrence has an answer', () => {
    const result = dedupe([question({ question: 'What is dropout?', file: 'a.md' }), question({ question: 'Explain dropout.', file: 'b.md' })]);
    expect(result.questions[0]!.answer).toBeNull();
    expect(result.questions[0]!.flags).toEqual(['no-answer']);
  });

  it('keeps the flags that describe the primary answer', () => {
    const result = dedupe([
      question({ question: 'What is softmax?', answer: 'short', file: 'a.md' }),
      question({ question: 'Explain softmax.', answer: 'def softmax(x):\nreturn np.exp(x) / np.exp(x).sum()', flags: ['code-indentation-lost'], file: 'b.md' }),
    ]);
    expect(result.questions[0]!.flags).toEqual(['code-indentation-lost']);
  });

  it('recomputes the language and keeps the other language as a translation', () => {
    const result = dedupe([
      question({ question: 'Why does dropout prevent overfitting?', file: 'en.md' }),
      question({ question: '드롭아웃이 과적합을 막는 이유는?', file: 'ko.md' }),
    ]);
    const merged = result.questions[0]!;
    expect(merged.question).toBe('Why does dropout prevent overfitting?');
    expect(merged.lang).toBe('mixed');
    expect(merged.translations).toEqual({ ko: '드롭아웃이 과적합을 막는 이유는?' });
  });
});

describe('id stability', () => {
  const before = [
    question({ question: 'What is dropout?', file: 'rapid.txt', line: 27, answer: 'Randomly zero activations' }),
    question({ question: 'Please explain what is Dropout in deep learning?', file: 'docs.txt', line: 110, answer: 'Dropout is a regularization technique.' }),
  ];
  const firstBuild = dedupe(before).questions;
  const newSource = question({ question: "What's dropout? Why does it prevent overfitting?", file: 'topic.txt', line: 24, answer: 'Randomly deactivate neurons.' });

  it('keeps the id of the previous build when a new source adds an occurrence', () => {
    expect(firstBuild).toHaveLength(1);
    const secondBuild = dedupe([...before, newSource], { previousIds: firstBuild.map((q) => q.id) }).questions;
    expect(secondBuild).toHaveLength(1);
    expect(secondBuild[0]!.occurrences).toHaveLength(3);
    expect(secondBuild[0]!.id).toBe(firstBuild[0]!.id);
  });

  it('without the previous ids, takes the id of the (new) canonical wording', () => {
    const secondBuild = dedupe([...before, newSource]).questions;
    expect(secondBuild[0]!.question).toBe(newSource.question);
    expect(secondBuild[0]!.id).toBe(newSource.id);
  });

  it('keeps the id without previous ids when the new occurrence is not the clearest wording', () => {
    const secondBuild = dedupe([...before, question({ question: 'Dropout?', file: 'new.md', line: 1 })]).questions;
    expect(secondBuild[0]!.id).toBe(firstBuild[0]!.id);
  });

  it('keeps one previous id when two previous questions now merge', () => {
    const a = question({ question: 'What is dropout?', file: 'a.md' });
    const b = question({ question: 'Explain dropout.', file: 'b.md' });
    const result = dedupe([a, b], { previousIds: [b.id, a.id] });
    expect([a.id, b.id].sort()).toContain(result.questions[0]!.id);
    expect(result.questions[0]!.id).toBe(dedupe([b, a], { previousIds: [a.id, b.id] }).questions[0]!.id);
  });
});

describe('overrides', () => {
  const gd = question({ question: 'Explain gradient descent.', file: 'a.md', line: 1 });
  const steps = question({ question: 'What are the steps for using a gradient descent algorithm', file: 'a.md', line: 2 });
  const sgd = question({ question: 'What is SGD?', file: 'a.md', line: 3 });

  it('forces a merge by id', () => {
    const result = dedupe([gd, steps], { overrides: { merge: [[gd.id, steps.id]] } });
    expect(result.questions).toHaveLength(1);
    expect(result.decisions.find((d) => d.verdict === 'merged')?.reason).toBe('override: merge');
  });

  it('forces a merge by exact question text', () => {
    const result = dedupe([gd, steps, sgd], { overrides: { merge: [['Explain gradient descent.', '  What is SGD? ']] } });
    expect(together(result, gd.question, sgd.question)).toBe(true);
    expect(together(result, gd.question, steps.question)).toBe(false);
  });

  it('keeps apart two questions that would merge', () => {
    const a = question({ question: 'What is dropout?', file: 'a.md' });
    const b = question({ question: 'Explain dropout.', file: 'b.md' });
    const result = dedupe([a, b], { overrides: { keepApart: [['What is dropout?', b.id]] } });
    expect(result.questions).toHaveLength(2);
    const decision = result.decisions.find((d) => d.verdict === 'kept-apart');
    expect(decision?.reason).toBe('override: keep apart');
  });

  it('lets keeping apart win over a merge of the same pair, and says so', () => {
    const result = dedupe([gd, steps], { overrides: { merge: [[gd.id, steps.id]], keepApart: [[gd.id, steps.id]] } });
    expect(result.questions).toHaveLength(2);
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/kept apart/);
  });

  it('reports a reference that matches no question and goes on', () => {
    const result = dedupe([gd, steps], { overrides: { merge: [[gd.id, 'What is a unicorn?']] } });
    expect(result.questions).toHaveLength(2);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', ruleId: 'dedupe-override', message: expect.stringContaining('What is a unicorn?') }),
    ]);
  });
});

describe('odd input', () => {
  it('keeps questions with no content words, and long pasted paragraphs, without merging them into others', () => {
    const paragraph = `${'Gradient descent updates weights opposite to the gradient of the loss. '.repeat(200)}?`;
    const result = dedupe(questions(['What is it?', 'What is that?', paragraph, 'Explain gradient descent.']));
    expect(result.questions).toHaveLength(4);
  });

  it('returns nothing for nothing', () => {
    expect(dedupe([])).toEqual({ questions: [], decisions: [], diagnostics: [] });
  });
});

describe('decisions', () => {
  it('lists near misses with both texts, the score and file:line of each side', () => {
    const result = dedupe([
      question({ question: 'What is overfitting?', file: 'a.md', line: 4 }),
      question({ question: 'Explain overfitting and underfitting.', file: 'b.md', line: 7 }),
    ]);
    const nearMiss: MergeDecision | undefined = result.decisions.find((d) => d.verdict === 'near-miss');
    expect(nearMiss).toBeDefined();
    expect(nearMiss!.score).toBeGreaterThanOrEqual(0.45);
    expect(nearMiss!.score).toBeLessThan(0.8);
    const sides = [nearMiss!.a, nearMiss!.b].map((s) => `${s.file}:${s.line} ${s.question}`).sort();
    expect(sides).toEqual(['a.md:4 What is overfitting?', 'b.md:7 Explain overfitting and underfitting.']);
  });

  it('keeps only the strongest maxRelated near misses of each question', () => {
    // Ten wordings of "overfitting and X": each a near miss of "What is overfitting?"
    // (and of each other); only the three strongest of each question are logged.
    const others = ['underfitting', 'dropout', 'momentum', 'pooling', 'boosting', 'bagging', 'PCA', 'SVM', 'k-means', 'ReLU'];
    const general = 'What is overfitting?';
    const result = dedupe(questions([general, ...others.map((x) => `Explain overfitting and ${x}.`)]), { thresholds: { maxRelated: 3 } });
    expect(result.questions).toHaveLength(1 + others.length);
    const nearMisses = result.decisions.filter((d) => d.verdict === 'near-miss');
    expect(nearMisses.length).toBeGreaterThan(0);
    // A pair is logged when it is among the strongest of either side: at most 3 of its own plus those others chose.
    expect(nearMisses.length).toBeLessThanOrEqual(3 * result.questions.length);
    for (const q of result.questions) expect(q.related.length).toBeLessThanOrEqual(3);
    expect(mergedHolding(result, general).related).toHaveLength(3);
  });

  it('lists nothing for unrelated questions', () => {
    const result = dedupe(questions(['What is PCA?', 'What is a GAN?', 'Implement softmax']));
    expect(result.questions).toHaveLength(3);
    expect(result.decisions).toEqual([]);
  });
});
