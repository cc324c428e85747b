/**
 * A bilingual note may set a question's translation in brackets at the end of the question's own line
 * (`What is dropout? (드롭아웃이란?)`): that bracket is the question's translation, as a wording after a slash
 * or on the line under the question is, and the question merges with the same question asked elsewhere
 * without one. A bracket that names a term, notes something or asks on in the question's language stays in it.
 */
import { describe, expect, it } from 'vitest';
import { splitBilingual } from '../../src/normalise/bilingual.js';
import { closingBracket } from '../../src/normalise/brackets.js';
import { questionId } from '../../src/normalise/question-id.js';
import { dedupe } from '../../src/dedupe/index.js';
import { readNote } from '../helpers/read-note.js';

describe('a translation in brackets closing the question’s line', () => {
  it('is the question’s translation, in either language and in round, full-width, square or lenticular brackets', () => {
    expect(splitBilingual('What is dropout? (드롭아웃이란?)')).toEqual({ question: 'What is dropout?', translations: { ko: '드롭아웃이란?' } });
    expect(splitBilingual('드롭아웃이란? (What is dropout?)')).toEqual({ question: '드롭아웃이란?', translations: { en: 'What is dropout?' } });
    expect(splitBilingual('What is overfitting?（과적합이란 무엇인가요?）')).toEqual({ question: 'What is overfitting?', translations: { ko: '과적합이란 무엇인가요?' } });
    expect(splitBilingual('What is batch normalization? 【배치 정규화란 무엇인가?】')).toEqual({
      question: 'What is batch normalization?',
      translations: { ko: '배치 정규화란 무엇인가?' },
    });
    expect(splitBilingual('What is dropout? [드롭아웃이란?]').translations).toEqual({ ko: '드롭아웃이란?' });
    // A request and its translation; a bracket inside the translation is part of it.
    expect(splitBilingual('Explain dropout (드롭아웃을 설명하세요)')).toEqual({ question: 'Explain dropout', translations: { ko: '드롭아웃을 설명하세요' } });
    expect(splitBilingual('What is ReLU? (ReLU(x)란?)').translations).toEqual({ ko: 'ReLU(x)란?' });
  });

  it('stays in the question when it names a term, notes something, asks in the question’s language or asks more than one thing', () => {
    for (const text of [
      // A term in the other language: inside the question, or with no question before it.
      'What is a ROC curve (수신자 조작 특성)?',
      'Softmax (소프트맥스) 함수란?',
      '드롭아웃 (What is dropout?)',
      'What is a GAN? (generative adversarial network)',
      // A note, which does not ask, in any bracket.
      'What is weight decay? (2023 기출)',
      'What is weight decay? 【2023 기출】',
      'What is weight decay? [중요]',
      // The same language: a follow-up.
      'What is attention? (Why is it useful?)',
      // Two sentences, or a follow-up pointing back at the question: no translation says more than the question.
      'What is dropout? (드롭아웃이란? 왜 쓰나요?)',
      'Overfitting 이 뭔가요? (How do you prevent it?)',
      // Not at the line's end.
      'What is dropout? (드롭아웃이란?) (중요)',
    ]) {
      expect(splitBilingual(text)).toEqual({ question: text, translations: {} });
    }
  });

  it('is read from the bracket closing the line back to the one that opens it', () => {
    expect(closingBracket('What is ReLU? (ReLU(x)란?)')).toEqual({ before: 'What is ReLU?', inside: 'ReLU(x)란?' });
    expect(closingBracket('(드롭아웃이란?)')).toBeUndefined();
    expect(closingBracket('What is dropout?')).toBeUndefined();
    expect(closingBracket('What is dropout? 드롭아웃이란?)')).toBeUndefined();
  });

  it('lets the question merge with the same question asked without it, keeping the id its line gave it', () => {
    const bracketed = readNote('## What is dropout? (드롭아웃이란?)\n\nRandomly zeroing units.\n', 'a.md').questions;
    const plain = readNote('## What is dropout?\n\nUnits are dropped at random.\n', 'b.md').questions;
    expect(bracketed.map((q) => [q.question, q.translations, q.lang])).toEqual([['What is dropout?', { ko: '드롭아웃이란?' }, 'mixed']]);
    // The id hashes the line as written, translation and all, as for `What is dropout? / 드롭아웃이란?`: reading the
    // bracket as a translation leaves it as it was.
    expect(bracketed[0]!.id).toBe(questionId('What is dropout? (드롭아웃이란?)'));
    const merged = dedupe([...bracketed, ...plain]).questions;
    expect(merged.map((q) => [q.question, q.translations, q.occurrences.map((o) => o.file)])).toEqual([['What is dropout?', { ko: '드롭아웃이란?' }, ['a.md', 'b.md']]]);
    // A previous build's id of either stays the merged question's.
    expect(dedupe([...bracketed, ...plain], { previousIds: [bracketed[0]!.id] }).questions[0]!.id).toBe(bracketed[0]!.id);
  });
});
