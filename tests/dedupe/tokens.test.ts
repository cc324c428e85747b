/**
 * What a wording is reduced to before two questions are compared: the
 * content tokens (keys) that say what it asks.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/dedupe/tokens.js';
import { wordOf } from '../../src/dedupe/word-ids.js';

const keys = (text: string) => tokenize(text).map((token) => token.key);
const keySet = (text: string) => new Set(keys(text));

describe('English wordings', () => {
  it('drops question templates', () => {
    const expected = keySet('Gradient clipping');
    for (const wording of [
      'What is gradient clipping?',
      'Can you explain the concept of gradient clipping?',
      'Could you tell me about gradient clipping?',
      'Please explain what is gradient clipping in deep learning?',
      "What's the purpose of gradient clipping?",
      'How does gradient clipping work?',
    ]) {
      expect(keySet(wording), wording).toEqual(expected);
    }
  });

  it('drops comparison words, so "X vs Y" and "the X-Y trade-off" ask the same', () => {
    expect(keySet('Bias vs Variance?')).toEqual(keySet("What's the bias-variance trade-off?"));
    expect(keySet('What is the difference between L1 and L2 regularization?')).toEqual(keySet('L1 vs L2 regularization?'));
  });

  it('expands abbreviations, plurals included', () => {
    expect(keySet('What is SGD?')).toEqual(keySet('What is stochastic gradient descent?'));
    expect(keySet('Why use CNNs?')).toEqual(keySet('Why use convolutional neural networks?'));
    expect(keySet('BatchNorm purpose?')).toEqual(keySet('Explain batch normalization.'));
  });

  it('joins known compounds however they are written', () => {
    const expected = keys('minibatch');
    expect(keys('mini-batch')).toEqual(expected);
    expect(keys('mini batch')).toEqual(expected);
    expect(keys('Back-propagation')).toEqual(keys('backpropagation'));
  });

  it('splits other hyphenated words', () => {
    expect(keys('bias-variance')).toEqual(keys('bias variance'));
  });

  it('drops a context phrase, but keeps a field that is the subject', () => {
    expect(keySet('What is Gradient Descent in deep learning?')).toEqual(keySet('Explain gradient descent.'));
    expect(keySet('What is Entropy (information theory)?')).toEqual(keySet('What is entropy in information theory?'));
    expect(keys('How is deep learning different from machine learning?')).toContain('deep');
  });

  it('keeps an application field after a field: "deep learning in NLP" is the subject', () => {
    expect(keySet('Discuss the role of deep learning in NLP.')).not.toEqual(keySet('What is deep learning?'));
    expect(keySet('What is the role of attention in NLP?')).toEqual(keySet('Explain attention.'));
  });

  it('reads "different X" and "various X" as the types of X, but not "different from"', () => {
    expect(keySet('Explain different optimizers.')).toEqual(keySet('Explain the types of optimizers.'));
    expect(keySet('What are the various activation functions?')).toEqual(keySet('What types of activation functions are there?'));
    expect(keys('How is bagging different from boosting?')).not.toContain('type');
  });

  it('unifies British spelling and synonyms of handling a problem', () => {
    expect(keySet('Explain L1 and L2 regularisation.')).toEqual(keySet('Explain L1 and L2 regularization.'));
    expect(keySet('How do you handle overfitting?')).toEqual(keySet('How can overfitting be prevented?'));
  });

  it('reads "2-D" as "2D" and "1×1" or "3 x 3" as "1x1" and "3x3": one word each, not a number and a letter', () => {
    expect(keys('What is the covariance matrix of a 2-D Gaussian?')).toEqual(keys('What is the covariance matrix of a 2D Gaussian?'));
    expect(keys('What is a 1×1 convolution used for?')).toEqual(keys('What is a 1x1 convolution used for?'));
    expect(keys('Why stack two 3 x 3 kernels?')).toEqual(keys('Why stack two 3x3 kernels?'));
    expect(keys('What is the covariance matrix of a 2-D Gaussian?')).toContain('2d');
    expect(keys('What is a 1×1 convolution used for?')).toContain('1x1');
    expect(keys('Why stack two 3 x 3 kernels?')).toContain('3x3');
  });

  it('weighs generic words half, facet words double, and words of a known multi-word term half', () => {
    const weightOf = (text: string, key: string) => tokenize(text).find((token) => token.key === key)?.weight;
    expect(weightOf('What is a generative model?', 'model')).toBe(0.5);
    expect(weightOf('What are the steps of backpropagation?', 'step')).toBe(2);
    expect(weightOf('What is an LSTM?', 'memori')).toBe(0.5);
    expect(weightOf('What is memory?', 'memori')).toBe(1);
  });

  it('keys a word beside a known term apart from the term\'s word of the same stem, unless it is the same word', () => {
    // The stemmer makes "randomization" "random": beside "random forest" it asks about something else.
    expect(keys('Why do we need randomization in random forest?')).toEqual(['random+', 'random', 'forest']);
    expect(keys('What is random forest?')).toEqual(['random', 'forest']);
    // The same word, or its plural, names the same thing in and out of the term.
    expect(keys('What is the difference between an autoencoder and a variational autoencoder?').filter((key) => key.startsWith('autoencod'))).toEqual(['autoencod']);
    expect(keys('Compare policy gradients and the exploding gradient problem.')).not.toContain('gradient+');
  });

  it('marks a word that stands both alone and inside a term: one token of the full weight', () => {
    const normalization = tokenize('What is the difference between normalization and batch normalization?').find((token) => token.key === 'normal');
    expect(normalization).toMatchObject({ weight: 1, alsoInTerm: true });
    expect(tokenize('What is batch normalization?').find((token) => token.key === 'normal')).toMatchObject({ weight: 0.5, alsoInTerm: false });
    expect(tokenize('What is normalization?').find((token) => token.key === 'normal')).toMatchObject({ weight: 1, alsoInTerm: false });
  });
});

describe('Korean wordings', () => {
  it('strips particles and endings', () => {
    expect(keySet('양자화란 무엇인가요?')).toEqual(keySet('양자화에 대해 설명해 주세요'));
    expect(keySet('드롭아웃이란?')).toEqual(keySet('드롭아웃은?'));
  });

  it('maps glossary terms to English, whatever the spacing, longest term first', () => {
    expect(keySet('경사하강법이란?')).toEqual(keySet('What is gradient descent?'));
    expect(keySet('경사 하강법이란?')).toEqual(keySet('What is gradient descent?'));
    expect(keySet('배치 정규화란?')).toEqual(keySet('What is batch normalization?'));
    expect(keySet('드롭아웃이 과적합을 막는 이유는?')).toEqual(keySet('Why does dropout prevent overfitting?'));
  });

  it('maps 정규화 to a key that matches both normalisation and regularisation', () => {
    expect(keys('정규화')).toEqual(['normreg']);
    expect(tokenize('정규화')[0]!.equivalentIds?.map(wordOf)).toEqual(['normal', 'regular']);
  });

  it('turns unknown words into syllable bigrams within each word, never across words', () => {
    expect(keys('지식 증류란 무엇인가요?')).toEqual(['ko:지식', 'ko:증류']);
    expect(keys('양자화')).toEqual(['ko:양자', 'ko:자화']);
    const weights = tokenize('양자화').map((token) => token.weight);
    expect(weights).toEqual([0.5, 0.5]);
  });
});
