/**
 * A large, realistic-looking question set for measuring the deduplicator by
 * hand (and for the benchmark): English and Korean templates over a mix of
 * real ML terms and generated ones, terms drawn Zipf-like (rank k with
 * weight 1/(k + 20)) so that the most common subject is in about 1% of the
 * questions, as in a large real bank. Seeded: the same count gives the same set.
 */
import type { Question } from '../../src/schema/question-bank.js';
import { question } from './question-builder.js';

const REAL_TERMS = [
  'dropout', 'batch normalization', 'gradient descent', 'stochastic gradient descent', 'learning rate', 'overfitting',
  'underfitting', 'regularization', 'L1 regularization', 'L2 regularization', 'bias-variance trade-off', 'precision',
  'recall', 'F1 score', 'ROC curve', 'cross-entropy', 'entropy', 'softmax', 'sigmoid', 'ReLU', 'attention',
  'self-attention', 'transformer', 'RNN', 'LSTM', 'CNN', 'pooling', 'convolution', 'backpropagation', 'Adam optimizer',
  'momentum', 'weight decay', 'early stopping', 'data augmentation', 'transfer learning', 'fine-tuning', 'embedding',
  'word2vec', 'autoencoder', 'variational autoencoder', 'GAN', 'PCA', 'SVM', 'k-means', 'random forest', 'XGBoost',
  'AdaBoost', 'bagging', 'boosting', 'decision tree', 'logistic regression', 'linear regression', 'k-NN',
  'label smoothing', 'knowledge distillation', 'quantization', 'pruning', 'mixed precision', 'layer normalization',
];
/** 48 syllables: 2 to 3 of them make about 113,000 possible words, so the vocabulary grows with the set. */
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ra', 'ten', 'sor', 'vex', 'dul', 'pho', 'gri', 'nan', 'bel', 'quo', 'zen', 'tri', 'mor',
  'ba', 'de', 'fi', 'gu', 'ho', 'ji', 'ku', 'le', 'ma', 'ne', 'po', 'qi', 'ru', 'sa', 'ti', 'vo',
  'wen', 'xal', 'yor', 'zub', 'cra', 'dri', 'fla', 'glo', 'pre', 'sku', 'tho', 'vri', 'bla', 'cho', 'dwe', 'fru',
];
const KOREAN_TERMS = ['드롭아웃', '배치 정규화', '경사 하강법', '과적합', '양자화', '지식 증류', '활성화 함수', '손실 함수', '학습률', '역전파'];

const ENGLISH_TEMPLATES: Array<(x: string, y: string) => string> = [
  (x) => `What is ${x}?`,
  (x) => `Explain ${x}.`,
  (x) => `Can you explain the concept of ${x} in deep learning?`,
  (x, y) => `What's the difference between ${x} and ${y}?`,
  (x, y) => `${x} vs ${y}?`,
  (x) => `How does ${x} work?`,
  (x) => `Why do we need ${x}?`,
  (x, y) => `What are the advantages of ${x} over ${y}?`,
  (x, y) => `How do you choose ${x} when training ${y}?`,
  (x) => `What are the steps of ${x}?`,
  (x) => `What are the limitations of ${x}?`,
  (x, y) => `How does ${x} affect ${y} during training?`,
  (x) => `Implement ${x}`,
];
const KOREAN_TEMPLATES: Array<(x: string) => string> = [
  (x) => `${x}란 무엇인가요?`,
  (x) => `${x}에 대해 설명해 주세요`,
  (x) => `${x}의 장점은 무엇인가요?`,
];

/** mulberry32: a small seeded generator, so the set is the same on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticQuestions(count: number, seed = 7, zipfOffset = 20): Question[] {
  const next = random(seed);
  const generated = Array.from({ length: Math.max(1000, Math.floor(count / 4)) }, () => {
    const words = 1 + Math.floor(next() * 3);
    return Array.from({ length: words }, () => {
      const parts = 2 + Math.floor(next() * 2);
      return Array.from({ length: parts }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    }).join(' ');
  });
  // Zipf-like: term k (from 0) drawn with probability about 1/(k + offset), by inverting the integral.
  const terms = [...REAL_TERMS, ...generated];
  const span = Math.log((terms.length + zipfOffset) / zipfOffset);
  const zipf = () => terms[Math.min(terms.length - 1, Math.floor(zipfOffset * Math.exp(next() * span) - zipfOffset))]!;
  const result: Question[] = [];
  for (let i = 0; i < count; i++) {
    const file = `notes/${Math.floor(i / 200)}.md`;
    const line = (i % 200) + 1;
    let text: string;
    if (next() < 0.05) {
      const korean = KOREAN_TERMS[Math.floor(next() * KOREAN_TERMS.length)]!;
      text = KOREAN_TEMPLATES[Math.floor(next() * KOREAN_TEMPLATES.length)]!(korean);
    } else {
      text = ENGLISH_TEMPLATES[Math.floor(next() * ENGLISH_TEMPLATES.length)]!(zipf(), zipf());
    }
    result.push(question({ question: text, file, line, answer: next() < 0.8 ? `Answer ${i} about ${text}` : null }));
  }
  return result;
}
