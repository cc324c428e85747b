/**
 * The translations and the language of a merged question, for notes read as
 * the build reads them. A translation is the question in the other language:
 * a second wording in the question's own language stays an occurrence, even
 * when its note answered in the other language. `lang` is the merged
 * question's own: its wording's language, `mixed` when a translation or its
 * answer is in the other language (as for any question); merging never
 * changes the id rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dedupe } from '../../src/dedupe/index.js';
import { questionId } from '../../src/normalise/question-id.js';
import type { Question } from '../../src/schema/question-bank.js';
import { readNote } from '../helpers/read-note.js';

function mergedFrom(notes: Record<string, string>): Question {
  const merged = dedupe(Object.entries(notes).flatMap(([file, text]) => readNote(text, file).questions)).questions;
  expect(merged).toHaveLength(1);
  return merged[0]!;
}

describe('two Korean wordings of one question', () => {
  // One note answers in Korean, the other in English: the English answer made its question `mixed`.
  const notes = {
      'g1.md': 'Q. 과적합이란 무엇이며 어떻게 방지하나요?\nA. 학습 데이터에 지나치게 맞춰진 상태.\n',
      'g2.md': 'Q. 과적합을 막는 방법에는 무엇이 있나요?\nA. Early stopping, weight decay.\n',
  };
  let merged: Question;
  beforeAll(() => {
    merged = mergedFrom(notes);
  });

  it('are no translation of each other: both stay occurrences with their own wording', () => {
    expect(merged.translations).toEqual({});
    expect(merged.occurrences.map((o) => o.question)).toEqual(['Q. 과적합이란 무엇이며 어떻게 방지하나요?', 'Q. 과적합을 막는 방법에는 무엇이 있나요?']);
  });

  it('keep the id of the wording the question shows, as before', () => {
    expect(merged.question).toBe('과적합을 막는 방법에는 무엇이 있나요?');
    expect(merged.id).toBe(questionId('과적합을 막는 방법에는 무엇이 있나요?'));
  });

  it('give a Korean question with an English answer the language mixed, as they would one question', () => {
    expect(merged.answer?.text).toBe('Early stopping, weight decay.');
    expect(merged.lang).toBe('mixed');
    expect(merged.lang).toBe(readNote(notes['g2.md'], 'g2.md').questions[0]!.lang);
  });

  it('give a Korean question with a Korean answer the language ko, whatever another note answered', () => {
    const korean = mergedFrom({
      'g1.md': 'Q. 과적합이란 무엇이며 어떻게 방지하나요?\nA. 학습 데이터의 노이즈까지 외워 새 데이터에 일반화하지 못하는 상태. 데이터를 더 모으거나 정규화를 쓴다.\n',
      'g2.md': notes['g2.md'],
    });
    expect(korean.answer?.text).toMatch(/^학습 데이터의 노이즈/);
    expect(korean.translations).toEqual({});
    expect(korean.lang).toBe('ko');
  });
});

describe('a Korean wording that names an English term, and one that transliterates it', () => {
  let merged: Question;
  beforeAll(() => {
    merged = mergedFrom({
      'h1.md': 'Q. Dropout이란 무엇인가요?\nA. 뉴런을 끈다.\n',
      'h2.md': 'Q. 드롭아웃이란 무엇인가요?\nA. Randomly switch neurons off during training.\n',
    });
  });

  it('are both Korean: no translation, and the question keeps the id its wording has alone', () => {
    expect(merged.translations).toEqual({});
    expect(merged.occurrences).toHaveLength(2);
    expect(merged.question).toBe('드롭아웃이란 무엇인가요?');
    expect(merged.id).toBe(readNote('Q. 드롭아웃이란 무엇인가요?\nA. Randomly switch neurons off during training.\n', 'h2.md').questions[0]!.id);
    // Korean wording, English answer: mixed, as the same question read alone would be.
    expect(merged.lang).toBe('mixed');
  });
});

describe('an English and a Korean wording of one question', () => {
  let merged: Question;
  beforeAll(() => {
    merged = mergedFrom({
      'en.md': 'Q: Why does dropout prevent overfitting?\nA: It stops units from co-adapting.\n',
      'ko.md': 'Q. 드롭아웃이 과적합을 막는 이유는?\nA. 뉴런들이 서로 의존하지 못하게 한다.\n',
    });
  });

  it('are the question and its translation, and the question is mixed', () => {
    expect(merged.question).toBe('Why does dropout prevent overfitting?');
    expect(merged.translations).toEqual({ ko: '드롭아웃이 과적합을 막는 이유는?' });
    expect(merged.lang).toBe('mixed');
    expect(merged.id).toBe(questionId('Why does dropout prevent overfitting?'));
  });
});

describe('two English wordings, the clearer one answered in Korean', () => {
  let merged: Question;
  beforeAll(() => {
    merged = mergedFrom({
      'a.md': 'Q: What is dropout?\nA: 학습 중에 뉴런을 무작위로 끄는 정규화 기법이다.\n',
      'b.md': 'Q: Dropout?\nA: Randomly switching units off while training.\n',
    });
  });

  it('give no English "translation" of an English question: the fragment stays an occurrence', () => {
    expect(merged.question).toBe('What is dropout?');
    expect(merged.translations).toEqual({});
    expect(merged.occurrences.map((o) => o.question)).toEqual(['Q: What is dropout?', 'Q: Dropout?']);
    expect(merged.id).toBe(questionId('What is dropout?'));
  });
});
